import { accountWithRole } from '../../../../../shared/ledger/accounts';
import { payablesAccounts } from '../../../../../shared/ledger/payablesAccounts';
import { billEntry, billProblems, defaultBillLines, type BillAccounts } from '../../../../../shared/purchasing/billing';
import { toleranceFor } from '../../../../../shared/purchasing/matching';
import { addDays } from '../../../../../shared/purchasing/orderDrafts';
import { orderRefusal } from '../../../../../shared/purchasing/orderStates';
import { PurchasingRejected, refuseIfAny } from '../../../../../shared/purchasing/problems';
import { linesWithSpendingFacts } from '../../../../../shared/purchasing/spending';
import type { PurchaseBill, PurchaseOrder } from '../../../../../shared/purchasing/types';
import type { IsoDate } from '../../../../../shared/dates';
import type { Account } from '../../../../../shared/ledger/types';
import { supplierAccountId } from '../../../features/bookkeeping/quick/quickForms';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { ledgerTables, readCompanyFacts } from '../ledger/context';
import { postWithinTransaction } from '../ledger/posting';
import { inventoryAccountsOf, readInventorySettings } from '../stock/accounts';
import { receiptsOfOrders } from './receipts';
import { readPurchasingSettings } from './settings';

/**
 * A new bill for an order (not stored yet): its supplier, the due date from the supplier's
 * payment terms, and a line for everything received and not billed, at the order's price.
 */
export async function newBillFor(db: BackofficeDb, orderId: string, billDate: IsoDate): Promise<PurchaseBill> {
  const order = await db.purchaseOrders.get(orderId);
  if (!order) throw new PurchasingRejected([{ code: 'billOrderMissing' }]);
  refuseIfAny([orderRefusal(order, 'bill')].filter((problem) => problem !== null));
  const supplier = await db.suppliers.get(order.supplierId);
  const at = now();
  return {
    id: newId(), createdAt: at, updatedAt: at, supplierId: order.supplierId, number: '', billDate, dueDate: addDays(billDate, supplier?.paymentTermsDays ?? 0),
    currency: order.currency, orderIds: [order.id], lines: defaultBillLines([order], newId), status: 'draft', entryId: null, postedAt: null, note: '',
  };
}

/** Stores a bill as a draft (nothing is booked); a posted bill cannot be changed. */
export function saveBill(db: BackofficeDb, bill: PurchaseBill): Promise<PurchaseBill> {
  return writeWithAudit(db, [db.purchaseBills], 'purchaseBillSaved', async () => {
    const stored = await db.purchaseBills.get(bill.id);
    if (stored?.status === 'posted' || bill.status === 'posted') throw new PurchasingRejected([{ code: 'billPosted', params: { number: stored?.number ?? bill.number } }]);
    const saved = { ...bill, status: 'draft' as const, createdAt: stored?.createdAt ?? bill.createdAt, updatedAt: now() };
    await db.purchaseBills.put(saved);
    return { result: saved, recordIds: [saved.id] };
  });
}

/** The accounts a bill posts to; null when the inventory accounts or a payables account are missing. */
export function billAccountsOf(accounts: readonly Account[], inventory: ReturnType<typeof inventoryAccountsOf>, priceDifferenceAccountId: string | null, supplierName: string): BillAccounts | null {
  const payable = accountWithRole(accounts, 'payable');
  if (!inventory || !payable) return null;
  const live = (id: string | null) => (id && accounts.some((account) => account.id === id && !account.archived) ? id : null);
  return {
    receipt: inventory.receipt,
    receiptIsPayable: payablesAccounts(accounts).has(inventory.receipt),
    priceDifference: live(priceDifferenceAccountId) ?? inventory.adjustment,
    consumption: inventory.consumption,
    payables: supplierAccountId(accounts, payable.id, supplierName) ?? payable.id,
  };
}

/**
 * Posts a bill (stored as given, in the same write): checks the orders' states and that
 * nothing is billed beyond what was received plus the tolerance, books the payable entry
 * (origin purchasing, payee the supplier), adds the billed quantities to the order lines
 * with their status, and links bill, orders and entry. Nothing is written when refused.
 */
export function postBill(db: BackofficeDb, bill: PurchaseBill): Promise<PurchaseBill> {
  return writeWithAudit(
    db,
    [db.purchaseBills, db.purchaseOrders, db.entryBlocks, db.balances, db.registers, db.settings],
    'purchaseBillPosted',
    async () => {
      const stored = await db.purchaseBills.get(bill.id);
      if (stored?.status === 'posted') throw new PurchasingRejected([{ code: 'billPosted', params: { number: stored.number } }]);
      const [supplier, settings, vatCodes, facts, chart, inventorySettings] = await Promise.all([
        db.suppliers.get(bill.supplierId), readPurchasingSettings(db), db.vatCodes.toArray(), readCompanyFacts(db), db.accounts.toArray(), readInventorySettings(db),
      ]);
      if (!supplier) throw new PurchasingRejected([{ code: 'supplierMissing', params: { supplier: bill.supplierId } }]);
      const orders = (await db.purchaseOrders.bulkGet(bill.orderIds)).filter((order): order is PurchaseOrder => order !== undefined);
      const tolerance = toleranceFor(supplier, settings.tolerance);
      const sameNumber = (await db.purchaseBills.where('supplierId').equals(bill.supplierId).toArray()).some(
        (other) => other.id !== bill.id && other.status === 'posted' && other.number.trim().toLocaleLowerCase() === bill.number.trim().toLocaleLowerCase(),
      );
      refuseIfAny([...billProblems(bill, { orders, vatCodes, tolerance }), ...(sameNumber ? [{ code: 'billNumberTaken', params: { number: bill.number.trim() } }] : [])]);
      const accounts = billAccountsOf(chart, inventoryAccountsOf(inventorySettings, chart), settings.priceDifferenceAccountId, supplier.name);
      if (!accounts) throw new PurchasingRejected([{ code: 'billAccountsMissing' }]);

      const at = now();
      const receipts = await receiptsOfOrders(db, bill.orderIds);
      const built = billEntry(bill, { orders, receipts, vatCodes, accounts, supplierName: supplier.name, tolerance, currency: facts.baseCurrency }, { entryId: newId(), at });
      const [entry] = await postWithinTransaction(db, [built.entry]);
      const posted: PurchaseBill = { ...bill, lines: linesWithSpendingFacts(bill, orders), number: bill.number.trim(), status: 'posted', entryId: entry!.id, postedAt: at, createdAt: stored?.createdAt ?? bill.createdAt, updatedAt: at, receiptIds: receipts.map((receipt) => receipt.id) };
      await db.purchaseBills.put(posted);
      await db.purchaseOrders.bulkPut(built.orders);
      return { result: posted, recordIds: [posted.id, entry!.id, ...orders.map((order) => order.id)] };
    },
    { alsoReads: [db.suppliers, db.goodsReceipts, ...ledgerTables(db)] },
  );
}

/** An order's bills, newest first. */
export async function billsOfOrder(db: BackofficeDb, orderId: string): Promise<PurchaseBill[]> {
  const bills = await db.purchaseBills.where('orderIds').equals(orderId).toArray();
  return bills.sort((a, b) => (a.billDate < b.billDate ? 1 : -1));
}
