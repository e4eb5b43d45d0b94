import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { digestCommentBytes, digestCommentPrefix } from './zip-reader';

/**
 * Tests only: backup files no writer of ours would make, laid out exactly as the writer
 * lays out its zip (fflate entries with data descriptors, the SHA-256 comment), so that
 * a reader gets past the zip's structure and meets the crafted content.
 */

export type CraftedEntry = {
  name: string;
  compression: 0 | 8;
  /** The entry's bytes as stored (raw deflate when compressed). */
  stored: Uint8Array;
  /** What the zip declares: the size and CRC-32 of the content. */
  size: number;
  crc: number;
};

export async function writeCraftedBackup(path: string, entries: readonly CraftedEntry[]): Promise<void> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const file: ZipInputFile = { filename: entry.name, size: entry.size, crc: entry.crc, compression: entry.compression, os: 0, attrs: 0, mtime: new Date(2026, 10, 25, 9, 0, 0) };
    zip.add(file);
    file.ondata!(null, entry.stored as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  const body = Buffer.concat(chunks);
  body.writeUInt16LE(digestCommentBytes, body.length - 2);
  const digest = createHash('sha256').update(body).digest('hex');
  await writeFile(path, Buffer.concat([body, Buffer.from(`${digestCommentPrefix}${digest}`, 'latin1')]));
}

/** A small entry, deflated as the writer deflates it, with its true size and CRC-32. */
export function deflatedEntry(name: string, content: string | Uint8Array): CraftedEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, compression: 8, stored: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

const mebibyte = 1024 * 1024;

/**
 * Raw deflate of `mebibytes` MiB of zero bytes, about a thousandth of that, without ever
 * holding them: one fully flushed MiB (which refers to nothing before it) repeated, then
 * an empty final block. Returns the stored bytes and the CRC-32 of the zeros.
 */
export function deflatedZeros(mebibytes: number): { stored: Uint8Array; size: number; crc: number } {
  const zeros = new Uint8Array(mebibyte);
  const block = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mebibytes; i += 1) crc = crc32(zeros, crc);
  const emptyFinalBlock = Uint8Array.of(0x03, 0x00);
  return { stored: Buffer.concat([...Array.from({ length: mebibytes }, () => block), emptyFinalBlock]), size: mebibytes * mebibyte, crc };
}
