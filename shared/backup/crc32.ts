/**
 * CRC-32 (the zip's checksum, polynomial 0xEDB88320), so the window can describe a part
 * it compressed itself; the main process checks it again when it verifies the file.
 */

const table = (() => {
  const out = new Uint32Array(256 * 4);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    out[n] = c >>> 0;
  }
  // Slicing by four: four bytes per step, about four times as fast in V8.
  for (let n = 0; n < 256; n += 1) {
    let c = out[n]!;
    for (let k = 1; k < 4; k += 1) {
      c = out[c & 0xff]! ^ (c >>> 8);
      out[k * 256 + n] = c >>> 0;
    }
  }
  return out;
})();

export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  let i = 0;
  const end4 = bytes.length - (bytes.length % 4);
  for (; i < end4; i += 4) {
    crc ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    crc = table[768 + (crc & 0xff)]! ^ table[512 + ((crc >>> 8) & 0xff)]! ^ table[256 + ((crc >>> 16) & 0xff)]! ^ table[crc >>> 24]!;
  }
  for (; i < bytes.length; i += 1) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
