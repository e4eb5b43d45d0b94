import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { ShortReadError, type ByteSource } from './byte-source';
import { BackupFault } from './faults';

/**
 * Reads the zip inside a backup by random access: the central directory at the end,
 * then each entry where it says. Only what our writer produces is accepted — stored or
 * deflated entries with data descriptors, no ZIP64, no extra fields, the entries back
 * to back, the file's SHA-256 as the zip comment — and every header byte is checked
 * against its twin, so any changed byte of the file is noticed.
 */

export type ZipEntry = {
  name: string;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** Where the data starts, after the local header. */
  dataOffset: number;
};

const endRecordBytes = 22;
const centralHeaderBytes = 46;
const localHeaderBytes = 30;
const descriptorBytes = 16;
const decoder = new TextDecoder('utf-8', { fatal: true });

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function damaged(what: string): BackupFault {
  return new BackupFault('damaged', `The backup's zip structure is damaged (${what}).`);
}

/**
 * The zip's comment: the SHA-256 of every byte before it. CRC-32 and the parts' hashes
 * cover the content, but not the few bits of padding at the end of a deflate stream;
 * this covers the file byte for byte.
 */
export const digestCommentPrefix = 'backoffice-sha256:';
export const digestCommentBytes = digestCommentPrefix.length + 64;

export type ZipDirectory = {
  entries: Map<string, ZipEntry>;
  /** The SHA-256 the comment claims for bytes [0, digestedBytes). */
  digest: string;
  digestedBytes: number;
};

/** Lists the entries; throws 'truncated' when the end record is missing, 'damaged' for anything else out of place. */
export async function readZipDirectory(source: ByteSource): Promise<ZipDirectory> {
  const tailBytes = endRecordBytes + digestCommentBytes;
  if (source.size < tailBytes) throw new BackupFault('truncated', 'The file is too short to be a backup.');
  const tail = await source.read(source.size - tailBytes, tailBytes);
  const end = view(tail);
  const comment = Buffer.from(tail.subarray(endRecordBytes)).toString('latin1');
  if (end.getUint32(0, true) !== 0x06054b50 || !comment.startsWith(digestCommentPrefix)) {
    // A complete zip without our comment was made by another program.
    const last = view(tail.subarray(tail.length - endRecordBytes));
    if (last.getUint32(0, true) === 0x06054b50 && last.getUint16(20, true) === 0) {
      throw new BackupFault('notABackup', 'The file is a zip, but not a Backoffice backup.');
    }
    throw new BackupFault('truncated', 'The end of the backup is missing: the file was cut short or is damaged.');
  }
  const digest = comment.slice(digestCommentPrefix.length);
  const entryCount = end.getUint16(10, true);
  const directorySize = end.getUint32(12, true);
  const directoryOffset = end.getUint32(16, true);
  const endOffset = source.size - tailBytes;
  if (
    end.getUint32(4, true) !== 0 ||
    end.getUint16(8, true) !== entryCount ||
    end.getUint16(20, true) !== digestCommentBytes ||
    !/^[0-9a-f]{64}$/.test(digest) ||
    directoryOffset + directorySize !== endOffset
  ) {
    throw damaged('end record');
  }
  const directory = await source.read(directoryOffset, directorySize);
  const dir = view(directory);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  let expectedOffset = 0;
  for (let i = 0; i < entryCount; i += 1) {
    if (at + centralHeaderBytes > directory.length || dir.getUint32(at, true) !== 0x02014b50) throw damaged('directory entry');
    const nameLength = dir.getUint16(at + 28, true);
    const nameBytes = directory.subarray(at + centralHeaderBytes, at + centralHeaderBytes + nameLength);
    let name: string;
    try {
      name = decoder.decode(nameBytes);
    } catch {
      throw damaged('entry name');
    }
    const method = dir.getUint16(at + 10, true);
    const flags = dir.getUint16(at + 8, true);
    const entry: ZipEntry = {
      name,
      method: method as 0 | 8,
      crc: dir.getUint32(at + 16, true),
      compressedSize: dir.getUint32(at + 20, true),
      size: dir.getUint32(at + 24, true),
      localHeaderOffset: dir.getUint32(at + 42, true),
      dataOffset: 0,
    };
    const ours =
      dir.getUint16(at + 4, true) === 20 && // made by: version 2.0 on MS-DOS, as fflate writes
      dir.getUint16(at + 6, true) === 20 &&
      (flags & ~0x0800) === 0x0008 && // a data descriptor (and maybe the UTF-8 flag), nothing else
      (method === 0 || method === 8) &&
      (method === 8 || entry.compressedSize === entry.size) &&
      dir.getUint16(at + 30, true) === 0 &&
      dir.getUint16(at + 32, true) === 0 &&
      dir.getUint16(at + 34, true) === 0 &&
      dir.getUint16(at + 36, true) === 0 &&
      dir.getUint32(at + 38, true) === 0 &&
      entry.localHeaderOffset === expectedOffset &&
      !entries.has(name);
    if (!ours) throw damaged(`directory entry of ${name}`);
    entry.dataOffset = await checkLocalHeader(source, entry, directory.subarray(at + 6, at + 16), nameBytes);
    if (entry.dataOffset + entry.compressedSize + descriptorBytes > directoryOffset) throw damaged(`size of ${name}`);
    await checkDescriptor(source, entry);
    expectedOffset = entry.dataOffset + entry.compressedSize + descriptorBytes;
    entries.set(name, entry);
    at += centralHeaderBytes + nameLength;
  }
  if (at !== directory.length || expectedOffset !== directoryOffset) throw damaged('bytes between the entries');
  return { entries, digest, digestedBytes: endOffset + endRecordBytes };
}

