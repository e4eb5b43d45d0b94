import type { CatalogItem } from '../../../../../shared/catalog/types';
import type { StockLevel, StockLocation } from '../../../../../shared/stock/types';
import { writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';

/** Stores catalog items, places and levels as the catalog and stock screens would have left them. */
export async function seedStock(db: BackofficeDb, seed: { items?: CatalogItem[]; locations?: StockLocation[]; levels?: StockLevel[] }): Promise<void> {
  await writeWithAudit(db, [db.items, db.locations, db.stockLevels], 'stockImported', async () => {
    await db.items.bulkPut(seed.items ?? []);
    await db.locations.bulkPut(seed.locations ?? []);
    await db.stockLevels.bulkPut(seed.levels ?? []);
    return { result: undefined, recordIds: [] };
  });
}
