import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBankFixture } from '../../tests/fixtures/bank/read-fixture';
import { readCsvRows } from './csv';
import { decodeStatement } from './encoding';
import { fingerprint, fingerprintLines, normaliseDescription, skipAlreadyImported } from './fingerprint';
import { parseStatement } from './parse-csv';
import { suggestMapping } from './suggest';

function importFixture(name: string, currency: string, accountId: string, cut?: (bytes: Uint8Array) => Uint8Array) {
  const bytes = readBankFixture(name);
  const decoded = decodeStatement(cut ? cut(bytes) : bytes);
  if (!decoded.ok) throw new Error(decoded.error);
  const { mapping } = suggestMapping(readCsvRows(decoded.text));
  if (!mapping) throw new Error('no mapping');
  return parseStatement(decoded.text, mapping, currency, accountId).lines;
}

describe('fingerprints across imports', () => {
  it.each([
    ['otp-iso-8859-2.csv', 'HUF'],
    ['otp-eur-windows-1250.csv', 'EUR'],
    ['sberbank-windows-1251.csv', 'RUB'],
    ['english-utf8-bom.csv', 'USD'],
  ])('a second import of %s skips every line', (name, currency) => {
    const first = importFixture(name, currency, 'bank-1');
    const again = importFixture(name, currency, 'bank-1');
    const { fresh, alreadyImported } = skipAlreadyImported(again, first.map((l) => l.fingerprint));
    expect(fresh).toEqual([]);
    expect(alreadyImported).toHaveLength(first.length);
  });

  it('skips the overlap of a later statement and keeps the new lines', () => {
    const all = importFixture('sberbank-windows-1251.csv', 'RUB', 'bank-1');
    // An earlier download that ended after the first of the two identical fee lines.
    const earlier = all.slice(0, 3);
    const { fresh } = skipAlreadyImported(all, new Set(earlier.map((l) => l.fingerprint)));
    expect(fresh.map((l) => l.sourceRow)).toEqual([9, 10, 11, 12]);
  });

  it('differs between bank accounts', () => {
    const a = importFixture('english-utf8-bom.csv', 'USD', 'bank-1');
    const b = importFixture('english-utf8-bom.csv', 'USD', 'bank-2');
    expect(skipAlreadyImported(b, a.map((l) => l.fingerprint)).fresh).toHaveLength(b.length);
  });

  it('ignores case and spacing the bank changes between downloads', () => {
    const base = { date: '2026-03-05', amount: -1250, occurrence: 1 };
    expect(fingerprint({ ...base, description: 'Számlavezetési  díj ' }, 'a')).toBe(fingerprint({ ...base, description: 'SZÁMLAVEZETÉSI DÍJ' }, 'a'));
    expect(fingerprint({ ...base, description: 'x' }, 'a')).not.toBe(fingerprint({ ...base, description: 'x', occurrence: 2 }, 'a'));
    expect(normaliseDescription('  A\u0301  b ')).toBe('á b');
  });

  it("uses the bank's transaction id alone when there is one", () => {
    const line = { date: '2026-03-05', amount: -1250, description: 'Fee', occurrence: 1, transactionId: 'FIT-1' };
    expect(fingerprint(line, 'a')).toBe(fingerprint({ ...line, description: 'Account fee (reworded)' }, 'a'));
    expect(fingerprint(line, 'a')).toMatch(/^v1-[0-9a-f]{28}$/);
  });
});

describe('fingerprintLines (property)', () => {
  const line = fc.record({
    date: fc.constantFrom('2026-03-01', '2026-03-02', '2026-03-03'),
    amount: fc.constantFrom(-1250, -500, 1000),
    description: fc.constantFrom('Coffee', 'Rent', 'Fee', 'coffee '),
  });

  it("a line's fingerprint does not change when other lines are reordered, added or removed", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.array(line, { maxLength: 10 }), fc.nat(), (lines, others, seed) => {
        const before = fingerprintLines(lines, 'acc');
        // Shuffle the lines but keep identical ones in their order (a bank lists them as they happened).
        const keyed = lines.map((l, i) => ({ l, i, key: normaliseDescription(l.description) + l.date + l.amount }));
        const shuffled = [...keyed].sort((x, y) => ((hash(x.key, seed) - hash(y.key, seed)) || x.i - y.i));
        const unrelated = others.filter((o) => !lines.some((l) => l.date === o.date && l.amount === o.amount && normaliseDescription(l.description) === normaliseDescription(o.description)));
        const after = fingerprintLines([...unrelated, ...shuffled.map((k) => k.l)], 'acc');
        expect(new Set(after.map((l) => l.fingerprint))).toEqual(new Set([...before.map((l) => l.fingerprint), ...fingerprintLines(unrelated, 'acc').map((l) => l.fingerprint)]));
        expect(new Set(before.map((l) => l.fingerprint)).size).toBe(lines.length);
      }),
      { numRuns: 300 },
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed;
  for (const ch of text) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}
