import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { levelsFromMovements, movementsOfBlocks } from '../../../../../shared/stock';
import { stocktakeVariances } from '../../../../../shared/stock/countVariance';
import type { BackofficeDb } from '../../database';
import { storedEntries } from '../../testing';
import { createLedgerRepository } from '../ledger';
import { createStockRepository } from '../stock';
import { stockTestBook } from '../stock/stockTesting';
import { createStocktakesRepository } from '.';

const opened: BackofficeDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const manual = { kind: 'manual' as const };

/** Paper 1000 sheets at 10.00 per 500 on the main shelf, 8 toners at 90.00 on shelf A. */
async function book() {
  const made = await stockTestBook();
  opened.push(made.db);
  const stock = createStockRepository(made.db);
  const { items, places } = made;
  await stock.record([
    { date: '2026-03-01', kind: 'receipt', itemId: items.paper.id, locationId: places.main.id, quantity: 1000, value: 2_000, source: manual },
    { date: '2026-03-01', kind: 'receipt', itemId: items.toner.id, locationId: places.shelf.id, quantity: 8, value: 72_000, source: manual },
  ]);
  return { ...made, stock, stocktakes: createStocktakesRepository(made.db), ledger: createLedgerRepository(made.db) };
}

const start = { name: 'March count', scope: { kind: 'all' as const }, blind: true, tolerancePercent: 5, date: '2026-03-20' };

async function records(db: BackofficeDb) {
  return { blocks: await db.stockBlocks.toArray(), levels: await db.stockLevels.toArray(), entries: await db.entryBlocks.toArray(), stocktakes: await db.stocktakes.toArray() };
}

