import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { levelsFromMovements, movementsOfBlocks } from '../../../../../shared/stock';
import type { BackofficeDb } from '../../database';
import { unguardedConnection } from '../../testing';
import { createLedgerRepository } from '../ledger';
import { createStockRepository, StockRejected, StockWouldGoNegative } from '.';
import { stockTestBook } from './stockTesting';

const opened: BackofficeDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function book() {
  const made = await stockTestBook();
  opened.push(made.db);
  return { ...made, stock: createStockRepository(made.db) };
}

const manual = { kind: 'manual' as const };

async function snapshot(db: BackofficeDb) {
  return { blocks: await db.stockBlocks.toArray(), levels: await db.stockLevels.toArray(), entries: await db.entryBlocks.toArray(), balances: await db.balances.toArray() };
}

describe('recording stock movements', () => {
  it('a receipt with a cost and an issue post to the books in the same write; the inventory account equals the stock value', async () => {
    const { db, stock, items, places, id } = await book();
    const received = await stock.record([{ date: '2026-03-02', kind: 'receipt', itemId: items.toner.id, locationId: places.main.id, quantity: 4, value: 36_000, source: manual }], { memo: 'Toner delivery' });
    expect(received.entries).toHaveLength(1);
    expect(received.movements[0]!.entryId).toBe(received.entries[0]!.id);
    expect(received.entries[0]!.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ accountId: id('inventory'), debit: 36_000 }),
        expect.objectContaining({ accountId: id('payable'), credit: 36_000 }),
      ]),
    );
    const issued = await stock.record([{ date: '2026-03-05', kind: 'issue', itemId: items.toner.id, locationId: places.main.id, quantity: -1, issuedTo: 'Sales', source: manual }]);
    expect(issued.movements[0]!.value).toBe(-9_000);

    const ledger = createLedgerRepository(db);
    const trial = await ledger.loadTrialBalance('2026-01-01', '2026-12-31');
    const inventoryRow = trial.rows.find((row) => row.accountId === id('inventory'));
    const level = await db.stockLevels.get(items.toner.id);
    expect(level).toMatchObject({ quantity: 3, value: 27_000 });
    expect(inventoryRow).toMatchObject({ debit: 36_000, credit: 9_000, closing: level!.value });
  });

  it('refuses an issue that would take stock below zero, writing nothing, unless the user confirms', async () => {
    const { db, stock, items, places } = await book();
    await stock.record([{ date: '2026-03-02', kind: 'receipt', itemId: items.paper.id, locationId: places.main.id, quantity: 500, value: 5_000, source: manual }]);
    const before = await snapshot(db);
    const issue = { date: '2026-03-03', kind: 'issue' as const, itemId: items.paper.id, locationId: places.main.id, quantity: -600, source: manual };
    const refused = await stock.record([issue]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StockWouldGoNegative);
    expect((refused as StockWouldGoNegative).places).toEqual([{ itemId: items.paper.id, locationId: places.main.id, quantity: -100 }]);
    expect(await snapshot(db)).toEqual(before);
    await stock.record([issue], { allowNegative: true });
    expect(await db.stockLevels.get(items.paper.id)).toMatchObject({ quantity: -100 });
  });

  it('refuses bad movements with every reason, writing nothing: archived item, unknown place, zero or fractional quantity, a one-sided transfer', async () => {
    const { db, stock, items, places } = await book();
    const before = await snapshot(db);
    const refused = await stock
      .record([
        { date: '2026-03-02', kind: 'receipt', itemId: items.old.id, locationId: places.main.id, quantity: 1, source: manual },
        { date: '2026-03-02', kind: 'receipt', itemId: items.paper.id, locationId: 'nowhere', quantity: 1, source: manual },
        { date: '2026-03-02', kind: 'receipt', itemId: items.paper.id, locationId: places.main.id, quantity: 1.5, source: manual },
        { date: '2026-13-02', kind: 'transferOut', itemId: items.paper.id, locationId: places.main.id, quantity: -1, transferId: 't1', source: manual },
      ])
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StockRejected);
    expect((refused as StockRejected).problems.map((problem) => problem.code).sort()).toEqual(['dateInvalid', 'itemArchived', 'locationMissing', 'quantityInvalid', 'transferUnpaired']);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a locked period refuses a receipt with a cost and records no movement', async () => {
    const { db, stock, items, places } = await book();
    await createLedgerRepository(db).setLockDate('2026-03-31');
    const before = await snapshot(db);
    await expect(stock.record([{ date: '2026-03-15', kind: 'receipt', itemId: items.toner.id, locationId: places.main.id, quantity: 1, value: 9_000, source: manual }])).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('stores movements in month blocks that never change; the kept levels equal a rebuild from the blocks', async () => {
    const { db, stock, items, places } = await book();
    for (let month = 1; month <= 3; month += 1) {
      const date = `2026-0${month}-10`;
      await stock.record([
        { date, kind: 'receipt', itemId: items.paper.id, locationId: places.main.id, quantity: 2500, value: 30_000, source: manual },
        { date, kind: 'transferOut', itemId: items.paper.id, locationId: places.main.id, quantity: -500, transferId: `t${month}`, source: manual },
        { date, kind: 'transferIn', itemId: items.paper.id, locationId: places.shelf.id, quantity: 500, transferId: `t${month}`, source: manual },
      ]);
    }
    const blocks = await db.stockBlocks.toArray();
    expect(blocks.map((block) => block.period)).toEqual(['2026-01', '2026-02', '2026-03']);
    const rebuilt = levelsFromMovements(movementsOfBlocks(blocks));
    const kept = await db.stockLevels.toArray();
    expect(rebuilt.map(({ itemId, quantity, value, byLocation, periods }) => ({ itemId, quantity, value, byLocation, periods }))).toEqual(
      kept.map(({ itemId, quantity, value, byLocation, periods }) => ({ itemId, quantity, value, byLocation, periods })),
    );
    expect((await stock.movementsOf(items.paper.id)).map((movement) => movement.date)).toHaveLength(9);
    expect(await stock.levelsAsOf('2026-01-31')).toMatchObject([{ itemId: items.paper.id, quantity: 2500, value: 30_000 }]);

    // Even a direct write cannot change a recorded movement.
    const raw = unguardedConnection(db);
    const first = blocks[0]!;
    await expect(raw.transaction('rw', raw.stockBlocks, () => raw.stockBlocks.put({ ...first, movements: first.movements.map((movement) => ({ ...movement, quantity: 1 })) }))).rejects.toThrow(/cannot be changed/);
    raw.close();
  });
});
