import { openOrderStatuses, reorderSuggestions, type ReorderGroup } from '../../../../../shared/purchasing/reorder';
import type { BackofficeDb } from '../../database';

/** Where the book's changes stood at a read: every write adds one activity-log entry in its own transaction. */
type Revision = { count: number; newest: string };

/** The suggestions last read from a book, and the activity log's state they were read at. */
const lastRead = new WeakMap<BackofficeDb, { revision: Revision; groups: ReorderGroup[] }>();

/** The tables the suggestions are made of: a write to any other leaves them as they are. */
const readTables = (db: BackofficeDb) => [db.items, db.stockLevels, db.purchaseOrders, db.purchaseRequests, db.supplierPrices, db.suppliers];

/**
 * Whether the suggestions read at `known` still hold now: no entry since names one of their
 * tables, and those entries are all there is (the count also catches an entry from another
 * window whose id sorts below the newest, and entries removed).
 */
async function stillHolds(db: BackofficeDb, known: Revision, now: Revision): Promise<boolean> {
  if (known.count === now.count && known.newest === now.newest) return true;
  const since = await db.auditLog.where(':id').above(known.newest).toArray();
  const tables = new Set(readTables(db).map((table) => table.name));
  return known.count + since.length === now.count && !since.some((entry) => entry.tables.some((table) => tables.has(table)));
}

/**
 * The reorder suggestions of the book, read in bulk: the open orders through the status
 * index (one key range per status: `anyOf` walks a cursor and was ten times slower on 3,000
 * open orders), open and approved requests likewise, and items, levels and prices whole
 * (`getAll` of every level costs less than fetching 5,000 of them by key).
 * Reading some 20,000 records is most of the cost, so as long as nothing was written since
 * the last read (checked in the same read transaction), that read's suggestions are
 * answered again. They are shared: callers must not change them.
 */
export async function readReorderSuggestions(db: BackofficeDb): Promise<ReorderGroup[]> {
  return db.transaction('r', [db.auditLog, ...readTables(db)], async () => {
    const [count, newest] = await Promise.all([db.auditLog.count(), db.auditLog.orderBy(':id').lastKey()]);
    const revision = { count, newest: String(newest ?? '') };
    const known = lastRead.get(db);
    if (known && (await stillHolds(db, known.revision, revision))) {
      lastRead.set(db, { revision, groups: known.groups });
      return known.groups;
    }
    const [items, levels, prices, suppliers, requests, ...orders] = await Promise.all([
      db.items.toArray(),
      db.stockLevels.toArray(),
      db.supplierPrices.toArray(),
      db.suppliers.toArray(),
      Promise.all([db.purchaseRequests.where('status').equals('open').toArray(), db.purchaseRequests.where('status').equals('approved').toArray()]),
      ...openOrderStatuses.map((status) => db.purchaseOrders.where('status').equals(status).toArray()),
    ]);
    const onHand = new Map(levels.map((level) => [level.itemId, level.quantity]));
    const groups = reorderSuggestions({ items, onHand, orders: orders.flat(), requests: requests.flat(), prices, suppliers });
    lastRead.set(db, { revision, groups });
    return groups;
  });
}
