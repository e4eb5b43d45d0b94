import { describe, expect, it } from 'vitest';
import { itemMap, itemsToReorder, onHandByCategory, onHandByItem, onHandByLocation, totalsOf, valuation, type ItemRef } from './stockViews';
import type { StockLevel, StockLocation } from './types';

const at = '2026-12-01T00:00:00.000Z';
const place = (id: string, name: string, parentId: string | null): StockLocation => ({ id, code: id, name, parentId, kind: parentId ? 'shelf' : 'warehouse', archived: false, createdAt: at, updatedAt: at });
const item = (id: string, sku: string, categoryId: string, reorderPoint: number | null = null, reorderQuantity: number | null = null): ItemRef => ({
  id,
  sku,
  name: `Item ${sku}`,
  categoryId,
  unit: { code: 'pcs', decimals: 0 },
  reorderPoint,
  reorderQuantity,
});
const level = (itemId: string, byLocation: Record<string, [number, number]>): StockLevel => {
  const entries = Object.entries(byLocation);
  return {
    itemId,
    quantity: entries.reduce((sum, [, [quantity]]) => sum + quantity, 0),
    value: entries.reduce((sum, [, [, value]]) => sum + value, 0),
    byLocation: Object.fromEntries(entries.map(([id, [quantity, value]]) => [id, { quantity, value }])),
    periods: ['2026-12'],
  };
};

const locations = [place('w', 'Main', null), place('a', 'Shelf A', 'w'), place('b', 'Shelf B', 'w')];
const items = [item('pen', 'SKU-10', 'stationery', 20, 100), item('paper', 'SKU-2', 'stationery', 5), item('soap', 'SKU-3', 'cleaning', 10), item('tea', 'SKU-4', 'food')];
const levels = [level('pen', { a: [12, 1200], b: [3, 300] }), level('paper', { a: [5, 2500] }), level('soap', { b: [0, 0] }), level('ghost', { a: [1, 50] })];

describe('stock views', () => {
  it('lists on hand by item in SKU order, skipping items with nothing on hand, keeping unknown items by id', () => {
    const rows = onHandByItem(levels, itemMap(items));
    expect(rows.map((row) => [row.sku, row.quantity, row.value])).toEqual([
      ['ghost', 1, 50],
      ['SKU-2', 5, 2500],
      ['SKU-10', 15, 1500],
    ]);
    expect(totalsOf(rows)).toEqual({ value: 4050, itemCount: 3 });
  });

  it('lists on hand by location path, then SKU', () => {
    const rows = onHandByLocation(levels, itemMap(items), locations);
    expect(rows.map((row) => [row.place, row.sku, row.quantity])).toEqual([
      ['Main › Shelf A', 'ghost', 1],
      ['Main › Shelf A', 'SKU-2', 5],
      ['Main › Shelf A', 'SKU-10', 12],
      ['Main › Shelf B', 'SKU-10', 3],
    ]);
  });

  it('sums value per category', () => {
    expect(onHandByCategory(levels, itemMap(items), ['stationery', 'cleaning', 'food'])).toEqual([
      { categoryId: 'stationery', itemCount: 2, value: 4000 },
      { categoryId: '', itemCount: 1, value: 50 },
    ]);
  });

  it('lists items at or below their reorder point, with their usual reorder quantity', () => {
    const rows = itemsToReorder(levels, items);
    expect(rows.map((row) => [row.sku, row.quantity, row.reorderPoint, row.suggested])).toEqual([
      ['SKU-2', 5, 5, null],
      ['SKU-3', 0, 10, null],
      ['SKU-10', 15, 20, 100],
    ]);
  });

  it('values stock by item, location and category', () => {
    const map = itemMap(items);
    expect(valuation(levels, map, locations, 'item', (id) => id).map((row) => row.value)).toEqual([50, 2500, 1500]);
    expect(valuation(levels, map, locations, 'location', (id) => id)).toEqual([
      { key: 'a', label: 'Main › Shelf A', quantity: null, value: 3750 },
      { key: 'b', label: 'Main › Shelf B', quantity: null, value: 300 },
    ]);
    expect(valuation(levels, map, locations, 'category', (id) => (id ? `Cat ${id}` : 'None')).map((row) => [row.label, row.value])).toEqual([
      ['Cat stationery', 4000],
      ['None', 50],
    ]);
  });
});
