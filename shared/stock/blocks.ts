import type { StockBlock, StockMovement } from './types';

/**
 * Movements are stored a block at a time: one record holds up to `stockBlockSize`
 * movements of one month in the order they were recorded, as the ledger keeps posted
 * entries (shared/ledger/entryBlocks.ts). IndexedDB's cost is per record, so a million
 * movements are a thousand records to import, back up and restore.
 */
export const stockBlockSize = 1000;

/** The month a movement is stored under, e.g. "2026-03". */
export const periodOfMovement = (movement: Pick<StockMovement, 'date'>): string => movement.date.slice(0, 7);

const blockOf = (period: string, block: number, movements: StockMovement[]): StockBlock => ({
  period,
  block,
  ids: movements.map((movement) => movement.id),
  movements,
});

/**
 * The blocks that change when `movements` are recorded: each month's last block filled up
 * to `stockBlockSize`, then new blocks numbered on. `lastBlockOf` gives a month's current
 * last block (undefined when it has none); it is not changed.
 */
export function appendToStockBlocks(movements: readonly StockMovement[], lastBlockOf: (period: string) => StockBlock | undefined): StockBlock[] {
  const byPeriod = new Map<string, StockMovement[]>();
  for (const movement of movements) {
    const period = periodOfMovement(movement);
    const list = byPeriod.get(period);
    if (list) list.push(movement);
    else byPeriod.set(period, [movement]);
  }
  const changed: StockBlock[] = [];
  for (const [period, added] of byPeriod) {
    const last = lastBlockOf(period);
    let number = last ? last.block : 0;
    let current = last ? [...last.movements] : [];
    for (const movement of added) {
      if (current.length >= stockBlockSize) {
        changed.push(blockOf(period, number, current));
        number += 1;
        current = [];
      }
      current.push(movement);
    }
    changed.push(blockOf(period, number, current));
  }
  return changed;
}

/** Movements into blocks from nothing, as an import or a restore of old data stores them. */
export function stockBlocksOf(movements: readonly StockMovement[]): StockBlock[] {
  return appendToStockBlocks(movements, () => undefined);
}

const byDateThenAt = (a: StockMovement, b: StockMovement) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Every movement of `blocks`, by date, then in the order recorded. */
export function movementsOfBlocks(blocks: readonly StockBlock[]): StockMovement[] {
  return blocks.flatMap((block) => block.movements).sort(byDateThenAt);
}

/** A block may only grow: recorded movements never change and never leave (null when `after` may replace `before`). */
export function forbiddenStockBlockChange(before: StockBlock, after: StockBlock): string | null {
  if (after.movements.length < before.movements.length) return `movements would leave block ${before.period}/${before.block}`;
  for (let index = 0; index < before.movements.length; index += 1) {
    const old = before.movements[index]!;
    const now = after.movements[index]!;
    if (now !== old && JSON.stringify(now) !== JSON.stringify(old)) return old.id;
  }
  return null;
}
