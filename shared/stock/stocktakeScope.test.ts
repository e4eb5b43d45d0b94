import { describe, expect, it } from 'vitest';
import { classAItems, daysBefore, locationsWithin, snapshotLines, stocktakeNumber } from './stocktakeScope';
import { testItem, testLevel, testLocation } from './stocktakeTesting';

const locations = [testLocation('w1'), testLocation('r1', 'w1'), testLocation('s1', 'r1'), testLocation('w2'), testLocation('old', 'w2', { archived: true })];
const items = [
  testItem('b', { categoryId: 'food' }),
  testItem('a'),
  testItem('c', { archived: true }),
  testItem('d', { categoryId: 'food' }),
];
const levels = [
  testLevel('a', { s1: [10, 1000], w2: [5, 500] }, { lastCounted: '2026-03-01' }),
  testLevel('b', { r1: [3, 9000] }),
  testLevel('c', { s1: [1, 100] }),
  testLevel('d', { w2: [0, 0], old: [2, 10] }, { lastCounted: '2026-01-10' }),
];
const today = '2026-03-31';
const lines = (scope: Parameters<typeof snapshotLines>[0]['scope']) =>
  Object.fromEntries([...snapshotLines({ scope, items, locations, levels, today })].map(([place, found]) => [place, found.map((line) => line.itemId)]));

describe('stocktake scope', () => {
  it('a location includes its rooms, shelves and bins', () => {
    expect([...locationsWithin(locations, ['w1'])].sort()).toEqual(['r1', 's1', 'w1']);
    expect([...locationsWithin(locations, ['r1'])].sort()).toEqual(['r1', 's1']);
  });

  it('the whole warehouse: every item with a level, per place, sorted by SKU; archived items and places left out', () => {
    expect(lines({ kind: 'all' })).toEqual({ s1: ['a'], w2: ['a', 'd'], r1: ['b'] });
  });

  it('snapshots the expected quantity and leaves the count empty', () => {
    const sheets = snapshotLines({ scope: { kind: 'all' }, items, locations, levels, today });
    expect(sheets.get('s1')).toEqual([{ itemId: 'a', expected: 10, counted: null }]);
  });

  it('some locations, with what is inside them', () => {
    expect(lines({ kind: 'locations', locationIds: ['r1'] })).toEqual({ s1: ['a'], r1: ['b'] });
  });

  it('some categories', () => {
    expect(lines({ kind: 'categories', categoryIds: ['food'] })).toEqual({ r1: ['b'], w2: ['d'] });
  });

  it('a cycle count takes items never counted or not counted for N days', () => {
    expect(daysBefore(today, 30)).toBe('2026-03-01');
    expect(lines({ kind: 'notCountedFor', days: 30 })).toEqual({ s1: ['a'], w2: ['a', 'd'], r1: ['b'] });
    expect(lines({ kind: 'notCountedFor', days: 60 })).toEqual({ r1: ['b'], w2: ['d'] });
  });

  it('A-class items: the most valuable making up the share of stock value', () => {
    expect([...classAItems(levels.slice(0, 2), 80)]).toEqual(['b']);
    expect([...classAItems(levels.slice(0, 2), 90)].sort()).toEqual(['a', 'b']);
    expect(lines({ kind: 'classA', share: 50 })).toEqual({ r1: ['b'] });
  });

  it('numbers stocktakes per year', () => {
    expect(stocktakeNumber('2026', 4)).toBe('ST-2026-004');
  });
});
