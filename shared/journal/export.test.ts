import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountPath, indexAccounts } from '../ledger/accounts';
import type { Account, AccountType, JournalEntry } from '../ledger/types';
import { journalToBook, type JournalBook } from './book';
import { exportJournal } from './export';
import { generateJournal } from './generator';
import { parseJournal } from './parse';

const at = '2026-01-01T00:00:00.000Z';
const account = (id: string, name: string, type: AccountType, parentId: string | null = null): Account => ({
  id,
  name,
  type,
  parentId,
  archived: false,
  createdAt: at,
  updatedAt: at,
});
const entry = (id: string, date: string, currency: string, lines: [string, number][], extra: Partial<JournalEntry> = {}): JournalEntry => ({
  id,
  number: id,
  date,
  payee: `Payee ${id}`,
  memo: '',
  currency,
  lines: lines.map(([accountId, amount]) => ({ accountId, debit: Math.max(amount, 0), credit: Math.max(-amount, 0) })),
  status: 'posted',
  origin: 'manual',
  documentIds: [],
  createdAt: at,
  updatedAt: at,
  ...extra,
});

/** Closing balance per account path and currency, from the entries themselves. */
function balances(book: Pick<JournalBook, 'accounts' | 'entries'>): Record<string, number> {
  const byId = indexAccounts(book.accounts);
  const out: Record<string, number> = {};
  for (const e of book.entries) {
    if (e.status !== 'posted') continue;
    for (const line of e.lines) {
      const key = `${accountPath(byId.get(line.accountId)!, byId)} ${e.currency}`;
      out[key] = (out[key] ?? 0) + line.debit - line.credit;
    }
  }
  for (const key of Object.keys(out)) if (out[key] === 0) delete out[key];
  return out;
}

