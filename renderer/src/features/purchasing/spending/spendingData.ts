import type { ItemCategory } from '../../../../../shared/catalog/types';
import type { FiscalYearStart, IsoDate } from '../../../../../shared/dates';
import { openDeliveries, type OpenDelivery } from '../../../../../shared/purchasing/deliveries';
import { spendingLines, type SpendingLine, type SpendingPeriod } from '../../../../../shared/purchasing/spending';
import type { BackofficeDb } from '../../../db/database';

/** What the spending page shows: the period's bill lines, the deliveries still awaited, and the names to show them by. */
export type SpendingData = {
  lines: SpendingLine[];
  deliveries: OpenDelivery[];
  currency: string;
  companyName: string;
  fiscalYearStart: FiscalYearStart;
  supplierNames: ReadonlyMap<string, string>;
  categories: readonly ItemCategory[];
  accountNames: ReadonlyMap<string, string>;
};

/**
 * Reads spending for a period and the open deliveries on `today`, in one read so the
 * figures agree with each other. Bills have no date index: all are read (one record per
 * bill), and only the orders the period's posted bills name.
 */
export function loadSpending(db: BackofficeDb, period: SpendingPeriod, today: IsoDate): Promise<SpendingData> {
  const tables = [db.purchaseBills, db.purchaseOrders, db.items, db.itemCategories, db.accounts, db.suppliers, db.settings];
  return db.transaction('r', tables, async () => {
    const inPeriod = (await db.purchaseBills.toArray()).filter(
      (bill) => bill.status === 'posted' && (period.from === null || bill.billDate >= period.from) && (period.to === null || bill.billDate <= period.to),
    );
    const orderIds = [...new Set(inPeriod.flatMap((bill) => [...bill.orderIds, ...bill.lines.flatMap((line) => (line.orderId ? [line.orderId] : []))]))];
    const [orders, open, items, categories, accounts, suppliers, company] = await Promise.all([
      db.purchaseOrders.bulkGet(orderIds),
      db.purchaseOrders.where('status').anyOf(['ordered', 'partiallyReceived']).toArray(),
      db.items.toArray(),
      db.itemCategories.toArray(),
      db.accounts.toArray(),
      db.suppliers.toArray(),
      db.settings.get('company'),
    ]);
    const found = orders.filter((order) => order !== undefined);
    const settings = company?.key === 'company' ? company : undefined;
    return {
      lines: spendingLines({ bills: inPeriod, orders: found, itemCategories: new Map(items.map((item) => [item.id, item.categoryId])) }, period),
      deliveries: openDeliveries(open, today),
      currency: settings?.baseCurrency ?? 'EUR',
      companyName: settings?.name ?? '',
      fiscalYearStart: settings?.fiscalYearStart ?? { month: 1, day: 1 },
      supplierNames: new Map(suppliers.map((supplier) => [supplier.id, supplier.name])),
      categories,
      accountNames: new Map(accounts.map((account) => [account.id, account.code ? `${account.code} ${account.name}` : account.name])),
    };
  });
}
