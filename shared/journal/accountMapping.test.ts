import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWhereAvailable } from '../../tests/support/machine-needs';
import { sequentialIds, testChart } from '../ledger/testing';
import type { Account } from '../ledger/types';
import { applyMapping, journalAccountRows, MappingRefused, proposeMapping } from './accountMapping';
import { journalToBook } from './book';
import { parseJournal } from './parse';

const journal = `2024-01-01 Opening
    Assets:Bank:Checking        1000.00 EUR
    Assets:Cash                   50.00 EUR
    Equity:Opening Balances

2024-01-05 Supplier
    Expenses:Office supplies     200.00 EUR
    Liabilities:Accounts Payable

2024-01-06 Paid
    Liabilities:Accounts Payable  200.00 EUR
    Assets:Bank:Checking

2024-01-10 Sale
    Assets:Bank                  300.00 EUR
    Revenue:Consulting

2024-01-11 Numbered
    Expenses:5100                 40.00 EUR
    Assets:Bank:Checking
`;

function readBook(text: string) {
  const book = journalToBook(parseJournal(text), { language: 'en', newId: sequentialIds('j'), now: '2026-01-01T00:00:00.000Z' });
  expect(book.errors).toEqual([]);
  return book;
}

const book = readBook(journal);
const idOfPath = (path: string) => journalAccountRows(book.accounts, new Map()).find((row) => row.path === path)!.id;

describe('proposeMapping', () => {
  const { accounts: chart, id } = testChart('en');
  const mapping = proposeMapping(book.accounts, chart);
  const target = (path: string) => mapping.get(idOfPath(path));

  it('maps hledger top-level names onto the chart groups', () => {
    expect(target('Assets')).toBe(id('assets'));
    expect(target('Liabilities')).toBe(id('liabilities'));
    expect(target('Equity')).toBe(id('equity'));
    expect(target('Revenue')).toBe(id('income'));
    expect(target('Expenses')).toBe(id('expenses'));
  });

  it('maps common names onto the accounts of that role, and same names onto the same account', () => {
    expect(target('Assets:Bank')).toBe(id('bank'));
    expect(target('Assets:Cash')).toBe(id('cash'));
    expect(target('Liabilities:Accounts Payable')).toBe(id('payable'));
    expect(target('Equity:Opening Balances')).toBe(id('openingBalances'));
    expect(target('Expenses:Office supplies')).toBe(id('officeSupplies'));
    expect(target('Expenses:5100')).toBe(id('rent'));
  });

  it('creates new only where nothing matches, and never maps a child onto its parent’s account', () => {
    expect(target('Revenue:Consulting')).toBeNull();
    // "Checking" is a bank name, but its parent already went to the bank account.
    expect(target('Assets:Bank:Checking')).toBeNull();
  });

  it('matches names in any language of the chart', () => {
    const { accounts: hungarian, id: huId } = testChart('hu');
    const mapped = proposeMapping(book.accounts, hungarian);
    expect(mapped.get(idOfPath('Expenses:Office supplies'))).toBe(huId('officeSupplies'));
    expect(mapped.get(idOfPath('Assets'))).toBe(huId('assets'));
  });
});

describe('applyMapping', () => {
  const { accounts: chart, id } = testChart('en');

  it('puts new sub-accounts under the chart account their parent went to', () => {
    const { idOf, newAccounts } = applyMapping(book.accounts, chart, proposeMapping(book.accounts, chart), sequentialIds('n'));
    const checking = newAccounts.find((account) => account.name === 'Checking')!;
    expect(checking.parentId).toBe(id('bank'));
    expect(newAccounts.find((account) => account.name === 'Consulting')!.parentId).toBe(id('income'));
    expect(newAccounts.map((account) => account.name).sort()).toEqual(['Checking', 'Consulting']);
    expect(idOf.get(idOfPath('Assets:Cash'))).toBe(id('cash'));
  });

  it('refuses to map an asset onto an expense account, naming both', () => {
    const mapping = new Map(proposeMapping(book.accounts, chart));
    mapping.set(idOfPath('Assets:Cash'), id('rent'));
    expect(() => applyMapping(book.accounts, chart, mapping, sequentialIds('n'))).toThrow(MappingRefused);
    try {
      applyMapping(book.accounts, chart, mapping, sequentialIds('n'));
    } catch (error) {
      expect((error as MappingRefused).problems).toEqual([
        { key: 'typeMismatch', accountId: idOfPath('Assets:Cash'), path: 'Assets:Cash', type: 'asset', target: '5100 Rent', targetType: 'expense' },
      ]);
    }
  });
});

describe('journalAccountRows', () => {
  it('counts postings on each account and below it', () => {
    const counts = new Map<string, number>();
    for (const entry of book.entries) for (const line of entry.lines) counts.set(line.accountId, (counts.get(line.accountId) ?? 0) + 1);
    const rows = new Map(journalAccountRows(book.accounts, counts).map((row) => [row.path, row]));
    expect(rows.get('Assets:Bank:Checking')).toMatchObject({ postings: 3, postingsBelow: 3, depth: 2, hasChildren: false });
    expect(rows.get('Assets:Bank')).toMatchObject({ postings: 1, postingsBelow: 4, hasChildren: true });
    expect(rows.get('Assets')).toMatchObject({ postings: 0, postingsBelow: 5 });
  });
});

const hledgerMissing = spawnSync('hledger', ['--version']).status === 0 ? null : 'needs the hledger binary (apt-get install hledger)';
const run = promisify(execFile);
const temp = mkdtempSync(join(tmpdir(), 'journal-mapping-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describeWhereAvailable('a mapped import against hledger', hledgerMissing, () => {
  it('gives each chart account the sum of hledger’s balances of the journal accounts mapped onto it', async () => {
    const file = join(temp, 'mapped.journal');
    writeFileSync(file, journal);
    const { stdout } = await run('hledger', ['-f', file, 'bal', '--flat', '--no-total', '-O', 'csv', '--layout=bare', '-c', '1000.00 EUR']);
    const { accounts: chart } = testChart('en');
    const { idOf, newAccounts } = applyMapping(book.accounts, chart, proposeMapping(book.accounts, chart), sequentialIds('n'));
    const paths = new Map(journalAccountRows(book.accounts, new Map()).map((row) => [row.path, row.id]));

    const expected = new Map<string, number>();
    for (const line of stdout.split('\n').slice(1)) {
      const [account, , amount] = line.split(',').map((cell) => cell.replaceAll('"', ''));
      if (!account || amount === undefined) continue;
      const target = idOf.get(paths.get(account)!)!;
      expected.set(target, (expected.get(target) ?? 0) + Math.round(Number(amount) * 100));
    }
    const ours = new Map<string, number>();
    for (const entry of book.entries) {
      for (const line of entry.lines) {
        const target = idOf.get(line.accountId)!;
        ours.set(target, (ours.get(target) ?? 0) + line.debit - line.credit);
      }
    }
    const nonZero = (totals: Map<string, number>) => [...totals].filter(([, value]) => value !== 0).sort(([a], [b]) => a.localeCompare(b));
    expect(nonZero(ours)).toEqual(nonZero(expected));
    // Every target is a chart account or one the import creates.
    const known = new Set([...chart, ...newAccounts].map((account: Account) => account.id));
    for (const [target] of ours) expect(known.has(target)).toBe(true);
  });
});
