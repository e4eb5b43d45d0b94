import { describe, expect, it } from 'vitest';
import type { Account, EntryOrigin, JournalEntry } from '../../../../../shared/ledger/types';
import { readAmountFilter } from './amountFilter';
import { entryRowsOf, filterEntryRows, sourceOfEntry, type EntrySource } from './entryRows';
import { languageFormat } from '../../../../../shared/i18n/regional';

const at = '2026-01-01T00:00:00.000Z';
const account = (id: string, code: string, type: Account['type'], role?: Account['role']): Account =>
  ({ id, code, name: `Account ${code}`, parentId: null, type, archived: false, createdAt: at, updatedAt: at, ...(role ? { role } : {}) }) as Account;
const chart = [
  account('bank', '1010', 'asset', 'bank'),
  account('cash', '1020', 'asset', 'cash'),
  account('payable', '2010', 'liability', 'payable'),
  account('sales', '4010', 'income'),
  account('paper', '5300', 'expense'),
];
const line = (accountId: string, debit: number, credit: number) => ({ accountId, debit, credit });

let next = 0;
function source(origin: EntryOrigin, lines: EntrySource['lines'], extra: Partial<EntrySource> = {}): EntrySource {
  next += 1;
  return { id: `e${next}`, number: `2026-000${next}`, date: '2026-02-01', payee: '', memo: '', currency: 'EUR', origin, status: 'posted', lines, ...extra };
}

describe('entry kinds', () => {
  it('names quick-form entries by their lines and other entries by their origin', () => {
    const sources = [
      source('quickForm', [line('paper', 100, 0), line('bank', 0, 100)]),
      source('quickForm', [line('paper', 100, 0), line('payable', 0, 100)]),
      source('quickForm', [line('payable', 100, 0), line('bank', 0, 100)]),
      source('quickForm', [line('bank', 100, 0), line('sales', 0, 100)]),
      source('quickForm', [line('cash', 100, 0), line('bank', 0, 100)]),
      source('manual', [line('cash', 100, 0), line('bank', 0, 100)]),
      source('bankImport', [line('bank', 100, 0), line('sales', 0, 100)]),
      source('journalImport', [line('bank', 100, 0), line('sales', 0, 100)]),
      source('yearEndClose', [line('sales', 100, 0), line('bank', 0, 100)]),
    ];
    expect(entryRowsOf(sources, chart).map((row) => row.kind)).toEqual(['expense', 'bill', 'billPayment', 'income', 'transfer', 'manual', 'bankImport', 'journalImport', 'yearEndClose']);
  });

  it('takes the quick form the entry names over what its lines suggest', () => {
    const kept = source('quickForm', [line('cash', 100, 0), line('bank', 0, 100)], { quickForm: 'expense' });
    expect(entryRowsOf([kept], chart)[0]!.kind).toBe('expense');
  });

  it('describes entries without payee and memo: a reversal by the number it reverses, a transfer by its accounts', () => {
    const original = source('manual', [line('paper', 100, 0), line('bank', 0, 100)], { number: '2026-0001', status: 'reversed' });
    const reversal = source('reversal', [line('bank', 100, 0), line('paper', 0, 100)], { reversalOf: original.id });
    const lost = source('reversal', [line('bank', 100, 0), line('paper', 0, 100)], { reversalOf: 'not-loaded' });
    const transfer = source('quickForm', [line('cash', 100, 0), line('bank', 0, 100)]);
    const named = source('manual', [line('paper', 100, 0), line('bank', 0, 100)], { payee: 'Paper & Co' });
    const rows = entryRowsOf([original, reversal, lost, transfer, named], chart);
    expect(rows.map((row) => row.auto)).toEqual([
      { key: 'bookkeeping.entries.auto.flow', params: { from: '1010', to: '5300' } },
      { key: 'bookkeeping.entries.auto.reversalOf', params: { number: '2026-0001' } },
      { key: 'bookkeeping.entries.auto.reversal', params: {} },
      { key: 'bookkeeping.entries.auto.transfer', params: { from: '1010', to: '1020' } },
      null,
    ]);
  });

  it('reads a stored quick-form entry the same way as a journal one', () => {
    const stored = { ...source('quickForm', [line('paper', 100, 0), line('payable', 0, 100)]), status: 'draft', documentIds: [], createdAt: at, updatedAt: at } as unknown as JournalEntry;
    expect(entryRowsOf([sourceOfEntry(stored)], chart)[0]).toMatchObject({ kind: 'bill', status: 'draft', total: 100, accountIds: ['paper', 'payable'] });
  });
});

