import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { MovementDraft, StockLevel } from '../../../../../shared/stock';
import { writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { createStockRepository } from '.';
import { importStockMovements, negativeStockOfImport, rebuildStockLevels } from './importing';
import { stockTestBook } from './stockTesting';

const opened: BackofficeDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function book() {
  const made = await stockTestBook();
  opened.push(made.db);
  return made;
}

const source = { kind: 'import' as const, id: 'file-1' };

describe('importing stock movements', () => {
  it('writes a file in chunks with progress, in date order, and ends with the levels a rebuild gives', async () => {
    const { db, items, places } = await book();
    const drafts: MovementDraft[] = [];
    for (let day = 1; day <= 20; day += 1) {
      const date = `2026-02-${String(day).padStart(2, '0')}`;
      drafts.push({ date, kind: 'receipt', itemId: items.paper.id, locationId: places.main.id, quantity: 100, value: 1000 + day, source });
      drafts.push({ date, kind: 'transferOut', itemId: items.paper.id, locationId: places.main.id, quantity: -10, transferId: `t${day}`, source });
      drafts.push({ date, kind: 'transferIn', itemId: items.paper.id, locationId: places.shelf.id, quantity: 10, transferId: `t${day}`, source });
      drafts.push({ date, kind: 'issue', itemId: items.toner.id, locationId: places.main.id, quantity: -1, source });
    }
    drafts.unshift({ date: '2026-01-31', kind: 'opening', itemId: items.toner.id, locationId: places.main.id, quantity: 50, value: 45_000, source });
    const progress: number[] = [];
    const outcome = await importStockMovements(db, drafts.reverse(), { allowNegative: false, memo: 'Import', chunkSize: 7, onProgress: (step) => progress.push(step.done) });
    expect(outcome).toEqual({ imported: 81, total: 81, cancelled: false });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(81);
    expect(progress.length).toBeGreaterThan(10);
    expect(await db.stockLevels.get(items.toner.id)).toMatchObject({ quantity: 30, value: 27_000 });
    expect(await db.stockLevels.get(items.paper.id)).toMatchObject({ quantity: 2000, byLocation: { [places.shelf.id]: { quantity: 200 } } });
    const maintained = await db.stockLevels.toArray();
    expect(await rebuildStockLevels(db)).toEqual({ items: 2, corrected: 0 });
    expect(await db.stockLevels.toArray()).toEqual(maintained);
  });

  it('stops between chunks when cancelled, keeping what was written and saying how much', async () => {
    const { db, items, places } = await book();
    const drafts: MovementDraft[] = Array.from({ length: 30 }, (_, index) => ({ date: '2026-03-01', kind: 'receipt', itemId: items.toner.id, locationId: places.main.id, quantity: 1, value: 100 + index, source }));
    const controller = new AbortController();
    const outcome = await importStockMovements(db, drafts, { allowNegative: false, memo: 'Import', chunkSize: 10, signal: controller.signal, onProgress: (step) => step.done === 10 && controller.abort() });
    expect(outcome).toEqual({ imported: 10, total: 30, cancelled: true });
    expect(await db.stockLevels.get(items.toner.id)).toMatchObject({ quantity: 10 });
  });

  it('finds before writing where the file would take stock below zero', async () => {
    const { db, items, places } = await book();
    await createStockRepository(db).record([{ date: '2026-03-01', kind: 'receipt', itemId: items.toner.id, locationId: places.main.id, quantity: 2, value: 200, source }]);
    const negative = await negativeStockOfImport(db, [{ date: '2026-03-02', kind: 'issue', itemId: items.toner.id, locationId: places.main.id, quantity: -5, source }]);
    expect(negative).toEqual([{ itemId: items.toner.id, locationId: places.main.id, quantity: -3 }]);
  });
});

describe('rebuilding stock levels', () => {
  it('puts back a level that disagrees with the movements, keeping its last count date, and logs it', async () => {
    const { db, items, places } = await book();
    await createStockRepository(db).record([
      { date: '2026-03-01', kind: 'receipt', itemId: items.toner.id, locationId: places.main.id, quantity: 4, value: 400, source },
      { date: '2026-03-01', kind: 'receipt', itemId: items.paper.id, locationId: places.main.id, quantity: 500, value: 5_000, source },
    ]);
    const right = await db.stockLevels.get(items.toner.id);
    const broken: StockLevel = { ...right!, quantity: 99, lastCounted: '2026-03-02' };
    await writeWithAudit(db, [db.stockLevels], 'stockMovementsRecorded', async () => {
      await db.stockLevels.put(broken);
      await db.stockLevels.put({ itemId: 'gone', quantity: 1, value: 1, byLocation: {}, periods: [] });
      return { result: null, recordIds: [] };
    });
    expect(await rebuildStockLevels(db)).toEqual({ items: 2, corrected: 2 });
    expect(await db.stockLevels.get(items.toner.id)).toEqual({ ...right, lastCounted: '2026-03-02' });
    expect(await db.stockLevels.get('gone')).toBeUndefined();
    expect((await db.auditLog.toArray()).at(-1)).toMatchObject({ action: 'stockLevelsRebuilt', recordIds: [items.toner.id, 'gone'] });
  });
});
