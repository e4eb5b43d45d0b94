import type { CatalogItem } from '../catalog/types';
import type { StockLevel, StockLocation } from './types';

/** Small catalog, place and level records for the stocktake tests. */
const at = '2026-01-01T00:00:00.000Z';

export function testItem(id: string, extra: Partial<CatalogItem> = {}): CatalogItem {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    sku: id.toUpperCase(),
    name: `Item ${id}`,
    categoryId: 'stationery',
    unit: { code: 'pcs', decimals: 0 },
    packs: [],
    barcodes: [],
    vatCodeId: null,
    accountId: null,
    reorderPoint: null,
    reorderQuantity: null,
    archived: false,
    ...extra,
  };
}

export function testLocation(id: string, parentId: string | null = null, extra: Partial<StockLocation> = {}): StockLocation {
  return { id, createdAt: at, updatedAt: at, name: `Place ${id}`, code: id.toUpperCase(), kind: parentId ? 'shelf' : 'warehouse', parentId, archived: false, ...extra };
}

/** A level from quantities (and values) per place. */
export function testLevel(itemId: string, places: Record<string, [quantity: number, value: number]>, extra: Partial<StockLevel> = {}): StockLevel {
  const byLocation = Object.fromEntries(Object.entries(places).map(([id, [quantity, value]]) => [id, { quantity, value }]));
  const quantity = Object.values(places).reduce((sum, [q]) => sum + q, 0);
  const value = Object.values(places).reduce((sum, [, v]) => sum + v, 0);
  return { itemId, quantity, value, byLocation, periods: [], ...extra };
}
