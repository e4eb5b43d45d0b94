import { describe, expect, it } from 'vitest';
import { bucketsFromEntries } from '../../../../../shared/ledger/buckets';
import { incomeStatement } from '../../../../../shared/ledger/incomeStatement';
import { cr, dr, testChart, testEntry } from '../../../../../shared/ledger/testing';
import type { Account } from '../../../../../shared/ledger/types';
import { sectionLines } from './statementLines';

const direct = (name: string) => `${name} (direct)`;
const totalOf = (name: string) => `Total ${name}`;
const brief = (lines: ReturnType<typeof sectionLines>) => lines.map((line) => [line.kind, line.label, line.depth, line.value ?? null, line.compareValue ?? null]);

describe('statement lines', () => {
  const { accounts, id } = testChart('en');
  const travel = accounts.find((account) => account.templateKey === 'travel')!;
  const taxi: Account = { ...travel, id: 'a-taxi', name: 'Taxi', code: '5710', parentId: travel.id, templateKey: undefined };
  const chart = [...accounts, taxi];
  const buckets = bucketsFromEntries([
    testEntry('e1', '2026-01-10', [dr(id('bank'), 1000), cr(id('sales'), 1000)]),
    testEntry('e2', '2026-01-11', [dr(id('rent'), 300), cr(id('bank'), 300)]),
    testEntry('e3', '2026-01-12', [dr(id('travel'), 50), dr('a-taxi', 20), cr(id('bank'), 70)]),
    testEntry('e4', '2025-01-12', [dr(id('rent'), 280), cr(id('bank'), 280)]),
  ]);
  const statement = incomeStatement({ accounts: chart, buckets, from: '2026-01-01', to: '2026-12-31', currency: 'EUR', compare: { from: '2025-01-01', to: '2025-12-31' } });

  it('heads a one-root section by the section itself and closes nested parents with their totals', () => {
    const lines = sectionLines({ key: 'expense', title: 'Expenses', section: statement.expenses, totalLabel: 'Total expenses' }, direct, totalOf);
    expect(brief(lines)).toEqual([
      ['section', 'Expenses', 0, null, null],
      ['account', 'Rent', 0, 300, 280],
      ['header', 'Travel', 0, null, null],
      ['direct', 'Travel (direct)', 1, 50, 0],
      ['account', 'Taxi', 1, 20, 0],
      ['subtotal', 'Total Travel', 0, 70, 0],
      ['total', 'Total expenses', 0, 370, 280],
    ]);
    expect(lines.find((line) => line.label === 'Rent')?.accountId).toBe(id('rent'));
  });

  it('adds extras before a total that may be the report’s own', () => {
    const lines = sectionLines(
      { key: 'income', title: 'Income', section: statement.income, totalLabel: 'Total', extras: [{ key: 'x', label: 'Extra', value: 5 }], total: { value: 1005 } },
      direct,
      totalOf,
    );
    expect(brief(lines).slice(-2)).toEqual([
      ['extra', 'Extra', 0, 5, null],
      ['total', 'Total', 0, 1005, null],
    ]);
  });
});
