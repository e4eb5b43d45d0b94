import type { CatalogItem } from '../../../../../shared/catalog/types';
import type { StockLocation } from '../../../../../shared/stock/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { ledgerTestBook } from '../ledger/ledgerTesting';

/**
 * A book with its ledger, a few items and places, and the inventory accounts chosen, for
 * the stock tests (import 'fake-indexeddb/auto' first). Items and places are stored as
 * the catalog and location screens store them: through audited writes.
 */
export async function stockTestBook() {
  const book = await ledgerTestBook();
  const { db, id } = book;
  const at = now();
  const item = (sku: string, name: string, extra: Partial<CatalogItem> = {}): CatalogItem => ({
    id: newId(), createdAt: at, updatedAt: at, sku, name, categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 },
    packs: [], barcodes: [], vatCodeId: null, accountId: null, reorderPoint: null, reorderQuantity: null, archived: false, ...extra,
  });
  const place = (name: string, parentId: string | null = null): StockLocation => ({ id: newId(), createdAt: at, updatedAt: at, name, code: name, kind: 'shelf', parentId, archived: false });
  const items = { paper: item('P-A4', 'Copy paper A4', { packs: [{ name: 'ream', contains: 500 }, { name: 'box', contains: 2500 }] }), toner: item('T-05A', 'Toner 05A'), old: item('OLD', 'Fax roll', { archived: true }) };
  const places = { main: place('Main'), shelf: place('Shelf A') };
  await seedRecords(db, async () => {
    await db.items.bulkAdd(Object.values(items));
    await db.locations.bulkAdd(Object.values(places));
    await db.settings.put({
      key: 'inventory', id: newId(), createdAt: at, updatedAt: at, lastStocktakeNumbers: {},
      inventoryAccountId: id('inventory'), adjustmentAccountId: id('otherExpenses'), receiptAccountId: id('payable'), consumptionAccountId: id('officeSupplies'),
    });
  });
  return { ...book, items, places };
}

/** Stores records as a screen's audited write would (for setting up a test). */
export function seedRecords(db: BackofficeDb, write: () => Promise<void>): Promise<void> {
  return writeWithAudit(db, [db.items, db.locations, db.settings], 'itemSaved', async () => {
    await write();
    return { result: undefined, recordIds: [] };
  });
}
