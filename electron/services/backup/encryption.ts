import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import {
  defaultScrypt,
  encryptionHeaderBytes,
  encryptionMagic,
  encryptionNonceBytes,
  encryptionSegmentBytes,
  encryptionTagBytes,
  encryptionVersion,
  maxScrypt,
} from '../../../shared/backup/format';
import type { ByteSource } from './byte-source';
import { BackupFault } from './faults';

/**
 * Passphrase encryption of a whole backup file (README "Encrypted files"): a plain
 * 52-byte header, then the zip in 1 MiB segments, each AES-256-GCM with its own random
 * nonce. The header, the segment's index and a "final" flag are authenticated with each
 * segment, so a changed header, reordered segments or a cut-off file never decrypt.
 */

export type ScryptParams = { log2N: number; r: number; p: number };

export type EncryptionHeader = {
  scrypt: ScryptParams;
  segmentBytes: number;
  salt: Uint8Array;
  keyCheck: Uint8Array;
  /** The 52 header bytes as written, authenticated with every segment. */
  raw: Uint8Array;
};

type Keys = { key: Buffer; keyCheck: Buffer };

const magic = Buffer.from(encryptionMagic, 'ascii');
const overhead = encryptionNonceBytes + encryptionTagBytes;

export function startsEncrypted(firstBytes: Uint8Array): boolean {
  return firstBytes.length >= magic.length && magic.equals(Buffer.from(firstBytes.subarray(0, magic.length)));
}

async function deriveKeys(passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<Keys> {
  const N = 2 ** params.log2N;
  const master = await new Promise<Buffer>((resolve, reject) =>
    scrypt(Buffer.from(passphrase.normalize('NFC'), 'utf8'), salt, 32, { N, r: params.r, p: params.p, maxmem: 256 * N * params.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
  return {
    key: createHmac('sha256', master).update('backoffice-backup/aes-256-gcm').digest(),
    keyCheck: createHmac('sha256', master).update('backoffice-backup/key-check').digest().subarray(0, 16),
  };
}

function encodeHeader(params: ScryptParams, salt: Uint8Array, keyCheck: Uint8Array): Uint8Array {
  const header = Buffer.alloc(encryptionHeaderBytes);
  magic.copy(header, 0);
  header.writeUInt8(encryptionVersion, 8);
  header.writeUInt8(1, 9); // key derivation: 1 = scrypt
  header.writeUInt8(params.log2N, 10);
  header.writeUInt8(params.r, 11);
  header.writeUInt8(params.p, 12);
  // 13–15 reserved, zero
  header.writeUInt32BE(encryptionSegmentBytes, 16);
  Buffer.from(salt).copy(header, 20);
  Buffer.from(keyCheck).copy(header, 36);
  return header;
}

export function decodeHeader(raw: Uint8Array): EncryptionHeader {
  const header = Buffer.from(raw);
  if (header.length < encryptionHeaderBytes || !startsEncrypted(header)) {
    throw new BackupFault('notABackup', 'The file does not start with a Backoffice encryption header.');
  }
  if (header.readUInt8(8) > encryptionVersion) {
    throw new BackupFault('newerFormat', 'The file was encrypted by a newer Backoffice.');
  }
  const scryptParams = { log2N: header.readUInt8(10), r: header.readUInt8(11), p: header.readUInt8(12) };
  const segmentBytes = header.readUInt32BE(16);
  const sane =
    header.readUInt8(8) === encryptionVersion &&
    header.readUInt8(9) === 1 &&
    scryptParams.log2N >= 10 && scryptParams.r >= 1 && scryptParams.p >= 1 &&
    segmentBytes >= 1024 && segmentBytes <= 64 * 1024 * 1024;
  if (!sane) throw new BackupFault('damaged', 'The encryption header of the file is damaged.');
  // Checked before any passphrase is tried: a crafted header could ask for gigabytes and minutes.
  if (scryptParams.log2N > maxScrypt.log2N || scryptParams.r > maxScrypt.r || scryptParams.p > maxScrypt.p) {
    const { log2N, r, p } = scryptParams;
    throw new BackupFault(
      'beyondLimits',
      `The file asks for a costlier key derivation than Backoffice uses (scrypt N = 2^${log2N}, r = ${r}, p = ${p}; at most 2^${maxScrypt.log2N}, ${maxScrypt.r}, ${maxScrypt.p}).`,
    );
  }
  return {
    scrypt: scryptParams,
    segmentBytes,
    salt: header.subarray(20, 36),
    keyCheck: header.subarray(36, 52),
    raw: header.subarray(0, encryptionHeaderBytes),
  };
}

function segmentAad(header: Uint8Array, index: number, final: boolean): Buffer {
  const aad = Buffer.alloc(header.length + 9);
  Buffer.from(header).copy(aad, 0);
  aad.writeBigUInt64BE(BigInt(index), header.length);
  aad.writeUInt8(final ? 1 : 0, header.length + 8);
  return aad;
}

/**
 * Encrypts a stream of zip bytes into segments. `push` may be called with any chunk
 * sizes; full segments are written as soon as more data follows them, so the last
 * segment (possibly empty) is always the one marked final.
 */
export class SegmentEncryptor {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index = 0;

  private constructor(
    private readonly key: Buffer,
    private readonly header: Uint8Array,
    private readonly write: (bytes: Uint8Array) => Promise<void>,
  ) {}

  /** Derives the key with a fresh salt and writes the header. */
  static async start(passphrase: string, write: (bytes: Uint8Array) => Promise<void>, params: ScryptParams = defaultScrypt) {
    const salt = randomBytes(16);
    const keys = await deriveKeys(passphrase, salt, params);
    const header = encodeHeader(params, salt, keys.keyCheck);
    await write(header);
    return new SegmentEncryptor(keys.key, header, write);
  }

  async push(chunk: Uint8Array): Promise<void> {
    this.pending.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.pendingBytes += chunk.byteLength;
    while (this.pendingBytes > encryptionSegmentBytes) {
      const all = Buffer.concat(this.pending, this.pendingBytes);
      await this.writeSegment(all.subarray(0, encryptionSegmentBytes), false);
      const rest = all.subarray(encryptionSegmentBytes);
      this.pending = [rest];
      this.pendingBytes = rest.length;
    }
  }

  async finish(): Promise<void> {
    await this.writeSegment(Buffer.concat(this.pending, this.pendingBytes), true);
    this.pending = [];
    this.pendingBytes = 0;
  }

  private async writeSegment(plain: Buffer, final: boolean): Promise<void> {
    const nonce = randomBytes(encryptionNonceBytes);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(segmentAad(this.header, this.index, final));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    await this.write(Buffer.concat([nonce, body, cipher.getAuthTag()]));
    this.index += 1;
  }
}

function tryDecrypt(key: Buffer, header: Uint8Array, index: number, final: boolean, sealed: Uint8Array): Buffer | null {
  const nonce = sealed.subarray(0, encryptionNonceBytes);
  const tag = sealed.subarray(sealed.length - encryptionTagBytes);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(segmentAad(header, index, final));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(encryptionNonceBytes, sealed.length - encryptionTagBytes)), decipher.final()]);
  } catch {
    return null;
  }
}

