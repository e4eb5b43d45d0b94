import { describe, expect, it } from 'vitest';
import { languages } from '../i18n/languages';
import { accountDeletionProblems, accountPath, accountTree, accountWithRole, indexAccounts, subtreeIds, validateAccount } from './accounts';
import { createDefaultChart, defaultChart } from './defaultChart';
import { accountRoles, type Account } from './types';
import { sequentialIds, testChart, testTimestamp } from './testing';

describe('default chart', () => {
  it('has every role once, codes unique, and children of their parent’s type', () => {
    const { accounts } = testChart();
    expect(accounts.length).toBeGreaterThanOrEqual(25);
    for (const role of accountRoles) expect(accounts.filter((a) => a.role === role), role).toHaveLength(1);
    expect(new Set(accounts.map((a) => a.code)).size).toBe(accounts.length);
    for (const account of accounts) expect(validateAccount(account, accounts), account.name).toEqual([]);
    const types = new Set(accounts.filter((a) => a.parentId === null).map((a) => a.type));
    expect([...types].sort()).toEqual(['asset', 'equity', 'expense', 'income', 'liability']);
  });

  it('names every account in every language, differently from English, without ":"', () => {
    for (const template of defaultChart) {
      for (const language of languages) {
        expect(template.names[language].trim(), `${template.key} ${language}`).not.toBe('');
        expect(template.names[language]).not.toContain(':');
      }
      expect(template.names.ru).not.toBe(template.names.en);
      expect(template.names.hu).not.toBe(template.names.en);
    }
  });

  it('stores the chosen language’s names', () => {
    const ru = createDefaultChart('ru', sequentialIds('a'), testTimestamp);
    const byId = indexAccounts(ru);
    const bank = accountWithRole(ru, 'bank')!;
    expect(accountPath(bank, byId)).toBe('Активы:Расчётный счёт');
    const hu = createDefaultChart('hu', sequentialIds('a'), testTimestamp);
    expect(accountPath(accountWithRole(hu, 'payable')!, indexAccounts(hu))).toBe('Kötelezettségek:Szállítók');
  });
});

describe('account rules', () => {
  const { accounts, id } = testChart();
  const byId = indexAccounts(accounts);
  const account = (key: string): Account => byId.get(id(key))!;

  it('joins the path of names with ":"', () => {
    expect(accountPath(account('rent'), byId)).toBe('Expenses:Rent');
    expect(accountPath(account('expenses'), byId)).toBe('Expenses');
  });

  it('lists the tree parents first, siblings by code', () => {
    const tree = accountTree(accounts);
    expect(tree[0]).toMatchObject({ path: 'Assets', depth: 0 });
    expect(tree[1]).toMatchObject({ path: 'Assets:Bank account', depth: 1 });
    expect(tree.map((node) => node.account.code)).toEqual([...accounts.map((a) => a.code)].sort());
  });

  it('refuses a move below itself or its own sub-account (no cycles)', () => {
    const expenses = account('expenses');
    expect(validateAccount({ ...expenses, parentId: id('rent') }, accounts).map((p) => p.key)).toContain('ledger.account.cycle');
    expect(validateAccount({ ...expenses, parentId: expenses.id }, accounts).map((p) => p.key)).toContain('ledger.account.cycle');
    expect(subtreeIds(expenses.id, accounts).has(id('rent'))).toBe(true);
  });

  it('refuses a parent of another type, a taken code, a ":" in the name, an empty name', () => {
    const rent = account('rent');
    expect(validateAccount({ ...rent, parentId: id('assets') }, accounts)).toEqual([
      { key: 'ledger.account.typeDiffersFromParent', params: { type: 'asset' } },
    ]);
    expect(validateAccount({ ...rent, code: '1010' }, accounts).map((p) => p.key)).toEqual(['ledger.account.codeTaken']);
    expect(validateAccount({ ...rent, name: 'Rent:Office' }, accounts).map((p) => p.key)).toEqual(['ledger.account.nameHasColon']);
    expect(validateAccount({ ...rent, name: '  ' }, accounts).map((p) => p.key)).toEqual(['ledger.account.nameRequired']);
    expect(validateAccount({ ...rent, parentId: 'nope' }, accounts).map((p) => p.key)).toEqual(['ledger.account.parentMissing']);
  });

  it('refuses a type change with postings or against the children', () => {
    const expenses = account('expenses');
    expect(validateAccount({ ...expenses, type: 'income' }, accounts).map((p) => p.key)).toEqual(['ledger.account.typeDiffersFromChildren']);
    const rent = account('rent');
    expect(validateAccount({ ...rent, type: 'income', parentId: null }, accounts, { hasPostings: true }).map((p) => p.key)).toEqual([
      'ledger.account.typeChangeWithPostings',
    ]);
  });

  it('refuses deleting an account with postings, children or a VAT code', () => {
    expect(accountDeletionProblems(account('rent'), accounts, { hasPostings: false, usedByVatCode: false })).toEqual([]);
    expect(accountDeletionProblems(account('rent'), accounts, { hasPostings: true, usedByVatCode: false }).map((p) => p.key)).toEqual(['ledger.account.hasPostings']);
    expect(accountDeletionProblems(account('assets'), accounts, { hasPostings: false, usedByVatCode: false }).map((p) => p.key)).toEqual(['ledger.account.hasChildren']);
    expect(accountDeletionProblems(account('vatInput'), accounts, { hasPostings: false, usedByVatCode: true }).map((p) => p.key)).toEqual(['ledger.account.usedByVatCode']);
  });
});
