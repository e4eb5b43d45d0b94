import type { CatalogItem } from '../catalog/types';
import { locationPaths } from './locationTree';
import type { StockLevel, StockLocation } from './types';

/**
 * The stock screens' tables, computed from the kept levels (never from the movements):
 * on hand by item, by location and by category, what to reorder, and the value of stock.
 * Quantities are in each item's smallest unit; values in minor units of the base currency.
 */

export type ItemRef = Pick<CatalogItem, 'id' | 'sku' | 'name' | 'categoryId' | 'unit' | 'reorderPoint' | 'reorderQuantity'>;

export type OnHandRow = { itemId: string; sku: string; name: string; categoryId: string; quantity: number; value: number };
export type LocationOnHandRow = OnHandRow & { locationId: string; place: string };
export type CategoryRow = { categoryId: string; itemCount: number; value: number };
export type ReorderRow = OnHandRow & { reorderPoint: number; suggested: number | null };
export type StockTotals = { value: number; itemCount: number };

/** One collator for every comparison: `localeCompare` with options builds a new one per call, which a sort of 10,000 rows feels. */
const collator = new Intl.Collator('en', { numeric: true });
const textOrder = new Intl.Collator();
const bySku = (a: { sku: string }, b: { sku: string }) => collator.compare(a.sku, b.sku);

/** An item the catalog no longer knows still shows, by its id, so no stock hides. */
function itemOf(itemId: string, items: ReadonlyMap<string, ItemRef>): Pick<OnHandRow, 'sku' | 'name' | 'categoryId'> {
  const item = items.get(itemId);
  return item ? { sku: item.sku, name: item.name, categoryId: item.categoryId } : { sku: itemId, name: itemId, categoryId: '' };
}

export function itemMap(items: readonly ItemRef[]): Map<string, ItemRef> {
  return new Map(items.map((item) => [item.id, item]));
}

/** One row per item with stock (or value) on hand, by SKU. */
export function onHandByItem(levels: readonly StockLevel[], items: ReadonlyMap<string, ItemRef>): OnHandRow[] {
  return levels
    .filter((level) => level.quantity !== 0 || level.value !== 0)
    .map((level) => ({ itemId: level.itemId, ...itemOf(level.itemId, items), quantity: level.quantity, value: level.value }))
    .sort(bySku);
}

/** One row per item and location holding it, by the location's path then SKU. */
export function onHandByLocation(levels: readonly StockLevel[], items: ReadonlyMap<string, ItemRef>, locations: readonly StockLocation[]): LocationOnHandRow[] {
  const paths = locationPaths(locations);
  const rows: LocationOnHandRow[] = [];
  for (const level of levels) {
    const item = itemOf(level.itemId, items);
    for (const [locationId, held] of Object.entries(level.byLocation)) {
      if (held.quantity === 0 && held.value === 0) continue;
      rows.push({ itemId: level.itemId, ...item, locationId, place: paths.get(locationId) ?? locationId, quantity: held.quantity, value: held.value });
    }
  }
  return rows.sort((a, b) => textOrder.compare(a.place, b.place) || bySku(a, b));
}

/** Value and number of items on hand per category, in the order the categories are given, then any unknown ones. */
export function onHandByCategory(levels: readonly StockLevel[], items: ReadonlyMap<string, ItemRef>, categoryOrder: readonly string[]): CategoryRow[] {
  const rows = new Map<string, CategoryRow>(categoryOrder.map((categoryId) => [categoryId, { categoryId, itemCount: 0, value: 0 }]));
  for (const level of levels) {
    if (level.quantity === 0 && level.value === 0) continue;
    const { categoryId } = itemOf(level.itemId, items);
    const row = rows.get(categoryId) ?? { categoryId, itemCount: 0, value: 0 };
    row.itemCount += 1;
    row.value += level.value;
    rows.set(categoryId, row);
  }
  return [...rows.values()].filter((row) => row.itemCount > 0);
}

/**
 * Items at or below their reorder point (items without one are never listed; an item with
 * no stock at all is listed too), with the item's usual reorder quantity where it has one.
 */
export function itemsToReorder(levels: readonly StockLevel[], items: readonly ItemRef[]): ReorderRow[] {
  const quantities = new Map(levels.map((level) => [level.itemId, level]));
  return items
    .filter((item): item is ItemRef & { reorderPoint: number } => item.reorderPoint !== null)
    .flatMap((item) => {
      const level = quantities.get(item.id);
      const quantity = level?.quantity ?? 0;
      if (quantity > item.reorderPoint) return [];
      return [{ itemId: item.id, sku: item.sku, name: item.name, categoryId: item.categoryId, quantity, value: level?.value ?? 0, reorderPoint: item.reorderPoint, suggested: item.reorderQuantity }];
    })
    .sort(bySku);
}

export function totalsOf(rows: readonly { value: number }[]): StockTotals {
  return { value: rows.reduce((sum, row) => sum + row.value, 0), itemCount: rows.length };
}

/** One line of the valuation report, grouped by item, location or category. */
export type ValuationRow = { key: string; label: string; quantity: number | null; value: number };
export const valuationGroupings = ['item', 'location', 'category'] as const;
export type ValuationGrouping = (typeof valuationGroupings)[number];

/**
 * The value of stock as the levels stand (now, or as of a date when the levels were
 * rebuilt to it), grouped. Quantities are summed only per item: a total across items of
 * different units would mean nothing.
 */
export function valuation(
  levels: readonly StockLevel[],
  items: ReadonlyMap<string, ItemRef>,
  locations: readonly StockLocation[],
  grouping: ValuationGrouping,
  categoryName: (categoryId: string) => string,
): ValuationRow[] {
  if (grouping === 'item') return onHandByItem(levels, items).map((row) => ({ key: row.itemId, label: `${row.sku} · ${row.name}`, quantity: row.quantity, value: row.value }));
  if (grouping === 'category') {
    return onHandByCategory(levels, items, [])
      .map((row) => ({ key: row.categoryId, label: categoryName(row.categoryId), quantity: null, value: row.value }))
      .sort((a, b) => textOrder.compare(a.label, b.label));
  }
  const paths = locationPaths(locations);
  const byLocation = new Map<string, number>();
  for (const level of levels) for (const [locationId, held] of Object.entries(level.byLocation)) byLocation.set(locationId, (byLocation.get(locationId) ?? 0) + held.value);
  return [...byLocation]
    .filter(([, value]) => value !== 0)
    .map(([locationId, value]) => ({ key: locationId, label: paths.get(locationId) ?? locationId, quantity: null, value }))
    .sort((a, b) => textOrder.compare(a.label, b.label));
}
