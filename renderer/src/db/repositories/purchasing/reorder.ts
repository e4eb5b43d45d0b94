import { openOrderStatuses, reorderSuggestions, type ReorderGroup } from '../../../../../shared/purchasing/reorder';
import type { BackofficeDb } from '../../database';

/**
 * The reorder suggestions of the book. Reads only what it needs, in bulk: the open orders
 * through the status index, open and approved requests likewise, and levels and prices of
 * the items that have a reorder point.
 */
export async function readReorderSuggestions(db: BackofficeDb): Promise<ReorderGroup[]> {
  return db.transaction('r', [db.items, db.stockLevels, db.purchaseOrders, db.purchaseRequests, db.supplierPrices, db.suppliers], async () => {
    const [allItems, orders, requests, suppliers] = await Promise.all([
      db.items.toArray(),
      db.purchaseOrders.where('status').anyOf([...openOrderStatuses]).toArray(),
      db.purchaseRequests.where('status').anyOf(['open', 'approved']).toArray(),
      db.suppliers.toArray(),
    ]);
    const items = allItems.filter((item) => !item.archived && item.reorderPoint !== null);
    const ids = items.map((item) => item.id);
    const [levels, prices] = await Promise.all([db.stockLevels.bulkGet(ids), db.supplierPrices.where('itemId').anyOf(ids).toArray()]);
    const onHand = new Map(levels.flatMap((level) => (level ? [[level.itemId, level.quantity] as const] : [])));
    return reorderSuggestions({ items, onHand, orders, requests, prices, suppliers });
  });
}
