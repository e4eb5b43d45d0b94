import type { ItemCategory } from '../../../../../shared/catalog/types';
import type { IsoDate } from '../../../../../shared/dates';
import { openDeliveries, type OpenDelivery } from '../../../../../shared/purchasing/deliveries';
import { spendingLines, type SpendingLine, type SpendingPeriod } from '../../../../../shared/purchasing/spending';
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
 * them costs nothing. Bills have no date index, so all are read (one record per bill), and
 * the orders the period's bills name (for their lines' items and their department).
 */
export function loadSpending(db: BackofficeDb, period: SpendingPeriod): Promise<SpendingData> {
  const tables = [db.purchaseBills, db.purchaseOrders, db.items, db.itemCategories, db.accounts, db.suppliers, db.settings];
  return db.transaction('r', tables, async () => {
    const inPeriod = (await db.purchaseBills.toArray()).filter(
      (bill) => bill.status === 'posted' && (period.from === null || bill.billDate >= period.from) && (period.to === null || bill.billDate <= period.to),
    );
    const orderIds = [...new Set(inPeriod.flatMap((bill) => [...bill.orderIds, ...bill.lines.flatMap((line) => (line.orderId ? [line.orderId] : []))]))];
    const [orders, items, categories, accounts, suppliers, company] = await Promise.all([
      db.purchaseOrders.bulkGet(orderIds),
      db.items.toArray(),
      db.itemCategories.toArray(),
      db.accounts.toArray(),
      db.suppliers.toArray(),
      db.settings.get('company'),
    ]);
    const settings = company?.key === 'company' ? company : undefined;
    return {
      lines: spendingLines({ bills: inPeriod, orders: orders.filter((order) => order !== undefined), itemCategories: new Map(items.map((item) => [item.id, item.categoryId])) }, period),
      currency: settings?.baseCurrency ?? 'EUR',
      companyName: settings?.name ?? '',
      supplierNames: new Map(suppliers.map((supplier) => [supplier.id, supplier.name])),
      categories,
      accountNames: new Map(accounts.map((account) => [account.id, account.code ? `${account.code} ${account.name}` : account.name])),
    };
  });
}

/** The deliveries still awaited on `today`: sent orders only, found by their status index. */
export async function loadOpenDeliveries(db: BackofficeDb, today: IsoDate): Promise<OpenDelivery[]> {
  return openDeliveries(await db.purchaseOrders.where('status').anyOf(['ordered', 'partiallyReceived']).toArray(), today);
}
