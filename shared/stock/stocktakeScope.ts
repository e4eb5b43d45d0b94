import type { CatalogItem } from '../catalog/types';
import { fromIsoDate, toIsoDate, type IsoDate } from '../dates';
import type { CountLine, StockLevel, StockLocation, StocktakeScope } from './types';

/**
 * Which items at which places a stocktake counts, and the snapshot of what the books
 * expect there. Pure: the repository reads items, locations and levels and stores the
 * sheets this returns, in one transaction.
 */

/** The chosen locations and every place inside them (a warehouse includes its rooms, shelves and bins). */
export function locationsWithin(locations: readonly StockLocation[], chosen: readonly string[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const location of locations) {
    if (location.parentId === null) continue;
    children.set(location.parentId, [...(children.get(location.parentId) ?? []), location.id]);
  }
  const found = new Set<string>();
  const queue = [...chosen];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return found;
}

/** The date `days` days before `today`. */
export function daysBefore(today: IsoDate, days: number): IsoDate {
  const date = fromIsoDate(today);
  date.setDate(date.getDate() - days);
  return toIsoDate(date);
}

/**
 * The A-class items: the most valuable first, until together they make up `share` percent
 * of the stock's value (the item that crosses the line is in). Items of no value are never A-class.
 */
export function classAItems(levels: readonly StockLevel[], share: number): Set<string> {
  const valued = levels.filter((level) => level.value > 0).sort((a, b) => b.value - a.value || (a.itemId < b.itemId ? -1 : 1));
  const total = valued.reduce((sum, level) => sum + level.value, 0);
  const chosen = new Set<string>();
  let sum = 0;
  for (const level of valued) {
    if (sum * 100 >= total * share) break;
    chosen.add(level.itemId);
    sum += level.value;
  }
  return chosen;
}

export type ScopeInput = {
  scope: StocktakeScope;
  items: readonly CatalogItem[];
  locations: readonly StockLocation[];
  levels: readonly StockLevel[];
  today: IsoDate;
};

/** Does the scope take this item at all (before looking at places)? */
function itemFilter({ scope, items, levels, today }: ScopeInput): (item: CatalogItem, level: StockLevel) => boolean {
  switch (scope.kind) {
    case 'all':
    case 'locations':
      return () => true;
    case 'categories': {
      const categories = new Set(scope.categoryIds);
      return (item) => categories.has(item.categoryId);
    }
    case 'notCountedFor': {
      const since = daysBefore(today, scope.days);
      return (_item, level) => level.lastCounted === undefined || level.lastCounted <= since;
    }
    case 'classA': {
      const known = new Set(items.map((item) => item.id));
      const chosen = classAItems(levels.filter((level) => known.has(level.itemId)), scope.share);
      return (item) => chosen.has(item.id);
    }
  }
}

/** One collator for every comparison: `localeCompare` with options builds a new one per call, far too slow for 10,000 lines. */
const codes = new Intl.Collator(undefined, { numeric: true });

const bySkuThenName = (items: ReadonlyMap<string, CatalogItem>) => (a: CountLine, b: CountLine) => {
  const x = items.get(a.itemId)!;
  const y = items.get(b.itemId)!;
  return codes.compare(x.sku, y.sku) || codes.compare(x.name, y.name) || (a.itemId < b.itemId ? -1 : 1);
};

/**
 * The snapshot: for every place the scope reaches, a line per item the books hold there
 * (expected = on hand now, counted empty), sorted by SKU. Archived items and archived
 * places are left out; an item is counted where it has a level, zero included, since
 * the books say it was there.
 */
export function snapshotLines(input: ScopeInput): Map<string, CountLine[]> {
  const { scope, items, locations } = input;
  const itemsById = new Map(items.filter((item) => !item.archived).map((item) => [item.id, item]));
  const activePlaces = new Set(locations.filter((location) => !location.archived).map((location) => location.id));
  const places = scope.kind === 'locations' ? locationsWithin(locations, scope.locationIds) : activePlaces;
  const takes = itemFilter(input);
  const sheets = new Map<string, CountLine[]>();
  for (const level of input.levels) {
    const item = itemsById.get(level.itemId);
    if (!item || !takes(item, level)) continue;
    for (const [locationId, here] of Object.entries(level.byLocation)) {
      if (!places.has(locationId) || !activePlaces.has(locationId)) continue;
      const lines = sheets.get(locationId) ?? [];
      lines.push({ itemId: item.id, expected: here.quantity, counted: null });
      sheets.set(locationId, lines);
    }
  }
  const order = bySkuThenName(itemsById);
  for (const lines of sheets.values()) lines.sort(order);
  return sheets;
}

/** "ST-2026-004" after "ST-2026-003". */
export function stocktakeNumber(year: string, sequence: number): string {
  return `ST-${year}-${String(sequence).padStart(3, '0')}`;
}

/** Places in the order a counter walks them: by their shelf/bin code, then name. */
export function byLocationCode(a: StockLocation, b: StockLocation): number {
  return codes.compare(a.code, b.code) || codes.compare(a.name, b.name);
}