/** Hashes the file up to its comment and compares with the comment's digest. */
export async function checkZipDigest(source: ByteSource, directory: ZipDirectory): Promise<void> {
  const hash = createHash('sha256');
  const chunkBytes = 1024 * 1024;
  for (let done = 0; done < directory.digestedBytes; done += chunkBytes) {
    hash.update(await source.read(done, Math.min(chunkBytes, directory.digestedBytes - done)));
  }
  if (hash.digest('hex') !== directory.digest) throw new BackupFault('damaged', 'The backup file does not match its SHA-256.');
}

/** The local header repeats the directory's version, flags, method, time and name; sizes live in the descriptor. */
async function checkLocalHeader(source: ByteSource, entry: ZipEntry, shared: Uint8Array, name: Uint8Array): Promise<number> {
  const bytes = await source.read(entry.localHeaderOffset, localHeaderBytes + name.length);
  const header = view(bytes);
  const same =
    header.getUint32(0, true) === 0x04034b50 &&
    Buffer.from(bytes.subarray(4, 14)).equals(Buffer.from(shared)) &&
    header.getUint32(14, true) === 0 &&
    header.getUint32(18, true) === 0 &&
    header.getUint32(22, true) === 0 &&
    header.getUint16(26, true) === name.length &&
    header.getUint16(28, true) === 0 &&
    Buffer.from(bytes.subarray(localHeaderBytes)).equals(Buffer.from(name));
  if (!same) throw damaged(`local header of ${entry.name}`);
  return entry.localHeaderOffset + localHeaderBytes + name.length;
}

async function checkDescriptor(source: ByteSource, entry: ZipEntry): Promise<void> {
  const descriptor = view(await source.read(entry.dataOffset + entry.compressedSize, descriptorBytes));
  const same =
    descriptor.getUint32(0, true) === 0x08074b50 &&
    descriptor.getUint32(4, true) === entry.crc &&
    descriptor.getUint32(8, true) === entry.compressedSize &&
    descriptor.getUint32(12, true) === entry.size;
  if (!same) throw damaged(`data descriptor of ${entry.name}`);
}

/** An entry's bytes as stored (compressed when deflated), unchecked: the caller checks the content. */
export async function readStoredEntry(source: ByteSource, entry: ZipEntry): Promise<Uint8Array> {
  if (entry.method !== 8) throw new BackupFault('damaged', `The zip entry ${entry.name} is not deflated.`);
  return source.read(entry.dataOffset, entry.compressedSize);
}

/**
 * An entry's content, inflated and checked against its CRC-32. An entry declaring more
 * than `limit` bytes is refused before anything is inflated (`beyondLimits`), and
 * inflating stops as soon as the output passes the declared size: a few hundred kB of
 * crafted deflate never become more than the declared bytes in memory.
 */
export async function readZipEntry(source: ByteSource, entry: ZipEntry, limit: number): Promise<Uint8Array> {
  if (entry.size > limit) {
    throw new BackupFault('beyondLimits', `The zip entry ${entry.name} declares ${entry.size} bytes; Backoffice never writes more than ${limit} there.`);
  }
  const content = entry.method === 8 ? await inflateWithin(source, entry) : await source.read(entry.dataOffset, entry.compressedSize);
  if (content.length !== entry.size || crc32(content) !== entry.crc) {
    throw new BackupFault('damaged', `The zip entry ${entry.name} fails its checksum.`);
  }
  return content;
}

const inflatedChunkBytes = 256 * 1024;

/** Inflates in a stream, reading the stored bytes 1 MiB at a time; more output than declared is damage. */
async function inflateWithin(source: ByteSource, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    await pipeline(storedChunks(source, entry), createInflateRaw({ chunkSize: inflatedChunkBytes }), async (inflated: AsyncIterable<Buffer>) => {
      for await (const chunk of inflated) {
        length += chunk.length;
        if (length > entry.size) throw new BackupFault('damaged', `The zip entry ${entry.name} inflates to more than the ${entry.size} bytes it declares.`);
        chunks.push(chunk);
      }
    });
  } catch (error) {
    if (error instanceof BackupFault || error instanceof ShortReadError) throw error;
    throw new BackupFault('damaged', `The zip entry ${entry.name} cannot be decompressed.`, { cause: error });
  }
  return Buffer.concat(chunks, length);
}

async function* storedChunks(source: ByteSource, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const chunkBytes = 1024 * 1024;
  for (let done = 0; done < entry.compressedSize; done += chunkBytes) {
    yield await source.read(entry.dataOffset + done, Math.min(chunkBytes, entry.compressedSize - done));
  }
}

/** A stored entry read in 1 MiB chunks, hashing as it goes (documents may be large); returns its SHA-256. */
export async function hashStoredEntry(
  source: ByteSource,
  entry: ZipEntry,
  onChunk?: (chunk: Uint8Array) => Promise<void>,
): Promise<string> {
  // The writer stores documents as they are; a deflated one could inflate to any size.
  if (entry.method !== 0) throw new BackupFault('damaged', `The zip entry ${entry.name} is compressed; documents are stored as they are.`);
  const hash = createHash('sha256');
  let crc = 0;
  const chunkBytes = 1024 * 1024;
  for (let done = 0; done < entry.size; done += chunkBytes) {
    const chunk = await source.read(entry.dataOffset + done, Math.min(chunkBytes, entry.size - done));
    hash.update(chunk);
    crc = crc32(chunk, crc);
    await onChunk?.(chunk);
  }
  if (crc !== entry.crc) throw new BackupFault('damaged', `The zip entry ${entry.name} fails its checksum.`);
  return hash.digest('hex');
}
