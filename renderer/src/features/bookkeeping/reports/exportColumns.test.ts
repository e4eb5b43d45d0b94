import { describe, expect, it } from 'vitest';
import { amountCells, amountColumns, currenciesOf } from './exportColumns';

describe('amount columns of exported reports', () => {
  it('has one column per heading for one currency', () => {
    expect(amountColumns(['Debit', 'Credit'], ['HUF'])).toEqual([
      { kind: 'amount', header: 'Debit', currency: 'HUF' },
      { kind: 'amount', header: 'Credit', currency: 'HUF' },
    ]);
    expect(amountCells([100, null], 'HUF', ['HUF'])).toEqual([100, null]);
  });

  it('keeps currencies apart in their own columns', () => {
    expect(amountColumns(['Debit'], ['EUR', 'USD']).map((column) => column.header)).toEqual(['Debit EUR', 'Debit USD']);
    expect(amountCells([5, 7], 'USD', ['EUR', 'USD'])).toEqual([null, 5, null, 7]);
  });

  it('lists the currencies of the rows, or the fallback for none', () => {
    expect(currenciesOf([{ currency: 'USD' }, { currency: 'EUR' }, { currency: 'USD' }], 'HUF')).toEqual(['EUR', 'USD']);
    expect(currenciesOf([], 'HUF')).toEqual(['HUF']);
  });
});
