import { describe, expect, it } from 'vitest';
import { decodePart, encodePart } from './partCodec';

// The window inflates the parts main sends: never beyond the size the manifest declares.

const mebibyte = 1024 * 1024;

/** Raw deflate of `mebibytes` MiB of zero bytes (about a thousandth of that), streamed so they are never held. */
async function deflatedZeros(mebibytes: number): Promise<Uint8Array> {
  const zeros = new Uint8Array(mebibyte);
  let sent = 0;
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      if (sent === mebibytes) controller.close();
      else controller.enqueue(zeros);
      sent += 1;
    },
  });
  return new Uint8Array(await new Response(source.pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
}

/** The process's peak resident memory so far, in bytes; it only grows. */
function peakMemory(): number {
  // eslint-disable-next-line no-restricted-globals -- unit tests run in Node, and its peak RSS is what a bomb would raise
  return process.resourceUsage().maxRSS * 1024;
}

describe('decoding a part', () => {
  it('stops as soon as it inflates past the manifest’s size: a bomb is refused and memory stays bounded', { timeout: 60_000 }, async () => {
    const bomb = await deflatedZeros(384);
    expect(bomb.length).toBeLessThan(2 * mebibyte);
    // What the peak grows by here is what decoding added at its worst.
    const before = peakMemory();
    await expect(decodePart(bomb, { path: 'tables/auditLog/1.json', bytes: 1000, sha256: 'f'.repeat(64), records: 1 })).rejects.toMatchObject({ reason: 'damaged' });
    expect(peakMemory() - before).toBeLessThan(128 * mebibyte);
  });

  it('a part of exactly its declared size still decodes', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, memo: 'x'.repeat(100) }));
    const part = await encodePart(records);
    expect(await decodePart(part.deflated, { path: 'p', bytes: part.bytes, sha256: part.sha256, records: records.length })).toEqual(records);
    await expect(decodePart(part.deflated, { path: 'p', bytes: part.bytes - 1, sha256: part.sha256, records: records.length })).rejects.toMatchObject({ reason: 'damaged' });
  });
});
