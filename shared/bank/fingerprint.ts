import type { StatementLine } from './types';

/**
 * "Already imported?" Banks' downloads overlap (last month's file, then this month's with a
 * few days of last month again), so every line gets a fingerprint that is the same each time
 * the same transaction is read. It is built from what the bank does not change between
 * downloads: the date, the amount, the description (in any case and spacing), the reference,
 * and which of several identical lines it is (two 1 200 Ft coffees on one day are two lines).
 * When the bank gives its own transaction id (OFX FITID, camt.053 AcctSvcrRef), that alone.
 * The account is part of it, so the same file imported into another account is not skipped.
 */

export type FingerprintSource = Pick<StatementLine, 'date' | 'amount' | 'description' | 'occurrence'> &
  Partial<Pick<StatementLine, 'reference' | 'transactionId'>>;

/** Lower case, composed accents, single spaces: what survives a bank's reformatting. */
export function normaliseDescription(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The key that identical lines share (before counting occurrences). */
function sameLineKey(line: Omit<FingerprintSource, 'occurrence'>): string {
  return [line.date, line.amount, normaliseDescription(line.description), normaliseDescription(line.reference ?? '')].join('\u001f');
}

/** A versioned, fixed-length id of the line in the account; 'v1-' + 28 hex digits. */
export function fingerprint(line: FingerprintSource, accountId: string): string {
  return fingerprintOfKey(line.transactionId ? null : sameLineKey(line), line, accountId);
}

function fingerprintOfKey(key: string | null, line: FingerprintSource, accountId: string): string {
  const text = line.transactionId
    ? ['v1', accountId, 'id', line.transactionId.trim()].join('\u001f')
    : ['v1', accountId, key, line.occurrence].join('\u001f');
  return `v1-${hash106(text)}`;
}

/**
 * Numbers identical lines in statement order (1, 2, …) and fingerprints each line. Only
 * identical lines count each other, so moving or adding other lines changes nothing.
 */
export function fingerprintLines<T extends Omit<FingerprintSource, 'occurrence'>>(lines: readonly T[], accountId: string): (T & { occurrence: number; fingerprint: string })[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const key = sameLineKey(line);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const counted = { ...line, occurrence };
    return { ...counted, fingerprint: fingerprintOfKey(key, counted, accountId) };
  });
}

/** Splits lines into those not yet in the books and those imported before. */
export function skipAlreadyImported<T extends { fingerprint: string }>(lines: readonly T[], knownFingerprints: Iterable<string>): { fresh: T[]; alreadyImported: T[] } {
  const known = knownFingerprints instanceof Set ? (knownFingerprints as ReadonlySet<string>) : new Set(knownFingerprints);
  const fresh: T[] = [];
  const alreadyImported: T[] = [];
  for (const line of lines) (known.has(line.fingerprint) ? alreadyImported : fresh).push(line);
  return { fresh, alreadyImported };
}

/** Two cyrb53 hashes (a public-domain 53-bit string hash) with different seeds, in one pass: 28 hex digits. */
function hash106(text: string): string {
  let a1 = 0xdeadbeef ^ 0x2f1a;
  let a2 = 0x41c6ce57 ^ 0x2f1a;
  let b1 = 0xdeadbeef ^ 0x6b3d;
  let b2 = 0x41c6ce57 ^ 0x6b3d;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2654435761);
    b2 = Math.imul(b2 ^ ch, 1597334677);
  }
  return finish53(a1, a2) + finish53(b1, b2);
}

function finish53(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
