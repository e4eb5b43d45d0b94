import type { CatalogItem } from '../../../../../shared/catalog/types';
import { Dexie } from 'dexie';
import { movedSinceInBlocks } from '../../../../../shared/stock/countVariance';
import type { StockLevel, StockLocation, Stocktake, StocktakeSheet } from '../../../../../shared/stock/types';
import type { BackofficeDb } from '../../database';

/** Every stocktake, newest first. */
export async function listStocktakes(db: BackofficeDb): Promise<Stocktake[]> {
  const all = await db.stocktakes.toArray();
  return all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

export async function sheetsOf(db: BackofficeDb, stocktakeId: string): Promise<StocktakeSheet[]> {
  return db.stocktakeSheets.where('[stocktakeId+locationId]').between([stocktakeId, ''], [stocktakeId, '\uffff']).toArray();
}

/**
 * Net movements per item and place since the stocktake's snapshot: the movements recorded
 * after it, read from the stock blocks of the months from the count's date on (blocks are
 * by the movement's date, and one dated back into the count's month still counts).
 */
export async function movedSinceSnapshot(db: BackofficeDb, stocktake: Pick<Stocktake, 'id' | 'snapshotAt' | 'date'>): Promise<Map<string, number>> {
  const from = [stocktake.date, stocktake.snapshotAt.slice(0, 10)].sort()[0]!.slice(0, 7);
  const blocks = await db.stockBlocks.where(':id').aboveOrEqual([from, Dexie.minKey]).toArray();
  return movedSinceInBlocks(blocks, stocktake.snapshotAt, stocktake.id);
}

/** What the stocktake screens show: the stocktake, its sheets, and the items, places and levels they name. */
export type StocktakeView = {
  stocktake: Stocktake;
  sheets: StocktakeSheet[];
  items: Map<string, CatalogItem>;
  locations: Map<string, StockLocation>;
  levels: Map<string, StockLevel>;
  moved: Map<string, number>;
};

/** The stocktake with the items, places and levels its lines name, without the sheets. */
export async function readStocktakeBase(db: BackofficeDb, stocktakeId: string): Promise<Omit<StocktakeView, 'sheets' | 'moved'> | null> {
  return db.transaction('r', [db.stocktakes, db.items, db.locations, db.stockLevels], async () => {
    const stocktake = await db.stocktakes.get(stocktakeId);
    if (!stocktake) return null;
    const [items, locations, levels] = await Promise.all([db.items.toArray(), db.locations.toArray(), db.stockLevels.toArray()]);
    return {
      stocktake,
      items: new Map(items.map((item) => [item.id, item])),
      locations: new Map(locations.map((location) => [location.id, location])),
      levels: new Map(levels.map((level) => [level.itemId, level])),
    };
  });
}

/** Everything at once, read in one transaction (for printing and exports). */
export async function readStocktakeView(db: BackofficeDb, stocktakeId: string): Promise<StocktakeView | null> {
  return db.transaction('r', [db.stocktakes, db.stocktakeSheets, db.items, db.locations, db.stockLevels, db.stockBlocks], async () => {
    const base = await readStocktakeBase(db, stocktakeId);
    if (!base) return null;
    const [sheets, moved] = await Promise.all([sheetsOf(db, stocktakeId), movedSinceSnapshot(db, base.stocktake)]);
    return { ...base, sheets, moved };
  });
}

/** The places and categories a new stocktake's scope can name (archived ones left out). */
export async function readScopeChoices(db: BackofficeDb) {
  const [locations, categories] = await Promise.all([db.locations.toArray(), db.itemCategories.toArray()]);
  return { locations: locations.filter((location) => !location.archived), categories: categories.filter((category) => !category.archived) };
}
