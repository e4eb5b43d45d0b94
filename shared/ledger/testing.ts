import type { IsoDate } from '../dates';
import { isoDateOf } from '../dates';
import { createDefaultChart } from './defaultChart';
import type { Account, EntryLine, JournalEntry } from './types';

/**
 * Helpers for tests and benchmarks (here and in the CLI): a chart with predictable ids,
 * entries in a line, and a large generated book. Nothing here is used by the app itself.
 */

/** Ids that sort in the order they are made: "e-00000001", "e-00000002", … */
export function sequentialIds(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}-${String(++next).padStart(8, '0')}`;
}

export const testTimestamp = '2026-01-01T00:00:00.000Z';

/** The default chart in a language, ids "a-00000001"…, plus a lookup by template key. */
export function testChart(language: 'en' | 'ru' | 'hu' = 'en'): { accounts: Account[]; id: (key: string) => string } {
  const accounts = createDefaultChart(language, sequentialIds('a'), testTimestamp);
  const id = (key: string) => {
    const account = accounts.find((candidate) => candidate.templateKey === key);
    if (!account) throw new Error(`No account ${key} in the default chart`);
    return account.id;
  };
  return { accounts, id };
}

/** Shorthands for lines: dr('bank', 100), cr('sales', 100). */
export const dr = (accountId: string, amount: number, extra: Partial<EntryLine> = {}): EntryLine => ({ accountId, debit: amount, credit: 0, ...extra });
export const cr = (accountId: string, amount: number, extra: Partial<EntryLine> = {}): EntryLine => ({ accountId, debit: 0, credit: amount, ...extra });

/** A posted entry (or a draft, with status: 'draft'). */
export function testEntry(id: string, date: IsoDate, lines: EntryLine[], extra: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id,
    number: '',
    date,
    payee: '',
    memo: '',
    currency: 'EUR',
    lines,
    status: 'posted',
    origin: 'manual',
    documentIds: [],
    createdAt: testTimestamp,
    updatedAt: testTimestamp,
    ...extra,
  };
}

/**
 * A deterministic book of `count` balanced entries over `years` years from `firstYear`,
 * two or three lines each (like a real small business: sales with VAT, bills, payments),
 * in date order, on the default chart's leaf accounts.
 */
export function generateBook(count: number, options: { firstYear?: number; years?: number; seed?: number; currency?: string } = {}): { accounts: Account[]; entries: JournalEntry[] } {
  const { accounts } = testChart('en');
  const leaves = accounts.filter((account) => !accounts.some((other) => other.parentId === account.id));
  const firstYear = options.firstYear ?? 2022;
  const years = options.years ?? 5;
  const currency = options.currency ?? 'EUR';
  let seed = options.seed ?? 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const days = years * 365;
  const entries: JournalEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const dayIndex = Math.floor((index * days) / count);
    const year = firstYear + Math.floor(dayIndex / 365);
    const dayOfYear = dayIndex % 365;
    const month = Math.min(12, Math.floor(dayOfYear / 30.5) + 1);
    const day = Math.min(28, (dayOfYear % 28) + 1);
    const amount = 4 + Math.floor(random() * 100_000);
    const [a, b, c] = [pick(leaves), pick(leaves), pick(leaves)];
    const lines: EntryLine[] =
      random() < 0.6
        ? [dr(a.id, amount), cr(b.id, amount)]
        : [dr(a.id, amount), cr(b.id, Math.floor(amount / 4)), cr(c.id, amount - Math.floor(amount / 4))];
    entries.push(testEntry(`e-${String(index + 1).padStart(8, '0')}`, isoDateOf(year, month, day), lines, { currency, number: String(index + 1) }));
  }
  entries.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return { accounts, entries };
}
