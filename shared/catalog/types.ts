/**
 * The catalog: one list of items that warehouse, purchasing and documents share.
 * Quantities are exact integers in the item's smallest stock unit: an item counted in
 * pieces (`decimals` 0) stores 12 for 12 pieces; one weighed in kg with `decimals` 3
 * stores 1500 for 1.5 kg. Pack units say how many of those smallest units they hold, so
 * a box of 10 packs of 10 pieces is `{ name: 'box', contains: 100 }`.
 */

/** The categories every book starts with; their names are translated, the user may add more. */
export const builtInCategories = ['stationery', 'consumables', 'food', 'cleaning', 'equipment', 'goods', 'other'] as const;
export type BuiltInCategory = (typeof builtInCategories)[number];

/** A category: a built-in one (id = its key, name from the translations unless renamed) or the user's own. */
export type ItemCategory = {
  id: string;
  /** Set on the built-in categories; their shown name is translated unless `name` renames it. */
  builtIn?: BuiltInCategory;
  name?: string;
  archived?: boolean;
  createdAt: string;
  updatedAt: string;
};

/** The unit stock is kept in ("pcs", "kg", "m"), with how many decimals it is counted to. */
export type StockUnit = { code: string; decimals: number };

/** A larger unit the item comes in: `contains` smallest stock units (a box of 100 pieces: 100). */
export type PackUnit = { name: string; contains: number };

export type CatalogItem = {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The office's own article number; unique in the catalog. */
  sku: string;
  name: string;
  categoryId: string;
  unit: StockUnit;
  /** From the smallest to the largest, e.g. pack (10) then box (100). */
  packs: PackUnit[];
  /** Every barcode printed on the item or its packs (EAN-13, UPC, Code 128 …). */
  barcodes: string[];
  vatCodeId: string | null;
  /** The inventory account (kept in stock) or expense account (used up at once) it is booked to. */
  accountId: string | null;
  /** In smallest stock units; null when the item is not reordered. */
  reorderPoint: number | null;
  reorderQuantity: number | null;
  /** In smallest stock units: without a reorder quantity, a reorder tops stock up to this level. */
  maxLevel?: number | null;
  archived: boolean;
  notes?: string;
};