export type DecryptedSource = ByteSource & {
  /** Decrypts every segment once: proves the whole file is authentic and complete. */
  verifyAll(onProgress?: (done: number, total: number) => void): Promise<void>;
};

/** The decrypted view of an encrypted file. Wrong passphrase is told apart from damage by the key check. */
export async function openDecryptedSource(raw: ByteSource, passphrase: string | undefined): Promise<DecryptedSource> {
  if (raw.size < encryptionHeaderBytes) throw new BackupFault('truncated', 'The encrypted file ends inside its header.');
  const header = decodeHeader(await raw.read(0, encryptionHeaderBytes));
  if (passphrase === undefined) throw new BackupFault('passphraseNeeded', 'The backup is encrypted: enter its passphrase.');
  const keys = await deriveKeys(passphrase, header.salt, header.scrypt);
  if (!timingSafeEqual(keys.keyCheck, Buffer.from(header.keyCheck))) {
    throw new BackupFault('wrongPassphrase', 'The passphrase does not open this backup.');
  }
  const sealedBytes = header.segmentBytes + overhead;
  const body = raw.size - encryptionHeaderBytes;
  const count = Math.max(1, Math.ceil(body / sealedBytes));
  const lastSealed = body - (count - 1) * sealedBytes;
  if (lastSealed < overhead) throw new BackupFault('truncated', 'The encrypted file ends inside a segment.');
  const size = body - count * overhead;
  const cache = new Map<number, Buffer>();

  async function segment(index: number): Promise<Buffer> {
    const cached = cache.get(index);
    if (cached) return cached;
    const final = index === count - 1;
    const sealed = await raw.read(encryptionHeaderBytes + index * sealedBytes, final ? lastSealed : sealedBytes);
    const plain = tryDecrypt(keys.key, header.raw, index, final, sealed);
    if (!plain) {
      // The last segment that decrypts as a non-final one: the file was cut at a segment boundary.
      if (final && tryDecrypt(keys.key, header.raw, index, false, sealed)) {
        throw new BackupFault('truncated', 'The encrypted file was cut short.');
      }
      throw new BackupFault('damaged', `Segment ${index + 1} of ${count} of the encrypted file is damaged.`);
    }
    if (cache.size >= 2) cache.delete(cache.keys().next().value!);
    cache.set(index, plain);
    return plain;
  }

  return {
    size,
    async read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > size) {
        throw new BackupFault('truncated', 'The backup inside the encrypted file ends too early.');
      }
      const out = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const at = offset + done;
        const index = Math.floor(at / header.segmentBytes);
        const plain = await segment(index);
        const start = at - index * header.segmentBytes;
        const copied = plain.copy(out, done, start, Math.min(plain.length, start + (length - done)));
        if (copied === 0) throw new BackupFault('damaged', 'A segment of the encrypted file is shorter than it should be.');
        done += copied;
      }
      return out;
    },
    async verifyAll(onProgress) {
      for (let index = 0; index < count; index += 1) {
        const plain = await segment(index);
        if (index < count - 1 && plain.length !== header.segmentBytes) {
          throw new BackupFault('damaged', 'A segment of the encrypted file has the wrong size.');
        }
        onProgress?.(index + 1, count);
      }
    },
    close: () => raw.close(),
  };
}
