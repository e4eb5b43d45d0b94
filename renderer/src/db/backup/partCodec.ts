import { crc32 } from '../../../../shared/backup/crc32';
import { partByteLimit } from '../../../../shared/backup/format';
import { BackupStopped } from './types';

/**
 * A part as it travels between the window and main: the JSON of its records, compressed
 * here with the browser's native raw deflate, with the size, CRC-32 and SHA-256 of the
 * JSON. About a tenth of the bytes cross IPC, and main's thread only writes them.
 */
export type EncodedPart = { deflated: Uint8Array; bytes: number; crc32: number; sha256: string };

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function encodePart(records: readonly unknown[]): Promise<EncodedPart> {
  const json = new TextEncoder().encode(JSON.stringify(records));
  const [deflated, sha256] = await Promise.all([through(json, new CompressionStream('deflate-raw')), sha256Hex(json)]);
  return { deflated, bytes: json.length, crc32: crc32(json), sha256 };
}

/**
 * Inflates at most `limit` bytes: reading stops as soon as the output passes it, so a
 * few kB of crafted deflate never become more than the manifest's size in memory. Null
 * when the data inflates to more.
 */
async function inflateWithin(deflated: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([deflated as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const json = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    json.set(chunk, at);
    at += chunk.length;
  }
  return json;
}

/** The records of a stored part, refused unless they match the manifest's size and SHA-256. */
export async function decodePart(deflated: Uint8Array, expected: { path: string; bytes: number; sha256: string; records: number }): Promise<unknown[]> {
  let json: Uint8Array | null;
  try {
    json = await inflateWithin(deflated, expected.bytes);
  } catch {
    throw new BackupStopped('damaged', `${expected.path} cannot be decompressed.`);
  }
  if (!json || json.length !== expected.bytes || (await sha256Hex(json)) !== expected.sha256) {
    throw new BackupStopped('damaged', `${expected.path} does not match its SHA-256 in the manifest.`);
  }
  const records: unknown = JSON.parse(new TextDecoder().decode(json));
  if (!Array.isArray(records) || records.length !== expected.records) {
    throw new BackupStopped('damaged', `${expected.path} does not hold the records the manifest lists.`);
  }
  return records;
}

/** The records of a part whose bytes `decodePart` checks elsewhere (the content check's own copy, in its worker). */
export async function readPartRecords(deflated: Uint8Array, path: string): Promise<unknown[]> {
  let json: Uint8Array | null;
  try {
    json = await inflateWithin(deflated, partByteLimit);
  } catch {
    throw new BackupStopped('damaged', `${path} cannot be decompressed.`);
  }
  if (!json) throw new BackupStopped('beyondLimits', `${path} is larger than any part Backoffice writes.`);
  const records: unknown = JSON.parse(new TextDecoder().decode(json));
  if (!Array.isArray(records)) throw new BackupStopped('damaged', `${path} does not hold a list of records.`);
  return records;
}