describe('approving a stocktake', () => {
  it('brings each counted place to its count, movements during the count included, and posts one entry in the same write', async () => {
    const { db, stock, stocktakes, items, places, id } = await book();
    const stocktake = await stocktakes.startStocktake(start);
    // Counted while 100 sheets went out: 880 counted, so 20 sheets are missing.
    await stock.record([{ date: '2026-03-20', kind: 'issue', itemId: items.paper.id, locationId: places.main.id, quantity: -100, source: manual }]);
    await stocktakes.saveCounts({ stocktakeId: stocktake.id, locationId: places.main.id, counts: [{ itemId: items.paper.id, counted: 880 }] });
    await stocktakes.saveCounts({ stocktakeId: stocktake.id, locationId: places.shelf.id, counts: [{ itemId: items.toner.id, counted: 9 }] });

    const approved = await stocktakes.approveStocktake(stocktake.id, { uncountedMeansZero: false, date: '2026-03-21' });
    expect(approved).toMatchObject({ status: 'approved', approvedDate: '2026-03-21', accuracy: 5000 });
    const paper = await db.stockLevels.get(items.paper.id);
    const toner = await db.stockLevels.get(items.toner.id);
    expect(paper).toMatchObject({ quantity: 880, lastCounted: '2026-03-21' });
    expect(toner).toMatchObject({ quantity: 9, value: 81_000, lastCounted: '2026-03-21' });

    const movements = movementsOfBlocks(await db.stockBlocks.toArray()).filter((movement) => movement.kind === 'count');
    expect(movements.map((movement) => [movement.itemId, movement.quantity, movement.value, movement.source])).toEqual([
      [items.paper.id, -20, -40, { kind: 'count', id: stocktake.id }],
      [items.toner.id, 1, 9_000, { kind: 'count', id: stocktake.id }],
    ]);
    const entry = (await storedEntries(db)).find((candidate) => candidate.id === approved.entryId)!;
    expect(entry).toMatchObject({ date: '2026-03-21', memo: stocktake.number, status: 'posted' });
    expect(entry.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ accountId: id('inventory'), debit: 8_960 }),
        expect.objectContaining({ accountId: id('otherExpenses'), credit: 8_960 }),
      ]),
    );
    // Afterwards the stocktake still shows the variances it posted, not its own adjustments.
    const view = (await stocktakes.readStocktakeView(stocktake.id))!;
    expect(stocktakeVariances(view.stocktake, view.sheets, view.moved, view.levels).map((line) => [line.expectedNow, line.quantity])).toEqual([
      [900, -20],
      [8, 1],
    ]);
    // The levels kept still equal the levels rebuilt from every movement.
    const rebuilt = levelsFromMovements(movementsOfBlocks(await db.stockBlocks.toArray()));
    expect(rebuilt.map(({ itemId, quantity, value }) => ({ itemId, quantity, value }))).toEqual(
      expect.arrayContaining([paper, toner].map((level) => ({ itemId: level!.itemId, quantity: level!.quantity, value: level!.value }))),
    );
  });

  it('approving twice does nothing the second time', async () => {
    const { db, stocktakes, items, places } = await book();
    const { id: stocktakeId } = await stocktakes.startStocktake(start);
    await stocktakes.saveCounts({ stocktakeId, locationId: places.main.id, counts: [{ itemId: items.paper.id, counted: 900 }] });
    const [first, second] = await Promise.all([
      stocktakes.approveStocktake(stocktakeId, { uncountedMeansZero: false, date: '2026-03-21' }),
      stocktakes.approveStocktake(stocktakeId, { uncountedMeansZero: false, date: '2026-03-21' }),
    ]);
    expect(second).toEqual(first);
    const after = await records(db);
    const audit = await db.auditLog.count();
    expect(await stocktakes.approveStocktake(stocktakeId, { uncountedMeansZero: true, date: '2026-03-22' })).toEqual(first);
    expect(await records(db)).toEqual(after);
    expect(await db.auditLog.count()).toBe(audit);
    expect(movementsOfBlocks(after.blocks).filter((movement) => movement.kind === 'count')).toHaveLength(1);
  });

  it('a locked period refuses approval with a clear reason and posts nothing', async () => {
    const { db, stocktakes, ledger, items, places } = await book();
    const { id: stocktakeId } = await stocktakes.startStocktake(start);
    await stocktakes.saveCounts({ stocktakeId, locationId: places.main.id, counts: [{ itemId: items.paper.id, counted: 900 }] });
    await ledger.setLockDate('2026-03-31');
    const before = await records(db);
    await expect(stocktakes.approveStocktake(stocktakeId, { uncountedMeansZero: false, date: '2026-03-21' })).rejects.toMatchObject({
      problem: 'periodLocked',
      values: { date: '2026-03-21', lockDate: '2026-03-31' },
    });
    expect(await records(db)).toEqual(before);
  });

  it('uncounted lines are left alone unless uncounted means zero', async () => {
    const { db, stocktakes, items, places } = await book();
    const first = await stocktakes.startStocktake(start);
    await stocktakes.saveCounts({ stocktakeId: first.id, locationId: places.main.id, counts: [{ itemId: items.paper.id, counted: 1000 }] });
    await stocktakes.approveStocktake(first.id, { uncountedMeansZero: false, date: '2026-03-21' });
    expect(await db.stockLevels.get(items.toner.id)).toMatchObject({ quantity: 8 });
    expect((await db.stockLevels.get(items.toner.id))!.lastCounted).toBeUndefined();

    const second = await stocktakes.startStocktake(start);
    await stocktakes.approveStocktake(second.id, { uncountedMeansZero: true, date: '2026-03-22' });
    expect(await db.stockLevels.get(items.toner.id)).toMatchObject({ quantity: 0, value: 0, lastCounted: '2026-03-22' });
  });

  it('is one transaction: when the last write fails, no movement, entry or level change stays', async () => {
    const { db, stocktakes, items, places } = await book();
    const { id: stocktakeId } = await stocktakes.startStocktake(start);
    await stocktakes.saveCounts({ stocktakeId, locationId: places.main.id, counts: [{ itemId: items.paper.id, counted: 900 }] });
    const before = await records(db);
    db.stocktakes.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(stocktakes.approveStocktake(stocktakeId, { uncountedMeansZero: false, date: '2026-03-21' })).rejects.toThrow('disk full');
    expect(await records(db)).toEqual(before);
  });

  it('cancelling posts nothing', async () => {
    const { db, stocktakes, items, places } = await book();
    const { id: stocktakeId } = await stocktakes.startStocktake(start);
    await stocktakes.saveCounts({ stocktakeId, locationId: places.main.id, counts: [{ itemId: items.paper.id, counted: 1 }] });
    const before = await records(db);
    await stocktakes.cancelStocktake(stocktakeId);
    const after = await records(db);
    expect({ ...after, stocktakes: [] }).toEqual({ ...before, stocktakes: [] });
    await expect(stocktakes.approveStocktake(stocktakeId, { uncountedMeansZero: false })).rejects.toMatchObject({ problem: 'notCounting' });
  });
});
