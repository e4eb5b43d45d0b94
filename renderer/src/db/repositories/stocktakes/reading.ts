import type { CatalogItem } from '../../../../../shared/catalog/types';
import { monthsSince, movedSinceInBlocks } from '../../../../../shared/stock/countVariance';
import type { StockBlock, StockLevel, StockLocation, Stocktake, StocktakeSheet } from '../../../../../shared/stock/types';
import type { BackofficeDb } from '../../database';

/** Every stocktake, newest first. */
export async function listStocktakes(db: BackofficeDb): Promise<Stocktake[]> {
  const all = await db.stocktakes.toArray();
  return all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

export async function sheetsOf(db: BackofficeDb, stocktakeId: string): Promise<StocktakeSheet[]> {
  return db.stocktakeSheets.where('[stocktakeId+locationId]').between([stocktakeId, ''], [stocktakeId, '\uffff']).toArray();
}

/** The stock blocks of the months from the snapshot on: the only ones that can hold later movements. */
export async function blocksSince(db: BackofficeDb, snapshotAt: string): Promise<StockBlock[]> {
  const months = monthsSince(snapshotAt, '9999-12');
  const first = months[0]!;
  return db.stockBlocks.where('[period+block]').aboveOrEqual([first, -Infinity]).toArray();
}

/** Net movements per item and place since the stocktake's snapshot. */
export async function movedSinceSnapshot(db: BackofficeDb, stocktake: Pick<Stocktake, 'snapshotAt'>): Promise<Map<string, number>> {
  return movedSinceInBlocks(await blocksSince(db, stocktake.snapshotAt), stocktake.snapshotAt);
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

export async function readStocktakeView(db: BackofficeDb, stocktakeId: string): Promise<StocktakeView | null> {
  return db.transaction('r', [db.stocktakes, db.stocktakeSheets, db.items, db.locations, db.stockLevels, db.stockBlocks], async () => {
    const stocktake = await db.stocktakes.get(stocktakeId);
    if (!stocktake) return null;
    const [sheets, items, locations, levels, moved] = await Promise.all([
      sheetsOf(db, stocktakeId),
      db.items.toArray(),
      db.locations.toArray(),
      db.stockLevels.toArray(),
      movedSinceSnapshot(db, stocktake),
    ]);
    return {
      stocktake,
      sheets,
      items: new Map(items.map((item) => [item.id, item])),
      locations: new Map(locations.map((location) => [location.id, location])),
      levels: new Map(levels.map((level) => [level.itemId, level])),
      moved,
    };
  });
}
