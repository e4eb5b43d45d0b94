import { describe, expect, it } from 'vitest';
import { accountPath, indexAccounts } from '../ledger/accounts';
import { validateEntryForPosting } from '../ledger/validation';
import { journalToBook } from './book';
import { generateJournal } from './generator';
import { parseJournal } from './parse';

const now = '2026-11-25T10:00:00.000Z';
const book = (text: string, language: 'en' | 'ru' | 'hu' = 'en') => journalToBook(parseJournal(text), { language, now });

function pathsAndTypes(text: string) {
  const { accounts, errors } = book(text);
  expect(errors).toEqual([]);
  const byId = indexAccounts(accounts);
  return accounts.map((account) => [accountPath(account, byId), account.type]);
}

describe('journalToBook: accounts', () => {
  it('builds the tree from the colon paths, typed by the top-level name', () => {
    expect(pathsAndTypes('2024-01-01 t\n    Assets:Bank:OTP  10 EUR\n    expenses:office\n    liabilities:card  0 EUR\n')).toEqual([
      ['Assets', 'asset'],
      ['Assets:Bank', 'asset'],
      ['Assets:Bank:OTP', 'asset'],
      ['expenses', 'expense'],
      ['expenses:office', 'expense'],
      ['liabilities', 'liability'],
      ['liabilities:card', 'liability'],
    ]);
  });

  it.each([
    ['assets', 'asset'],
    ['asset', 'asset'],
    ['Aktív', 'asset'],
    ['Eszközök', 'asset'],
    ['Активы', 'asset'],
    ['debts', 'liability'],
    ['Liabilities', 'liability'],
    ['Kötelezettségek', 'liability'],
    ['Обязательства', 'liability'],
    ['equity', 'equity'],
    ['Saját tőke', 'equity'],
    ['Капитал', 'equity'],
    ['income', 'income'],
    ['revenues', 'income'],
    ['Bevételek', 'income'],
    ['Доходы', 'income'],
    ['expenses', 'expense'],
    ['Költségek', 'expense'],
    ['Ráfordítások', 'expense'],
    ['Расходы', 'expense'],
  ])('"%s" is a top-level %s account', (name, type) => {
    expect(pathsAndTypes(`2024-01-01 t\n    ${name}:x  1 EUR\n    equity:y\n`)[0]).toEqual([name, type]);
  });

  it('takes the type from an account directive, inherited by subaccounts unless they declare their own', () => {
    expect(
      pathsAndTypes(
        ['account Pénz  ; type: A', 'account Pénz:Hitel  ; type: L', 'account equity:x', '2024-01-01 t', '    Pénz:Bank:OTP  1 EUR', '    Pénz:Hitel:kártya  -1 EUR'].join('\n'),
      ),
    ).toEqual([
      ['Pénz', 'asset'],
      ['Pénz:Hitel', 'liability'],
      ['equity', 'equity'],
      ['equity:x', 'equity'],
      ['Pénz:Bank', 'asset'],
      ['Pénz:Bank:OTP', 'asset'],
      ['Pénz:Hitel:kártya', 'liability'],
    ]);
  });

  it('refuses an account whose type it cannot tell, naming the line and the fix', () => {
    const result = book('2024-01-01 t\n    assets:bank  1 EUR\n    misc:stuff\n    misc:other  0 EUR\n');
    expect(result.accounts).toEqual([]);
    expect(result.entries).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 3, code: 'accountTypeUnknown', params: { account: 'misc' } }),
    ]);
    expect(result.errors[0]!.message).toContain('account misc  ; type: A');
  });

  it('refuses an account name with an empty part', () => {
    expect(book('2024-01-01 t\n    assets::bank  1 EUR\n    equity\n').errors[0]).toMatchObject({ line: 2, code: 'badAccountName' });
  });

  it('passes parse errors through and produces nothing', () => {
    const result = book('2024-01-01 t\n    a  1 EUR\n    b  1 EUR\n');
    expect(result).toMatchObject({ accounts: [], entries: [], errors: [expect.objectContaining({ code: 'unbalanced' })] });
  });
});

