/**
 * One copy of each distinct account name (or payee) of a journal. The parser hashes the
 * characters while it scans them, and a repeated name is found without cutting a new
 * string out of the text: half a million postings name a few hundred accounts.
 */
export class StringTable {
  private slots: (string | undefined)[];
  private hashes: Int32Array;
  private ids: Int32Array;
  private count = 0;
  /** The number of the string the last lookup returned: 0, 1, 2... in order of first appearance. */
  lastId = 0;

  constructor(size = 1024) {
    this.slots = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.ids = new Int32Array(size);
  }

  /** How many distinct strings are stored. */
  get size(): number {
    return this.count;
  }

  /** The stored copy of `text.slice(start, end)`; `hash` is `hashOf` those characters. */
  fromText(text: string, start: number, end: number, hash: number): string {
    const length = end - start;
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const stored = this.slots[i];
      if (stored === undefined) return this.insert(i, text.slice(start, end), hash);
      if (this.hashes[i] === hash && stored.length === length && text.startsWith(stored, start)) {
        this.lastId = this.ids[i]!;
        return stored;
      }
    }
  }

  /** The stored copy of a string. */
  fromString(s: string): string {
    return this.fromText(s, 0, s.length, hashOf(s, 0, s.length));
  }

  private insert(slot: number, value: string, hash: number): string {
    this.slots[slot] = value;
    this.hashes[slot] = hash;
    this.ids[slot] = this.count;
    this.lastId = this.count;
    this.count += 1;
    if (this.count * 2 > this.slots.length) this.grow();
    return value;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    const oldIds = this.ids;
    const size = oldSlots.length * 2;
    this.slots = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.ids = new Int32Array(size);
    const mask = size - 1;
    for (let j = 0; j < oldSlots.length; j += 1) {
      const value = oldSlots[j];
      if (value === undefined) continue;
      let i = oldHashes[j]! & mask;
      while (this.slots[i] !== undefined) i = (i + 1) & mask;
      this.slots[i] = value;
      this.hashes[i] = oldHashes[j]!;
      this.ids[i] = oldIds[j]!;
    }
  }
}

/** The hash `StringTable` expects: h = h * 31 + charCode over the characters, as 32-bit. */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let p = start; p < end; p += 1) h = (Math.imul(h, 31) + text.charCodeAt(p)) | 0;
  return h;
}
