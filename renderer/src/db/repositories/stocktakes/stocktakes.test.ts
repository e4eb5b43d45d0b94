import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { testItem, testLevel, testLocation } from '../../../../../shared/stock/stocktakeTesting';
import { createTestDb } from '../../testing';
import { createStocktakesRepository, StocktakeRejected } from '.';
import { seedStock } from './stocktakesTesting';

async function book() {
  const db = createTestDb();
  await seedStock(db, {
    items: [testItem('a', { barcodes: ['4006381333931'] }), testItem('b'), testItem('x', { archived: true })],
    locations: [testLocation('w1'), testLocation('s1', 'w1'), testLocation('s2', 'w1')],
    levels: [testLevel('a', { s1: [10, 1000], s2: [4, 400] }), testLevel('b', { s1: [3, 300] }), testLevel('x', { s2: [1, 1] })],
  });
  return { db, stocktakes: createStocktakesRepository(db) };
}

const start = { name: 'Year end', scope: { kind: 'all' as const }, blind: true, tolerancePercent: 5, date: '2026-12-03' };

describe('starting a stocktake', () => {
  it('takes the snapshot into one sheet per place and numbers it, in one audited transaction', async () => {
    const { db, stocktakes } = await book();
    const first = await stocktakes.startStocktake(start);
    const second = await stocktakes.startStocktake({ ...start, scope: { kind: 'locations', locationIds: ['s2'] } });
    expect([first.number, second.number]).toEqual(['ST-2026-001', 'ST-2026-002']);
    expect(first).toMatchObject({ status: 'counting', blind: true, lineCount: 3 });
    const sheets = await stocktakes.sheetsOf(first.id);
    expect(sheets.map((sheet) => [sheet.locationId, sheet.lines.map((line) => [line.itemId, line.expected, line.counted])])).toEqual([
      ['s1', [['a', 10, null], ['b', 3, null]]],
      ['s2', [['a', 4, null]]],
    ]);
    const settings = await db.settings.get('inventory');
    expect(settings).toMatchObject({ lastStocktakeNumbers: { 2026: 2 } });
    const audit = await db.auditLog.toArray();
    expect(audit.filter((entry) => entry.action === 'stocktakeStarted')).toHaveLength(2);
  });

  it('refuses a scope with nothing to count and stores nothing', async () => {
    const { db, stocktakes } = await book();
    await expect(stocktakes.startStocktake({ ...start, scope: { kind: 'categories', categoryIds: ['food'] } })).rejects.toMatchObject({ problem: 'nothingToCount' });
    await expect(stocktakes.startStocktake({ ...start, tolerancePercent: -1 })).rejects.toBeInstanceOf(StocktakeRejected);
    expect(await db.stocktakes.count()).toBe(0);
    expect(await db.settings.get('inventory')).toBeUndefined();
  });
});

describe('counting', () => {
  it('two people saving the same sheet keep each other’s lines; other sheets are untouched', async () => {
    const { stocktakes } = await book();
    const { id } = await stocktakes.startStocktake(start);
    await Promise.all([
      stocktakes.saveCounts({ stocktakeId: id, locationId: 's1', counts: [{ itemId: 'a', counted: 9 }], countedBy: 'Anna' }),
      stocktakes.saveCounts({ stocktakeId: id, locationId: 's1', counts: [{ itemId: 'b', counted: 3 }], countedBy: 'Béla' }),
      stocktakes.saveCounts({ stocktakeId: id, locationId: 's2', counts: [{ itemId: 'a', counted: 4 }] }),
    ]);
    const sheets = await stocktakes.sheetsOf(id);
    expect(sheets.map((sheet) => sheet.lines.map((line) => [line.itemId, line.counted, line.countedBy]))).toEqual([
      [['a', 9, 'Anna'], ['b', 3, 'Béla']],
      [['a', 4, undefined]],
    ]);
  });

  it('a recount replaces the figure and marks the line; an item found where none was expected gets a line', async () => {
    const { stocktakes } = await book();
    const { id } = await stocktakes.startStocktake(start);
    await stocktakes.saveCounts({ stocktakeId: id, locationId: 's1', counts: [{ itemId: 'a', counted: 2 }] });
    await stocktakes.saveCounts({ stocktakeId: id, locationId: 's1', counts: [{ itemId: 'a', counted: 10, recount: true }] });
    await stocktakes.saveCounts({ stocktakeId: id, locationId: 's2', counts: [{ itemId: 'b', counted: 1 }] });
    const [s1, s2] = await stocktakes.sheetsOf(id);
    expect(s1!.lines[0]).toMatchObject({ itemId: 'a', counted: 10, recounted: true });
    expect(s2!.lines).toMatchObject([{ itemId: 'a', counted: null }, { itemId: 'b', expected: 0, counted: 1 }]);
  });

  it('refuses a negative count, a fraction of the smallest unit and an archived item, saving nothing', async () => {
    const { stocktakes } = await book();
    const { id } = await stocktakes.startStocktake(start);
    const save = (itemId: string, counted: number) => stocktakes.saveCounts({ stocktakeId: id, locationId: 's2', counts: [{ itemId, counted }] });
    await expect(save('a', -1)).rejects.toMatchObject({ problem: 'negativeCount' });
    await expect(save('a', 1.5)).rejects.toMatchObject({ problem: 'negativeCount' });
    await expect(save('x', 1)).rejects.toMatchObject({ problem: 'itemArchived', values: { sku: 'X' } });
    expect((await stocktakes.sheetsOf(id))[1]!.lines.map((line) => line.counted)).toEqual([null]);
  });

  it('a cancelled stocktake takes no more counts', async () => {
    const { stocktakes } = await book();
    const { id } = await stocktakes.startStocktake(start);
    expect((await stocktakes.cancelStocktake(id)).status).toBe('cancelled');
    await expect(stocktakes.saveCounts({ stocktakeId: id, locationId: 's1', counts: [{ itemId: 'a', counted: 1 }] })).rejects.toMatchObject({ problem: 'notCounting' });
    await expect(stocktakes.cancelStocktake(id)).rejects.toMatchObject({ problem: 'notCounting' });
  });

  it('attaches an unknown scanned code to an item, refusing one another item has', async () => {
    const { db, stocktakes } = await book();
    await stocktakes.attachBarcode('b', ' 2000000000015 ');
    expect((await db.items.get('b'))!.barcodes).toEqual(['2000000000015']);
    await expect(stocktakes.attachBarcode('b', '4006381333931')).rejects.toMatchObject({ problem: 'barcodeTaken', values: { name: 'Item a' } });
  });
});