describe('journalToBook: entries', () => {
  const text = [
    '2024-03-01 * (INV-7) Kovács Kft.  ; first line',
    '    ; second line',
    '    assets:bank  120.00 EUR  ; paid',
    '    income:sales  -100.00 EUR',
    '    liabilities:vat',
    '',
    '2024-03-02=2024-03-05 No code',
    '    expenses:fees  1 EUR',
    '    assets:bank',
    '',
    '2024-03-03 Only zeros',
    '    assets:bank  0 EUR = 119 EUR',
    '    expenses:fees  0',
    '',
    '2025-01-01 (2025-0001) A code that looks like a number',
    '    expenses:fees  1 EUR',
    '    assets:bank',
    '',
    '2025-01-02 Numbered after it',
    '    expenses:fees  1 EUR',
    '    assets:bank',
  ].join('\n');

  it('makes one posted entry per transaction: number, payee, memo, lines as debits and credits', () => {
    const result = book(text);
    expect(result.errors).toEqual([]);
    expect(result.skippedTransactions).toBe(1);
    const names = new Map(result.accounts.map((a) => [a.id, a.name]));
    expect(
      result.entries.map((e) => ({
        number: e.number,
        date: e.date,
        payee: e.payee,
        memo: e.memo,
        currency: e.currency,
        lines: e.lines.map((l) => [names.get(l.accountId), l.debit, l.credit, l.memo]),
      })),
    ).toEqual([
      {
        number: 'INV-7',
        date: '2024-03-01',
        payee: 'Kovács Kft.',
        memo: 'first line\nsecond line',
        currency: 'EUR',
        lines: [
          ['bank', 12000, 0, 'paid'],
          ['sales', 0, 10000, undefined],
          ['vat', 0, 2000, undefined],
        ],
      },
      {
        number: '2024-0001',
        date: '2024-03-02',
        payee: 'No code',
        memo: 'Secondary date: 2024-03-05',
        currency: 'EUR',
        lines: [
          ['fees', 100, 0, undefined],
          ['bank', 0, 100, undefined],
        ],
      },
      { number: '2025-0001', date: '2025-01-01', payee: 'A code that looks like a number', memo: '', currency: 'EUR', lines: expect.any(Array) },
      { number: '2025-0002', date: '2025-01-02', payee: 'Numbered after it', memo: '', currency: 'EUR', lines: expect.any(Array) },
    ]);
    for (const entry of result.entries) {
      expect(entry).toMatchObject({ status: 'posted', origin: 'journalImport', postedAt: now, createdAt: now, updatedAt: now, documentIds: [] });
    }
  });

  it('writes the secondary-date note in the user’s language', () => {
    expect(book(text, 'ru').entries[1]!.memo).toBe('Вторая дата: 2024-03-05');
    expect(book(text, 'hu').entries[1]!.memo).toBe('Másodlagos dátum: 2024-03-05');
  });

  it('uses the caller’s ids', () => {
    let n = 0;
    const result = journalToBook(parseJournal(text), { language: 'en', now, newId: (kind) => `${kind}:${(n += 1)}` });
    expect(result.accounts[0]!.id).toBe('account:1');
    expect(result.entries[0]!.id).toMatch(/^entry:\d+$/);
    expect(new Set([...result.accounts, ...result.entries].map((r) => r.id)).size).toBe(result.accounts.length + result.entries.length);
  });

  it('every entry of a generated journal passes the ledger’s own posting rules', () => {
    const result = journalToBook(parseJournal(generateJournal({ transactions: 500, seed: 8, chart: 'ru' })), { language: 'ru', now });
    expect(result.errors).toEqual([]);
    const byId = indexAccounts(result.accounts);
    for (const entry of result.entries) {
      expect(validateEntryForPosting({ ...entry, status: 'draft' }, byId, null)).toEqual([]);
    }
  });
});