describe('exportJournal', () => {
  const accounts = [
    account('a', 'Eszközök', 'asset'),
    account('b', 'Bank: OTP', 'asset', 'a'),
    account('c', 'Bevételek', 'income'),
    account('d', 'ÁFA', 'liability'),
    account('e', 'Expenses', 'expense'),
  ];

  it('writes commodity and typed account directives, then posted entries in date order with explicit ISO amounts', () => {
    const text = exportJournal({
      accounts,
      entries: [
        entry('2024-0002', '2024-02-01', 'HUF', [['b', 127000], ['c', -100000], ['d', -27000]], { memo: 'számla 12\nfizetve', payee: 'Kovács; Társa' }),
        entry('2024-0001', '2024-01-15', 'EUR', [['e', 1050], ['b', -1050]], { lines: [{ accountId: 'e', debit: 1050, credit: 0, memo: 'due date: tomorrow' }, { accountId: 'b', debit: 0, credit: 1050 }] }),
        entry('draft', '2024-01-01', 'EUR', [['e', 1], ['b', -1]], { status: 'draft' }),
      ],
    });
    expect(text).toBe(
      [
        '; Exported by Backoffice: an hledger journal (hledger 1.25 and later read it).',
        '',
        'commodity 1000.00 EUR',
        'commodity 1000. HUF',
        '',
        'account Bevételek  ; type: R',
        'account Eszközök  ; type: A',
        'account Eszközök:Bank∶ OTP  ; type: A',
        'account Expenses  ; type: X',
        'account ÁFA  ; type: L',
        '',
        '2024-01-15 * (2024-0001) Payee 2024-0001',
        '    Expenses  10.50 EUR  ; due date : tomorrow',
        '    Eszközök:Bank∶ OTP  -10.50 EUR',
        '',
        '2024-02-01 * (2024-0002) Kovács； Társa  ; számla 12',
        '    ; fizetve',
        '    Eszközök:Bank∶ OTP  127000 HUF',
        '    Bevételek  -100000 HUF',
        '    ÁFA  -27000 HUF',
        '',
      ].join('\n'),
    );
    const back = journalToBook(parseJournal(text), { language: 'hu' });
    expect(back.errors).toEqual([]);
    expect(back.entries.map((e) => [e.number, e.payee, e.memo])).toEqual([
      ['2024-0001', 'Payee 2024-0001', ''],
      ['2024-0002', 'Kovács； Társa', 'számla 12\nfizetve'],
    ]);
  });

  it('keeps two accounts of the same name apart, and a payee starting with "(" a payee', () => {
    const twins = [account('x', 'Bank', 'asset'), account('y', 'Bank', 'asset'), account('z', 'Sales', 'income')];
    const text = exportJournal({
      accounts: twins,
      entries: [entry('', '2024-01-01', 'USD', [['x', 5], ['y', 7], ['z', -12]], { number: '', payee: '(refund) ACME' })],
    });
    const back = journalToBook(parseJournal(text), { language: 'en' });
    expect(back.entries[0]!.payee).toBe('(refund) ACME');
    expect(balances(back)).toEqual({ 'Bank USD': 5, 'Bank (2) USD': 7, 'Sales USD': -12 });
  });

  it('round trip: any book exports to a journal that reads back to the same balances, entries and payees', () => {
    const types: AccountType[] = ['asset', 'liability', 'equity', 'income', 'expense'];
    const names = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'Á', 'й', ' ', ':', ';', '(', '#', '*', 'x', '1', '\t') });
    const books = fc
      .record({
        accountNames: fc.array(names, { minLength: 2, maxLength: 6 }),
        entries: fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 28 }),
            currency: fc.constantFrom('EUR', 'HUF', 'KWD', 'USD'),
            amounts: fc.array(fc.integer({ min: -1e12, max: 1e12 }).filter((n) => n !== 0), { minLength: 1, maxLength: 4 }),
            payee: fc.string({ maxLength: 20 }),
            memo: fc.string({ maxLength: 20 }),
          }),
          { maxLength: 12 },
        ),
      })
      .map(({ accountNames, entries }) => {
        const accounts = accountNames.map((name, i) => account(`acc${i}`, name, types[i % types.length]!, i >= 2 && i % 2 === 0 ? 'acc0' : null));
        const built = entries.map((e, i) => {
          const lines: [string, number][] = e.amounts.map((amount, j) => [`acc${(i + j) % accounts.length}`, amount]);
          lines.push([`acc${(i + 1) % accounts.length}`, -e.amounts.reduce((s, a) => s + a, 0)]);
          const nonZero = lines.filter(([, amount]) => amount !== 0);
          return entry(`n${i}`, `2024-03-${String(e.day).padStart(2, '0')}`, e.currency, nonZero, { payee: e.payee, memo: e.memo });
        });
        return { accounts, entries: built.filter((e) => e.lines.length >= 2) };
      });
    fc.assert(
      fc.property(books, (input) => {
        const back = journalToBook(parseJournal(exportJournal(input)), { language: 'en' });
        expect(back.errors).toEqual([]);
        expect(back.entries.length).toBe(input.entries.length);
        // Names change when sanitized, so compare the balances of all accounts as one sorted list.
        const perAccount = (book: Pick<JournalBook, 'entries'>) => {
          const sums = new Map<string, number>();
          for (const e of book.entries) for (const l of e.lines) sums.set(`${l.accountId} ${e.currency}`, (sums.get(`${l.accountId} ${e.currency}`) ?? 0) + l.debit - l.credit);
          return [...sums.values()].filter((v) => v !== 0).sort((a, b) => a - b);
        };
        expect(perAccount(back)).toEqual(perAccount(input));
        const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().replaceAll(';', '；');
        expect(back.entries.map((e) => e.payee).sort()).toEqual(input.entries.map((e) => oneLine(e.payee)).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('a generated journal survives import, export and import again', () => {
    const first = journalToBook(parseJournal(generateJournal({ transactions: 1000, seed: 4, chart: 'hu' })), { language: 'hu' });
    const second = journalToBook(parseJournal(exportJournal(first)), { language: 'hu' });
    expect(second.errors).toEqual([]);
    expect(balances(second)).toEqual(balances(first));
    expect(second.entries.length).toBe(first.entries.length);
    const typeOf = (book: JournalBook) => {
      const byId = indexAccounts(book.accounts);
      return Object.fromEntries(book.accounts.map((a) => [accountPath(a, byId), a.type]));
    };
    expect(typeOf(second)).toEqual(typeOf(first));
  });
});
