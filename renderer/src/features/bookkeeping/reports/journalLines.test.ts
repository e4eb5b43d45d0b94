import { describe, expect, it } from 'vitest';
import { journalReport } from '../../../../../shared/ledger/journalReport';
import { cr, dr, testChart, testEntry } from '../../../../../shared/ledger/testing';
import { journalLines } from './journalLines';

describe('journal lines', () => {
  const { accounts, id } = testChart('en');
  const report = journalReport({
    accounts,
    from: '2026-01-01',
    to: '2026-12-31',
    entries: [
      testEntry('e1', '2026-01-05', [dr(id('bank'), 100), cr(id('sales'), 80), cr(id('vatOutput'), 20)], { payee: 'Northwind', memo: 'Goods', number: '2026-0001' }),
      testEntry('e2', '2026-01-06', [dr(id('rent'), 50, { memo: 'January' }), cr(id('bank'), 50)], { memo: 'Rent only' }),
    ],
  });

  it('puts the payee on an entry’s first line and its memo on the second', () => {
    expect(journalLines(report).map((line) => [line.first, line.description, line.path, line.lineMemo])).toEqual([
      [true, 'Northwind', 'Assets:Bank account', ''],
      [false, 'Goods', 'Income:Sales of goods', ''],
      [false, '', 'Liabilities:Output VAT', ''],
      [true, 'Rent only', 'Expenses:Rent', 'January'],
      [false, '', 'Assets:Bank account', ''],
    ]);
  });
});