describe('entry filters', () => {
  const rows = entryRowsOf(
    [
      source('manual', [line('paper', 7520, 0), line('bank', 0, 7520)]),
      source('quickForm', [line('cash', 5000, 0), line('bank', 0, 5000)]),
      source('manual', [line('paper', 12000, 0), line('payable', 0, 12000)]),
      source('manual', [line('paper', 12000, 0), line('bank', 0, 12000)], { currency: 'HUF' }),
    ],
    chart,
  );
  const all = { from: null, to: null };
  const ids = (list: readonly { id: string }[]) => list.map((row) => row.id);
  const amount = (text: string) => {
    const reading = readAmountFilter(text, 'EUR', languageFormat('en'));
    if (reading.kind !== 'bounds') throw new Error(`not an amount filter: ${text}`);
    return reading.bounds;
  };
  const [a, b, c, d] = ids(rows);

  it('by account, kind and amount, each alone and together', () => {
    expect(ids(filterEntryRows(rows, all, '', { accountIds: new Set(['payable']) }))).toEqual([c]);
    expect(ids(filterEntryRows(rows, all, '', { accountIds: new Set(['cash', 'payable']) }))).toEqual([b, c]);
    expect(ids(filterEntryRows(rows, all, '', { kind: 'transfer' }))).toEqual([b]);
    expect(ids(filterEntryRows(rows, all, '', { amount: amount('75.20') }))).toEqual([a]);
    expect(ids(filterEntryRows(rows, all, '', { amount: amount('50 - 100') }))).toEqual([a, b]);
    expect(ids(filterEntryRows(rows, all, '', { amount: amount('100..50') }))).toEqual([a, b]);
    expect(ids(filterEntryRows(rows, all, '', { amount: amount('100-') }))).toEqual([c, d]);
    expect(ids(filterEntryRows(rows, all, '', { amount: amount('–60') }))).toEqual([b]);
    // 120 is 12000 cents of a euro entry and 120 forints of a HUF one.
    expect(ids(filterEntryRows(rows, all, '', { amount: amount('120') }))).toEqual([c]);
    expect(ids(filterEntryRows(rows, all, '', { amount: amount('12,000') }))).toEqual([d]);
    expect(ids(filterEntryRows(rows, all, '', { kind: 'manual', accountIds: new Set(['bank']), amount: amount('70-80') }))).toEqual([a]);
  });

  it('reads the amount in the user’s format and refuses what is not an amount', () => {
    expect(readAmountFilter('', 'EUR', languageFormat('hu'))).toEqual({ kind: 'empty' });
    const hu = readAmountFilter('1 250,50', 'EUR', languageFormat('hu'));
    expect(hu.kind === 'bounds' && hu.bounds('EUR')).toEqual({ min: 125050, max: 125050 });
    expect(readAmountFilter('abc', 'EUR', languageFormat('en'))).toEqual({ kind: 'invalid', messageKey: 'bookkeeping.entries.amountFilterInvalid' });
    expect(readAmountFilter(' - ', 'EUR', languageFormat('en')).kind).toBe('invalid');
    // A HUF book still takes cents typed for its euro entries.
    const cents = readAmountFilter('75.20', 'HUF', languageFormat('en'));
    expect(cents.kind === 'bounds' && cents.bounds('EUR')).toEqual({ min: 7520, max: 7520 });
  });
});
