import { describe, expect, it } from 'vitest';
import { testItem, testLocation } from '../../../../../shared/stock/stocktakeTesting';
import type { StocktakeView } from '../../../db/repositories/stocktakes';
import { catalogIndex, countingRows, rowForScan, scanIndex } from './countingRows';

const items = [testItem('paper', { sku: 'P-A4', barcodes: ['4006381333931'] }), testItem('toner', { sku: 't-05a' }), testItem('pen', { sku: 'PEN', archived: true })];
const view: StocktakeView = {
  stocktake: { id: 'st', createdAt: '', updatedAt: '', number: 'ST-2026-001', name: '', scope: { kind: 'all' }, blind: true, tolerancePercent: 5, status: 'counting', snapshotAt: '', date: '2026-03-15', lineCount: 3 },
  sheets: [
    { stocktakeId: 'st', locationId: 'b', updatedAt: '', lines: [{ itemId: 'paper', expected: 10, counted: null }] },
    { stocktakeId: 'st', locationId: 'a', updatedAt: '', lines: [{ itemId: 'paper', expected: 10, counted: 4 }, { itemId: 'toner', expected: 2, counted: null }] },
  ],
  items: new Map(items.map((item) => [item.id, item])),
  locations: new Map([testLocation('a', null, { code: 'A-01' }), testLocation('b', null, { code: 'A-02' })].map((location) => [location.id, location])),
  levels: new Map(),
  moved: new Map(),
};

describe('the counting screen’s rows and scan index', () => {
  const rows = countingRows(view, null);
  const index = scanIndex(rows);

  it('walks places by code and flags a count beyond tolerance', () => {
    expect(rows.map((row) => [row.location.code, row.item.id, row.status])).toEqual([
      ['A-01', 'paper', 'recount'],
      ['A-01', 'toner', 'uncounted'],
      ['A-02', 'paper', 'uncounted'],
    ]);
  });

  it('finds a row by barcode or SKU, whatever the case, preferring a line still to count', () => {
    expect(rowForScan(rows, index.get('4006381333931')!)).toBe(2);
    expect(rowForScan(rows, index.get('P-A4')!)).toBe(2);
    expect(rowForScan(rows, index.get('T-05A')!)).toBe(1);
    expect(index.get('NOPE')).toBeUndefined();
  });

  it('finds catalog items not on the sheets, archived ones too (to say so)', () => {
    expect(catalogIndex(view.items.values()).get('PEN')?.archived).toBe(true);
  });
});
