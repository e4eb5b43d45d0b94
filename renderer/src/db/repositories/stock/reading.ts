import { Dexie } from 'dexie';
import type { IsoDate } from '../../../../../shared/dates';
import { applyMovements, movementsOfBlocks, type StockLevel, type StockMovement } from '../../../../../shared/stock';
import type { BackofficeDb } from '../../database';

/** Every movement of one item, by date: only the month blocks its level lists are read. */
export async function movementsOf(db: BackofficeDb, itemId: string): Promise<StockMovement[]> {
  const level = await db.stockLevels.get(itemId);
  if (!level || level.periods.length === 0) return [];
  const blocks = await Promise.all(
    level.periods.map((period) =>
      db.stockBlocks
        .where(':id')
        .between([period, Dexie.minKey], [period, Dexie.maxKey])
        .toArray(),
    ),
  );
  return movementsOfBlocks(blocks.flat()).filter((movement) => movement.itemId === itemId);
}

/** The movements dated after `date` (to today), read from the months they can be in. */
export async function movementsAfter(db: BackofficeDb, date: IsoDate): Promise<StockMovement[]> {
  const blocks = await db.stockBlocks.where(':id').aboveOrEqual([date.slice(0, 7), Dexie.minKey]).toArray();
  return movementsOfBlocks(blocks).filter((movement) => movement.date > date);
}

/** The movements recorded after an instant (a stocktake's snapshot), whatever their date. */
export async function movementsRecordedSince(db: BackofficeDb, instant: string, fromDate: IsoDate): Promise<StockMovement[]> {
  const blocks = await db.stockBlocks.where(':id').aboveOrEqual([fromDate.slice(0, 7), Dexie.minKey]).toArray();
  return movementsOfBlocks(blocks).filter((movement) => movement.at > instant);
}

/**
 * Every item's stock as of the end of `date`: today's levels with the later movements
 * taken back out, so a date near today reads little. Items with nothing then are left out.
 */
export async function levelsAsOf(db: BackofficeDb, date: IsoDate): Promise<StockLevel[]> {
  const [levels, later] = await Promise.all([db.stockLevels.toArray(), movementsAfter(db, date)]);
  if (later.length === 0) return levels.filter((level) => level.quantity !== 0 || level.value !== 0);
  const byItem = new Map(levels.map((level) => [level.itemId, level]));
  const undone = applyMovements(
    byItem,
    later.map((movement) => ({ ...movement, quantity: -movement.quantity, value: -movement.value })),
  );
  for (const level of undone) byItem.set(level.itemId, level);
  return [...byItem.values()].filter((level) => level.quantity !== 0 || level.value !== 0);
}
