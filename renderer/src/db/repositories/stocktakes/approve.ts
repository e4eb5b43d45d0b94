import { todayIso, type IsoDate } from '../../../../../shared/dates';
import { countAccuracy, stocktakeVariances } from '../../../../../shared/stock/countVariance';
import type { MovementDraft, StockLevel, Stocktake } from '../../../../../shared/stock';
import { now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { readLedgerSettings } from '../ledger/context';
import { recordMovementsWithinTransaction, stockReads, stockTables, StockRejected } from '../stock';
import { StocktakeRejected } from './problems';
import { movedSinceSnapshot, sheetsOf } from './reading';

export type ApproveOptions = {
  /** An uncounted line means nothing is there (adjust it to zero); otherwise it is left as the books have it. */
  uncountedMeansZero: boolean;
  /** The date the adjustments and their journal entry carry; today when left out. */
  date?: IsoDate;
};

/** The levels of these items: read whole when the stocktake covers much of the catalog (one cursor beats thousands of gets). */
async function levelsOf(db: BackofficeDb, itemIds: readonly string[]): Promise<Map<string, StockLevel>> {
  const wanted = new Set(itemIds);
  const found = itemIds.length > 500 ? (await db.stockLevels.toArray()).filter((level) => wanted.has(level.itemId)) : await db.stockLevels.bulkGet([...wanted]);
  return new Map(found.filter((level): level is StockLevel => level !== undefined).map((level) => [level.itemId, level]));
}

/** Thrown inside the transaction when another approval got there first, so nothing is written twice. */
class AlreadyApproved extends Error {
  constructor(readonly stocktake: Stocktake) {
    super('already approved');
  }
}

/**
 * Approves a stocktake in ONE transaction: the count adjustments (kind 'count', priced at
 * the moving-average cost) with their journal entry, the counted items' last count date,
 * and the stocktake's status and accuracy. Each adjustment brings the place to exactly the
 * counted figure, whatever moved there while people counted: it is taken against the
 * level inside this transaction. A second approval changes nothing; a locked period
 * refuses it before anything is written.
 */
export async function approveStocktake(db: BackofficeDb, stocktakeId: string, options: ApproveOptions): Promise<Stocktake> {
  const before = await db.stocktakes.get(stocktakeId);
  if (before?.status === 'approved') return before;
  try {
    return await writeWithAudit(
      db,
      [db.stocktakes, ...stockTables(db), db.entryBlocks, db.balances, db.registers, db.settings],
      'stocktakeApproved',
      async () => {
        const stocktake = await db.stocktakes.get(stocktakeId);
        if (!stocktake) throw new StocktakeRejected('notFound');
        if (stocktake.status === 'approved') throw new AlreadyApproved(stocktake);
        if (stocktake.status !== 'counting') throw new StocktakeRejected('notCounting', { number: stocktake.number });
        const date = options.date ?? todayIso();
        const ledger = await readLedgerSettings(db);
        if (ledger?.lockDate && date <= ledger.lockDate) throw new StocktakeRejected('periodLocked', { date, lockDate: ledger.lockDate });

        const sheets = await sheetsOf(db, stocktakeId);
        const itemIds = [...new Set(sheets.flatMap((sheet) => sheet.lines.map((line) => line.itemId)))];
        const [levels, moved] = await Promise.all([levelsOf(db, itemIds), movedSinceSnapshot(db, stocktake)]);
        const variances = stocktakeVariances(stocktake, sheets, moved, levels);

        const drafts: MovementDraft[] = [];
        const countedItems = new Set<string>();
        for (const sheet of sheets) {
          for (const line of sheet.lines) {
            const counted = line.counted ?? (options.uncountedMeansZero ? 0 : null);
            if (counted === null) continue;
            countedItems.add(line.itemId);
            const onHand = levels.get(line.itemId)?.byLocation[sheet.locationId]?.quantity ?? 0;
            if (counted === onHand) continue;
            drafts.push({ kind: 'count', date, itemId: line.itemId, locationId: sheet.locationId, quantity: counted - onHand, source: { kind: 'count', id: stocktakeId } });
          }
        }
        // The adjustments, their journal entry and each counted item's count date: one write of the levels.
        const recorded = await recordMovementsWithinTransaction(db, drafts, { memo: stocktake.number, allowArchivedItems: true, counted: { date, itemIds: countedItems }, levels });

        const at = now();
        const accuracy = countAccuracy(variances);
        const approved: Stocktake = { ...stocktake, status: 'approved', approvedAt: at, approvedDate: date, updatedAt: at };
        if (accuracy !== null) approved.accuracy = accuracy;
        const entryId = recorded.entries[0]?.id;
        if (entryId) approved.entryId = entryId;
        await db.stocktakes.put(approved);
        return { result: approved, recordIds: [stocktakeId, ...recorded.movements.map((movement) => movement.id), ...recorded.entries.map((entry) => entry.id)] };
      },
      { alsoReads: [db.stocktakeSheets, ...stockReads(db)] },
    );
  } catch (error) {
    if (error instanceof AlreadyApproved) return error.stocktake;
    if (error instanceof StockRejected && error.problems.some((problem) => problem.code === 'inventoryAccountsMissing')) throw new StocktakeRejected('accountsMissing');
    throw error;
  }
}
