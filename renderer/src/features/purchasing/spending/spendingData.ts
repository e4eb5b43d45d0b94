import type { ItemCategory } from '../../../../../shared/catalog/types';
import type { IsoDate } from '../../../../../shared/dates';
import { openDeliveries, type OpenDelivery } from '../../../../../shared/purchasing/deliveries';
import { carriesSpendingFacts, spendingLines, type SpendingLine, type SpendingPeriod } from '../../../../../shared/purchasing/spending';
import type { BackofficeDb } from '../../../db/database';

/** What the spending table and chart show: the period's bill lines and the names to show them by. */
export type SpendingData = {
  lines: SpendingLine[];
  currency: string;
  companyName: string;
  supplierNames: ReadonlyMap<string, string>;
  categories: readonly ItemCategory[];
  accountNames: ReadonlyMap<string, string>;
};

/**
 * Reads spending for a period in one read, for every grouping at once, so switching between
 * them costs nothing. Only the period's bills are read (by their date index) and the items
 * their lines name; a bill's orders only when its lines do not carry item and department.
 */
export function loadSpending(db: BackofficeDb, period: SpendingPeriod): Promise<SpendingData> {
  const tables = [db.purchaseBills, db.purchaseOrders, db.items, db.itemCategories, db.accounts, db.suppliers, db.settings];
  return db.transaction('r', tables, async () => {
    const inPeriod = (await billsDated(db, period)).filter((bill) => bill.status === 'posted');
    // Bills posted before lines kept their item and department still need their orders.
    const older = inPeriod.filter((bill) => !bill.lines.every(carriesSpendingFacts));
    const orderIds = [...new Set(older.flatMap((bill) => [...bill.orderIds, ...bill.lines.flatMap((line) => (line.orderId ? [line.orderId] : []))]))];
    const orders = (await db.purchaseOrders.bulkGet(orderIds)).filter((order) => order !== undefined);
    const itemIds = [
      ...new Set([
        ...inPeriod.flatMap((bill) => bill.lines.flatMap((line) => (line.itemId ? [line.itemId] : []))),
        ...orders.flatMap((order) => order.lines.flatMap((line) => (line.itemId ? [line.itemId] : []))),
      ]),
    ];
    const [items, categories, accounts, suppliers, company] = await Promise.all([
      db.items.bulkGet(itemIds),
      db.itemCategories.toArray(),
      db.accounts.toArray(),
      db.suppliers.toArray(),
      db.settings.get('company'),
    ]);
    const itemCategories = new Map(items.flatMap((item) => (item ? [[item.id, item.categoryId] as const] : [])));
    const settings = company?.key === 'company' ? company : undefined;
    return {
      lines: spendingLines({ bills: inPeriod, orders, itemCategories }, period),
      currency: settings?.baseCurrency ?? 'EUR',
      companyName: settings?.name ?? '',
      supplierNames: new Map(suppliers.map((supplier) => [supplier.id, supplier.name])),
      categories,
      accountNames: new Map(accounts.map((account) => [account.id, account.code ? `${account.code} ${account.name}` : account.name])),
    };
  });
}

/** The bills dated in the period, found by their date index. */
function billsDated(db: BackofficeDb, { from, to }: SpendingPeriod) {
  if (from === null && to === null) return db.purchaseBills.toArray();
  if (from === null) return db.purchaseBills.where('billDate').belowOrEqual(to).toArray();
  if (to === null) return db.purchaseBills.where('billDate').aboveOrEqual(from).toArray();
  return db.purchaseBills.where('billDate').between(from, to, true, true).toArray();
}

/** The deliveries still awaited on `today`: sent orders only, found by their status index. */
export async function loadOpenDeliveries(db: BackofficeDb, today: IsoDate): Promise<OpenDelivery[]> {
  return openDeliveries(await db.purchaseOrders.where('status').anyOf(['ordered', 'partiallyReceived']).toArray(), today);
}
