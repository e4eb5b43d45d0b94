import { divideRounded } from '../money/rounding';
import type { IsoDate } from '../dates';
import { valueAtAverage } from './valuation';
import type { CountLine, StockBlock, StockLevel, StockMovement, Stocktake, StocktakeSheet } from './types';

/**
 * What a count says against the books. Stock keeps moving while people count, so the
 * figure a line is compared with is the snapshot plus what moved at that place since:
 * variance = counted − (expected at snapshot + net movements after `snapshotAt`).
 */

/** One key per item and place. */
export const placeKey = (itemId: string, locationId: string) => `${itemId}\u0000${locationId}`;

/** The months ("2026-03") from the snapshot's month to `untilMonth`, whose stock blocks may hold later movements. */
export function monthsSince(snapshotAt: string, untilMonth: string): string[] {
  const months: string[] = [];
  let [year, month] = snapshotAt.slice(0, 7).split('-').map(Number) as [number, number];
  for (;;) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    if (period > untilMonth) return months;
    months.push(period);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/**
 * Net quantity moved per item and place by the movements recorded after the snapshot,
 * leaving out the stocktake's own adjustments (`stocktakeId`), so an approved stocktake
 * still shows the variances it posted.
 */
export function movedSince(movements: Iterable<StockMovement>, snapshotAt: string, stocktakeId?: string): Map<string, number> {
  const moved = new Map<string, number>();
  for (const movement of movements) {
    if (movement.at <= snapshotAt) continue;
    if (stocktakeId !== undefined && movement.source.kind === 'count' && movement.source.id === stocktakeId) continue;
    const key = placeKey(movement.itemId, movement.locationId);
    moved.set(key, (moved.get(key) ?? 0) + movement.quantity);
  }
  return moved;
}

/** The same over stock blocks (as stored: a month's movements per block). */
export function movedSinceInBlocks(blocks: readonly StockBlock[], snapshotAt: string, stocktakeId?: string): Map<string, number> {
  return movedSince(
    blocks.flatMap((block) => block.movements),
    snapshotAt,
    stocktakeId,
  );
}

export type LineStatus = 'uncounted' | 'withinTolerance' | 'recount';

export type LineVariance = {
  itemId: string;
  locationId: string;
  /** What the books say is there now: the snapshot plus movements since. */
  expectedNow: number;
  counted: number | null;
  /** counted − expectedNow; null while uncounted. */
  quantity: number | null;
  /** The variance at the item's moving-average cost, in minor units. */
  value: number | null;
  /** Variance as a share of the expected figure, in basis points; null when nothing was expected. */
  basisPoints: number | null;
  status: LineStatus;
  recounted: boolean;
};

/** Is a variance beyond the tolerance (percent of the expected figure)? Anything found where nothing was expected is. */
export function beyondTolerance(variance: number, expected: number, tolerancePercent: number): boolean {
  if (variance === 0) return false;
  if (expected === 0) return true;
  return Math.abs(variance) * 100 > Math.abs(expected) * tolerancePercent;
}

/** The value of a quantity at the item's moving-average cost now (nothing on hand: no known cost). */
export function valueAtAverageCost(quantity: number, level: StockLevel | undefined): number {
  return level ? valueAtAverage(level, quantity) : 0;
}

/** A line's state alone (no amounts), cheap enough to recompute for 10,000 lines on every save. */
export function lineStatus(line: CountLine, locationId: string, moved: ReadonlyMap<string, number>, tolerancePercent: number): LineStatus {
  if (line.counted === null) return 'uncounted';
  const expectedNow = line.expected + (moved.get(placeKey(line.itemId, locationId)) ?? 0);
  return beyondTolerance(line.counted - expectedNow, expectedNow, tolerancePercent) ? 'recount' : 'withinTolerance';
}

export function lineVariance(
  line: CountLine,
  locationId: string,
  moved: ReadonlyMap<string, number>,
  tolerancePercent: number,
  level: StockLevel | undefined,
): LineVariance {
  const expectedNow = line.expected + (moved.get(placeKey(line.itemId, locationId)) ?? 0);
  const recounted = line.recounted === true;
  if (line.counted === null) {
    return { itemId: line.itemId, locationId, expectedNow, counted: null, quantity: null, value: null, basisPoints: null, status: 'uncounted', recounted };
  }
  const quantity = line.counted - expectedNow;
  return {
    itemId: line.itemId,
    locationId,
    expectedNow,
    counted: line.counted,
    quantity,
    value: valueAtAverageCost(quantity, level),
    basisPoints: expectedNow === 0 ? null : Number(divideRounded(BigInt(quantity) * 10_000n, BigInt(expectedNow), 'half-up')),
    status: beyondTolerance(quantity, expectedNow, tolerancePercent) ? 'recount' : 'withinTolerance',
    recounted,
  };
}

/** Every line of a stocktake against the books, sheet by sheet. */
export function stocktakeVariances(
  stocktake: Pick<Stocktake, 'tolerancePercent'>,
  sheets: readonly StocktakeSheet[],
  moved: ReadonlyMap<string, number>,
  levels: ReadonlyMap<string, StockLevel>,
): LineVariance[] {
  return sheets.flatMap((sheet) => sheet.lines.map((line) => lineVariance(line, sheet.locationId, moved, stocktake.tolerancePercent, levels.get(line.itemId))));
}

/** Share of counted lines within tolerance, in basis points (10000 = every line); null when nothing was counted. */
export function countAccuracy(variances: readonly LineVariance[]): number | null {
  const counted = variances.filter((line) => line.status !== 'uncounted');
  if (counted.length === 0) return null;
  const within = counted.filter((line) => line.status === 'withinTolerance').length;
  return Number(divideRounded(BigInt(within) * 10_000n, BigInt(counted.length), 'half-up'));
}

/** What approval moves: a count adjustment per line whose count differs from the books. */
export type CountAdjustment = { kind: 'count'; date: IsoDate; itemId: string; locationId: string; quantity: number; source: { kind: 'count'; id: string } };

/**
 * The adjustments that bring each counted place to its counted figure. An uncounted line
 * is left alone, unless the office says an uncounted line means none is there.
 */
export function countAdjustments(
  stocktakeId: string,
  date: IsoDate,
  variances: readonly LineVariance[],
  options: { uncountedMeansZero: boolean },
): CountAdjustment[] {
  const adjustments: CountAdjustment[] = [];
  for (const line of variances) {
    const counted = line.counted ?? (options.uncountedMeansZero ? 0 : null);
    if (counted === null) continue;
    const quantity = counted - line.expectedNow;
    if (quantity === 0) continue;
    adjustments.push({ kind: 'count', date, itemId: line.itemId, locationId: line.locationId, quantity, source: { kind: 'count', id: stocktakeId } });
  }
  return adjustments;
}

/**
 * A count entered on a line: a flagged line counted again is marked recounted and its
 * figure replaced; otherwise the figure is simply replaced (a correction).
 */
export function enterCount(line: CountLine, counted: number | null, flaggedForRecount: boolean, at: string, by?: string): CountLine {
  const next: CountLine = { ...line, counted, countedAt: at };
  if (by !== undefined) next.countedBy = by;
  if (counted !== null && line.counted !== null && flaggedForRecount) next.recounted = true;
  if (counted === null) {
    delete next.countedAt;
    delete next.recounted;
  }
  return next;
}
