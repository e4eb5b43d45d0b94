import { describe, expect, it } from 'vitest';
import type { VatCode } from '../ledger/types';
import { orderLineProblems, orderLinesProblems, orderTotals, vatTotalsOf } from './orders';
import type { OrderLine } from './types';

const vat = (id: string, code: string, numerator: number, kind: 'input' | 'output' = 'input'): VatCode => ({
  id, code, name: code, rate: { numerator, denominator: 100 }, kind, accountId: 'vat', archived: false, createdAt: '', updatedAt: '',
});
const codes = [vat('v27', 'V27', 27), vat('v5', 'V5', 5), vat('s27', 'S27', 27, 'output')];

const line = (extra: Partial<OrderLine> = {}): OrderLine => ({
  id: 'l', itemId: 'paper', description: 'Copy paper', supplierSku: '', quantity: 1, unit: { code: 'pcs', decimals: 0 }, price: 100, priceUnit: 1,
  vatCodeId: 'v27', accountId: null, received: 0, billed: 0, closedShort: false, requestIds: [], ...extra,
});

describe('order lines', () => {
  it('accepts an item line and a free-text line', () => {
    expect(orderLinesProblems([line(), line({ itemId: null, description: 'Delivery' })], codes)).toEqual([]);
  });

  it('refuses a line with neither item nor text, a zero quantity, a negative price, a price unit below one, an output VAT code', () => {
    const codesOf = (candidate: OrderLine) => orderLineProblems(candidate, 3, codes).map((problem) => problem.code);
    expect(codesOf(line({ itemId: null, description: '  ' }))).toEqual(['orderLineWhat']);
    expect(codesOf(line({ quantity: 0 }))).toEqual(['orderLineQuantity']);
    expect(codesOf(line({ quantity: 1.5 }))).toEqual(['orderLineQuantity']);
    expect(codesOf(line({ price: -1 }))).toEqual(['orderLinePrice']);
    expect(codesOf(line({ priceUnit: 0 }))).toEqual(['orderLinePriceUnit']);
    expect(codesOf(line({ vatCodeId: 's27' }))).toEqual(['orderLineVatCode']);
    expect(codesOf(line({ vatCodeId: 'gone' }))).toEqual(['orderLineVatCode']);
    expect(orderLineProblems(line({ quantity: 0 }), 3, codes)[0]!.params).toEqual({ line: '3' });
  });

  it('takes a line without a VAT code', () => {
    expect(orderLineProblems(line({ vatCodeId: null }), 1, codes)).toEqual([]);
  });
});

describe('order totals', () => {
  it('adds the nets of a rate first and rounds its VAT once, as the bill entry does', () => {
    // Three lines of 0.05 at 27 %: rounded per line 0.01 × 3 = 0.03; once per rate 0.0405 → 0.04.
    const lines = [line({ price: 5 }), line({ price: 5 }), line({ price: 5 })];
    const totals = orderTotals({ lines, currency: 'EUR' }, codes);
    expect(totals.perVat).toEqual([{ vatCodeId: 'v27', code: 'V27', net: 15, vat: 4, gross: 19 }]);
    expect(totals).toMatchObject({ net: 15, vat: 4, gross: 19 });
  });

  it('keeps rates apart, in the VAT code list order, lines without VAT last', () => {
    const lines = [line({ vatCodeId: null, price: 1000 }), line({ vatCodeId: 'v5', price: 1990 }), line({ quantity: 2500, price: 450, priceUnit: 500 })];
    const totals = orderTotals({ lines, currency: 'EUR' }, codes);
    expect(totals.perVat).toEqual([
      { vatCodeId: 'v27', code: 'V27', net: 2250, vat: 608, gross: 2858 },
      { vatCodeId: 'v5', code: 'V5', net: 1990, vat: 100, gross: 2090 },
      { vatCodeId: null, code: '', net: 1000, vat: 0, gross: 1000 },
    ]);
    expect(totals).toMatchObject({ net: 5240, vat: 708, gross: 5948 });
  });

  it('rounds a line net once, half-even, from quantity × price / price unit', () => {
    // 3 pieces of a 100-piece box at 12.50: 0.375 → 0.38 (half-even of 37.5 is 38).
    expect(orderTotals({ lines: [line({ quantity: 3, price: 1250, priceUnit: 100, vatCodeId: null })], currency: 'EUR' }, codes).net).toBe(38);
  });

  it('lets a bill reuse the per-rate VAT on its own priced lines', () => {
    expect(vatTotalsOf([{ net: 1001, vatCodeId: 'v27' }, { net: 999, vatCodeId: 'v27' }], codes, 'EUR')).toEqual([{ vatCodeId: 'v27', code: 'V27', net: 2000, vat: 540, gross: 2540 }]);
    expect(vatTotalsOf([], codes, 'EUR')).toEqual([]);
  });
});
