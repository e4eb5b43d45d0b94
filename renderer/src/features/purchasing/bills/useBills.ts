import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, VatCode } from '../../../../../shared/ledger/types';
import { billTotals } from '../../../../../shared/purchasing/billing';
import { matchBillLine, toleranceFor } from '../../../../../shared/purchasing/matching';
import { mayDo, stillToBill } from '../../../../../shared/purchasing/orderStates';
import type { BillLine, PurchaseBill, PurchaseOrder, Supplier } from '../../../../../shared/purchasing/types';
import { appDb } from '../../../db/appDb';
import { readPurchasingSettings } from '../../../db/repositories/purchasing/settings';

export type BillContextData = {
  orders: PurchaseOrder[];
  /** Other orders of the supplier with goods received and not billed, which the bill may cover too. */
  moreOrders: PurchaseOrder[];
  supplier: Supplier | undefined;
  vatCodes: VatCode[];
  accounts: Account[];
  tolerance: number;
};

/** What a bill is compared with and booked against: its orders, supplier, input VAT codes and the chart, kept current. */
export function useBillContext(orderIds: readonly string[], supplierId: string): BillContextData | undefined {
  return useLiveQuery(async () => {
    const [orders, supplier, vatCodes, accounts, settings] = await Promise.all([
      appDb.purchaseOrders.where('supplierId').equals(supplierId).toArray(), appDb.suppliers.get(supplierId), appDb.vatCodes.toArray(), appDb.accounts.toArray(), readPurchasingSettings(appDb),
    ]);
    const billable = (order: PurchaseOrder) => mayDo(order.status, 'bill') && order.lines.some((line) => stillToBill(line) > 0);
    return {
      orders: orderIds.flatMap((id) => orders.filter((order) => order.id === id)),
      moreOrders: orders.filter((order) => !orderIds.includes(order.id) && billable(order)).sort((a, b) => (a.number < b.number ? -1 : 1)),
      supplier,
      vatCodes: vatCodes.filter((code) => code.kind === 'input' && !code.archived),
      accounts,
      tolerance: toleranceFor(supplier, settings.tolerance),
    };
  }, [orderIds.join(','), supplierId]);
}

/**
 * The three-way comparison of each order line of a bill; on a posted bill the order's
 * billed quantity already holds this bill's, so what came before is that less this bill.
 */
export function billMatches(bill: Pick<PurchaseBill, 'status' | 'lines'>, orders: readonly PurchaseOrder[], tolerance: number) {
  const orderLines = new Map(orders.flatMap((order) => order.lines.map((line) => [line.id, line] as const)));
  const seen = new Map<string, number>();
  return new Map(
    bill.lines.flatMap((line: BillLine) => {
      const orderLine = line.orderLineId === null ? undefined : orderLines.get(line.orderLineId);
      if (!orderLine) return [];
      const earlierOnThisBill = seen.get(orderLine.id) ?? 0;
      seen.set(orderLine.id, earlierOnThisBill + line.quantity);
      const thisBill = bill.lines.filter((candidate) => candidate.orderLineId === orderLine.id).reduce((sum, candidate) => sum + candidate.quantity, 0);
      const before = (bill.status === 'posted' ? orderLine.billed - thisBill : orderLine.billed) + earlierOnThisBill;
      return [[line.id, matchBillLine(orderLine, line, tolerance, before)] as const];
    }),
  );
}

export type BillRow = { bill: PurchaseBill; supplierName: string; total: number; flagged: boolean };

/** Every bill, newest first, with its supplier, total and whether a line is flagged. */
export function useBillRows(): BillRow[] | undefined {
  return useLiveQuery(async () => {
    const [bills, suppliers, orders, vatCodes, settings] = await Promise.all([
      appDb.purchaseBills.toArray(), appDb.suppliers.toArray(), appDb.purchaseOrders.toArray(), appDb.vatCodes.toArray(), readPurchasingSettings(appDb),
    ]);
    const supplierOf = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
    return bills
      .sort((a, b) => (a.billDate === b.billDate ? (a.createdAt < b.createdAt ? 1 : -1) : a.billDate < b.billDate ? 1 : -1))
      .map((bill) => {
        const supplier = supplierOf.get(bill.supplierId);
        const matches = billMatches(bill, orders.filter((order) => bill.orderIds.includes(order.id)), toleranceFor(supplier, settings.tolerance));
        return { bill, supplierName: supplier?.name ?? '', total: billTotals(bill.lines, vatCodes, bill.currency).gross, flagged: [...matches.values()].some((match) => match.flags.length > 0) };
      });
  }, []);
}
