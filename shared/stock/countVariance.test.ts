import { describe, expect, it } from 'vitest';
import {
  beyondTolerance,
  countAccuracy,
  countAdjustments,
  enterCount,
  lineStatus,
  lineVariance,
  monthsSince,
  movedSince,
  placeKey,
  stocktakeVariances,
  valueAtAverageCost,
} from './countVariance';
import type { StockMovement } from './types';
import { testLevel } from './stocktakeTesting';

const movement = (at: string, itemId: string, locationId: string, quantity: number): StockMovement => ({
  id: `${at}-${itemId}`,
  at,
  date: at.slice(0, 10),
  kind: quantity > 0 ? 'receipt' : 'issue',
  itemId,
  locationId,
  quantity,
  value: 0,
  source: { kind: 'manual' },
});
const snapshotAt = '2026-03-10T10:00:00.000Z';

describe('movements since the snapshot', () => {
  it('reads the months from the snapshot to now', () => {
    expect(monthsSince(snapshotAt, '2026-03')).toEqual(['2026-03']);
    expect(monthsSince('2025-11-30T23:00:00.000Z', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('sums only what was recorded after the snapshot, per item and place', () => {
    const moved = movedSince(
      [
        movement('2026-03-10T09:59:59.999Z', 'a', 's1', 100),
        movement(snapshotAt, 'a', 's1', 100),
        movement('2026-03-10T10:00:00.001Z', 'a', 's1', -3),
        movement('2026-03-12T08:00:00.000Z', 'a', 's1', 5),
        movement('2026-03-12T08:00:00.000Z', 'a', 's2', 7),
      ],
      snapshotAt,
    );
    expect(Object.fromEntries(moved)).toEqual({ [placeKey('a', 's1')]: 2, [placeKey('a', 's2')]: 7 });
  });

  it('leaves out the stocktake’s own adjustments, so an approved count still shows its variances', () => {
    const own = { ...movement('2026-03-11T08:00:00.000Z', 'a', 's1', -4), kind: 'count' as const, source: { kind: 'count' as const, id: 'st1' } };
    const other = { ...own, id: 'other', source: { kind: 'count' as const, id: 'st2' } };
    expect(Object.fromEntries(movedSince([own, other], snapshotAt, 'st1'))).toEqual({ [placeKey('a', 's1')]: -4 });
  });
});

describe('variance', () => {
  const level = testLevel('a', { s1: [10, 2500] });
  it('counted minus (snapshot + movements since), valued at the moving-average cost', () => {
    const moved = new Map([[placeKey('a', 's1'), 2]]);
    const variance = lineVariance({ itemId: 'a', expected: 10, counted: 9 }, 's1', moved, 5, level);
    expect(variance).toMatchObject({ expectedNow: 12, quantity: -3, value: -750, basisPoints: -2500, status: 'recount' });
  });

  it('empty is not zero: an uncounted line has no variance', () => {
    expect(lineVariance({ itemId: 'a', expected: 10, counted: null }, 's1', new Map(), 5, level)).toMatchObject({ quantity: null, status: 'uncounted' });
    expect(lineVariance({ itemId: 'a', expected: 10, counted: 0 }, 's1', new Map(), 5, level)).toMatchObject({ quantity: -10, status: 'recount' });
  });

  it('tolerance is a percent of the expected figure; anything found where none was expected is beyond it', () => {
    expect(beyondTolerance(5, 100, 5)).toBe(false);
    expect(beyondTolerance(-6, 100, 5)).toBe(true);
    expect(beyondTolerance(0, 0, 0)).toBe(false);
    expect(beyondTolerance(1, 0, 50)).toBe(true);
  });

  it('values at the moving-average cost; no stock means no known cost', () => {
    expect(valueAtAverageCost(1, testLevel('a', { s1: [3, 100] }))).toBe(33);
    expect(valueAtAverageCost(-2, testLevel('a', { s1: [2, 1] }))).toBe(-1);
    expect(valueAtAverageCost(5, testLevel('a', {}))).toBe(0);
    expect(valueAtAverageCost(5, undefined)).toBe(0);
  });

  it('accuracy: the share of counted lines within tolerance', () => {
    const variances = stocktakeVariances(
      { tolerancePercent: 10 },
      [{ stocktakeId: 'st', locationId: 's1', updatedAt: '', lines: [
        { itemId: 'a', expected: 10, counted: 10 },
        { itemId: 'b', expected: 10, counted: 11 },
        { itemId: 'c', expected: 10, counted: 5 },
        { itemId: 'd', expected: 10, counted: null },
      ] }],
      new Map(),
      new Map(),
    );
    expect(variances.map((line) => line.status)).toEqual(['withinTolerance', 'withinTolerance', 'recount', 'uncounted']);
    expect(['a', 'b', 'c', 'd'].map((_, i) => lineStatus([{ itemId: 'a', expected: 10, counted: 10 }, { itemId: 'b', expected: 10, counted: 11 }, { itemId: 'c', expected: 10, counted: 5 }, { itemId: 'd', expected: 10, counted: null }][i]!, 's1', new Map(), 10))).toEqual(variances.map((line) => line.status));
    expect(countAccuracy(variances)).toBe(6667);
    expect(countAccuracy(variances.slice(3))).toBeNull();
  });

  it('adjusts counted lines only, unless uncounted means zero', () => {
    const variances = stocktakeVariances(
      { tolerancePercent: 0 },
      [{ stocktakeId: 'st', locationId: 's1', updatedAt: '', lines: [
        { itemId: 'a', expected: 10, counted: 10 },
        { itemId: 'b', expected: 4, counted: 6 },
        { itemId: 'c', expected: 3, counted: null },
      ] }],
      new Map([[placeKey('a', 's1'), -1]]),
      new Map(),
    );
    expect(countAdjustments('st', '2026-03-31', variances, { uncountedMeansZero: false }).map((a) => [a.itemId, a.quantity])).toEqual([['a', 1], ['b', 2]]);
    const all = countAdjustments('st', '2026-03-31', variances, { uncountedMeansZero: true });
    expect(all.map((a) => [a.itemId, a.quantity])).toEqual([['a', 1], ['b', 2], ['c', -3]]);
    expect(all[0]).toMatchObject({ kind: 'count', date: '2026-03-31', locationId: 's1', source: { kind: 'count', id: 'st' } });
  });

  it('a flagged line counted again is marked recounted; clearing a count empties it', () => {
    const counted = enterCount({ itemId: 'a', expected: 10, counted: null }, 4, false, 't1', 'Anna');
    expect(counted).toEqual({ itemId: 'a', expected: 10, counted: 4, countedAt: 't1', countedBy: 'Anna' });
    expect(enterCount(counted, 10, true, 't2').recounted).toBe(true);
    expect(enterCount(counted, 5, false, 't2').recounted).toBeUndefined();
    expect(enterCount({ ...counted, recounted: true }, null, false, 't3')).toEqual({ itemId: 'a', expected: 10, counted: null, countedBy: 'Anna' });
  });
});
