import { describe, expect, it } from 'vitest';
import { itemDraftOf, itemFormValuesOf } from './itemFormValues';
import { filterItems, type ItemRow } from './itemRows';

const at = '2026-03-01T00:00:00.000Z';
const row = (sku: string, name: string, change: Partial<ItemRow> = {}): ItemRow => ({
  id: sku, createdAt: at, updatedAt: at, sku, name, categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 }, packs: [], barcodes: [],
  vatCodeId: null, accountId: null, reorderPoint: null, reorderQuantity: null, archived: false, categoryName: 'Stationery', onHand: undefined, ...change,
});
const rows = [
  row('PEN-BL', 'Ballpoint pen blue', { barcodes: ['4006381333931', '96385074'] }),
  row('PAP-A4', 'Copy paper A4'),
  row('COF-1', 'Coffee beans', { categoryId: 'food' }),
  row('OLD-1', 'Old blue pen', { archived: true }),
];
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const skus = (search: string, extra: { categoryId?: string; showArchived?: boolean } = {}) =>
  filterItems(rows, { search, categoryId: extra.categoryId ?? '', showArchived: extra.showArchived ?? false }, collator).map((item) => item.sku);

describe('the items list', () => {
  it('finds items by SKU or by the words of their name, in any case, sorted by name', () => {
    expect(skus('')).toEqual(['PEN-BL', 'COF-1', 'PAP-A4']);
    expect(skus('pap')).toEqual(['PAP-A4']);
    expect(skus('BLUE pen')).toEqual(['PEN-BL']);
  });

  it('finds an item by any of its barcodes, typed with spaces or scanned whole', () => {
    expect(skus('9638 5074')).toEqual(['PEN-BL']);
    expect(skus('4006381333931')).toEqual(['PEN-BL']);
    expect(skus('5901234123457')).toEqual([]);
  });

  it('narrows to a category and shows archived items only when asked', () => {
    expect(skus('', { categoryId: 'food' })).toEqual(['COF-1']);
    expect(skus('blue', { showArchived: true })).toEqual(['PEN-BL', 'OLD-1']);
  });
});

describe('the item form', () => {
  it('reads typed quantities in the unit: 2,5 kg is 2500 and a box of 25 kg is 25000', () => {
    const values = { ...itemFormValuesOf(undefined, { categoryId: 'food' }), sku: 'C', name: 'Coffee', unitCode: 'kg', decimals: '3' };
    const { draft, problems } = itemDraftOf({ ...values, reorderPoint: '2,5', packs: [{ name: 'sack', size: '25' }, { name: '', size: '' }], barcodes: ['', '036000291452'] });
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({ unit: { code: 'kg', decimals: 3 }, reorderPoint: 2500, reorderQuantity: null, packs: [{ name: 'sack', contains: 25_000 }], barcodes: ['036000291452'] });
  });

  it('names the field whose quantity does not read, and keeps the text for the user to correct', () => {
    const values = { ...itemFormValuesOf(undefined, { categoryId: 'food' }), reorderQuantity: '1.5', packs: [{ name: 'pack', size: 'ten' }] };
    const { problems } = itemDraftOf(values);
    expect(problems.map((found) => [found.field, found.key])).toEqual([
      ['packs', 'packSizeInvalid'],
      ['reorderQuantity', 'quantityInvalid'],
    ]);
    expect(values.reorderQuantity).toBe('1.5');
  });

  it('shows a stored item as text in its unit', () => {
    const values = itemFormValuesOf(row('COF-1', 'Coffee', { unit: { code: 'kg', decimals: 3 }, reorderPoint: 2500, packs: [{ name: 'sack', contains: 25_000 }] }), { categoryId: 'other' });
    expect(values).toMatchObject({ decimals: '3', reorderPoint: '2.5', packs: [{ name: 'sack', size: '25' }], barcodes: [''] });
  });
});
