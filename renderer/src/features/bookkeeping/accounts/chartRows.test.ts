import { describe, expect, it } from 'vitest';
import { accountTree } from '../../../../../shared/ledger/accounts';
import type { Account } from '../../../../../shared/ledger/types';
import type { Money } from '../../../../../shared/money';
import { chartRows } from './chartRows';

const at = '2026-01-01T00:00:00.000Z';
const account = (id: string, code: string, name: string, parentId: string | null, archived = false): Account =>
  ({ id, code, name, parentId, type: 'asset', archived, createdAt: at, updatedAt: at }) as Account;

const chart = [
  account('assets', '1000', 'Assets', null),
  account('bank', '1010', 'Bank', 'assets'),
  account('bankEur', '1020', 'Bank EUR', 'assets'),
  account('cash', '1100', 'Cash', 'assets'),
  account('till', '1110', 'Till', 'cash', true),
  account('income', '4000', 'Income', null),
];
const tree = accountTree(chart);
const huf = (minor: number): Money => ({ minor, currency: 'HUF' });
const eur = (minor: number): Money => ({ minor, currency: 'EUR' });
const balances = new Map<string, Money[]>([
  ['bank', [huf(1_200_000)]],
  ['bankEur', [eur(125_000)]],
  ['cash', [huf(5_000)]],
  ['till', [huf(300)]],
]);
const view = { baseCurrency: 'HUF', search: '', collapsed: new Set<string>(), showArchived: false };
const byCode = (rows: ReturnType<typeof chartRows>) => Object.fromEntries(rows.map((row) => [row.account.code, row]));

describe('chartRows', () => {
  it('gives a parent the subtotal of its sub-accounts per currency, base currency first, archived money included', () => {
    const rows = byCode(chartRows(tree, balances, view));
    expect(rows['1000']!.balance).toEqual([huf(1_205_300), eur(125_000)]);
    expect(rows['1100']!.balance).toEqual([huf(5_300)]);
    expect(rows['1020']!.balance).toEqual([eur(125_000)]);
    expect(rows['4000']!.balance).toEqual([]);
    expect(rows['1110']).toBeUndefined();
    expect(rows['1000']!.hasChildren).toBe(true);
    expect(rows['1010']!.hasChildren).toBe(false);
  });

  it('hides the sub-accounts of a collapsed parent, at every depth', () => {
    const rows = chartRows(tree, balances, { ...view, showArchived: true, collapsed: new Set(['assets']) });
    expect(rows.map((row) => row.account.code)).toEqual(['1000', '4000']);
    expect(rows[0]!.collapsed).toBe(true);
  });

  it('finds by code or name and shows each match under its parents, whatever is collapsed', () => {
    const byName = chartRows(tree, balances, { ...view, search: 'eur', collapsed: new Set(['assets']) });
    expect(byName.map((row) => row.account.code)).toEqual(['1000', '1020']);
    expect(byName[0]!.collapsed).toBe(false);
    expect(chartRows(tree, balances, { ...view, search: '110' }).map((row) => row.account.code)).toEqual(['1000', '1100']);
    expect(chartRows(tree, balances, { ...view, search: 'nothing' })).toEqual([]);
  });
});
