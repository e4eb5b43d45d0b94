import { describe, expect, it } from 'vitest';
import { emptyPriceForm, preferredMarks, preferredPriceOf, priceAfterChange, priceFormOf, readPriceForm, validatePrice, type PriceDraft } from './prices';
import type { Supplier, SupplierPrice } from './types';

const item = { id: 'paper', unit: { code: 'pcs', decimals: 0 }, packs: [{ name: 'ream', contains: 500 }, { name: 'box', contains: 2500 }] };
const draft = (extra: Partial<PriceDraft> = {}): PriceDraft => ({
  itemId: 'paper', supplierId: 'office', preferred: false, supplierSku: 'CP-500', price: 450, priceUnit: 500, currency: 'EUR', packSize: 2500, minimumQuantity: 0, ...extra,
});
const stored = (id: string, extra: Partial<SupplierPrice> = {}): SupplierPrice => ({ ...draft(), id, createdAt: '', updatedAt: '', validFrom: '2026-01-01', history: [], ...extra });
const office = { id: 'office', name: 'Office Depot', archived: false } as Supplier;

describe('supplier prices', () => {
  it('reads the form: the price per ream, the pack in the item unit, no minimum', () => {
    const { draft: read, problems } = readPriceForm(
      { ...emptyPriceForm(true), supplierId: 'office', supplierSku: ' CP-500 ', price: '4.50', priceUnit: 'ream', packSize: '2 500' },
      { item, currency: 'EUR', locale: 'en-GB' },
    );
    expect(problems).toEqual([]);
    expect(read).toEqual(draft({ preferred: true }));
  });

  it('names the field of each mistake and keeps what was typed apart from the draft', () => {
    const { problems } = readPriceForm(
      { supplierId: '', supplierSku: '', price: '4,5,0', priceUnit: 'pallet', packSize: '0', minimumQuantity: '1.5', preferred: false },
      { item, currency: 'EUR', locale: 'en-GB' },
    );
    expect(problems.map((problem) => `${problem.params?.field}:${problem.code}`)).toEqual([
      'supplierId:priceSupplierMissing', 'price:priceInvalid', 'priceUnit:pricePackUnknown', 'packSize:pricePackSizeInvalid', 'minimumQuantity:priceMinimumInvalid',
    ]);
    expect(readPriceForm({ ...emptyPriceForm(false), supplierId: 'office' }, { item, currency: 'EUR', locale: 'en-GB' }).problems.map((problem) => problem.code)).toEqual(['priceMissing']);
  });

  it('writes a stored price back into the form so that it reads back the same', () => {
    const form = priceFormOf(stored('p', { minimumQuantity: 5000 }), item, 'en-GB');
    expect(readPriceForm(form, { item, currency: 'EUR', locale: 'en-GB' })).toEqual({ draft: draft({ minimumQuantity: 5000 }), problems: [] });
    expect(form).toEqual({ supplierId: 'office', supplierSku: 'CP-500', price: '4.50', priceUnit: 'ream', packSize: '2500', minimumQuantity: '5000', preferred: false });
  });

  it('refuses a second price of the same supplier for the item, and an archived supplier for a new price', () => {
    expect(validatePrice(draft(), { supplier: office, itemPrices: [stored('p1')] }).map((problem) => problem.code)).toEqual(['priceSupplierTwice']);
    expect(validatePrice(draft(), { supplier: office, itemPrices: [stored('p1')], id: 'p1' })).toEqual([]);
    expect(validatePrice(draft(), { supplier: { ...office, archived: true }, itemPrices: [] }).map((problem) => problem.code)).toEqual(['supplierArchived']);
    expect(validatePrice(draft(), { supplier: undefined, itemPrices: [] }).map((problem) => problem.code)).toEqual(['priceSupplierMissing']);
  });

  it('keeps the earlier price with the day it applied from when the price changes', () => {
    const first = priceAfterChange(undefined, draft(), { id: 'p1', at: '2026-02-01T10:00:00Z', today: '2026-02-01' });
    expect(first).toMatchObject({ id: 'p1', validFrom: '2026-02-01', history: [] });
    const skuOnly = priceAfterChange(first, draft({ supplierSku: 'CP-501' }), { id: 'x', at: '2026-03-01T10:00:00Z', today: '2026-03-01' });
    expect(skuOnly).toMatchObject({ id: 'p1', validFrom: '2026-02-01', history: [], supplierSku: 'CP-501' });
    const dearer = priceAfterChange(skuOnly, draft({ price: 480 }), { id: 'x', at: '2026-04-01T10:00:00Z', today: '2026-04-01' });
    expect(dearer).toMatchObject({ id: 'p1', price: 480, validFrom: '2026-04-01', history: [{ price: 450, priceUnit: 500, validFrom: '2026-02-01', changedAt: '2026-04-01T10:00:00Z' }] });
  });

  it('keeps exactly one preferred price per item', () => {
    const prices = [stored('a', { preferred: true }), stored('b'), stored('c')];
    expect(preferredMarks(prices, 'c').map((price) => [price.id, price.preferred])).toEqual([['a', false], ['c', true]]);
    expect(preferredMarks(prices)).toEqual([]);
    expect(preferredMarks([stored('b'), stored('c')]).map((price) => [price.id, price.preferred])).toEqual([['b', true]]);
    expect(preferredPriceOf([...prices, stored('z', { itemId: 'toner', preferred: true })], 'paper')?.id).toBe('a');
    expect(preferredPriceOf(prices, 'toner')).toBeUndefined();
  });
});
