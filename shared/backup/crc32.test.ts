import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('crc32', () => {
  it('matches zlib for every length up to 70 bytes and for large random data, also in pieces', () => {
    for (let length = 0; length <= 70; length += 1) {
      const bytes = randomBytes(length);
      expect(crc32(bytes), `length ${length}`).toBe(zlibCrc32(bytes));
    }
    const big = randomBytes(3_000_001);
    expect(crc32(big)).toBe(zlibCrc32(big));
    expect(crc32(big.subarray(1_000_003), crc32(big.subarray(0, 1_000_003)))).toBe(zlibCrc32(big));
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
