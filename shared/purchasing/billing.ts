import { isIsoDate } from '../dates';
import type { EntryLine, JournalEntry, VatCode } from '../ledger/types';
import { matchBillLine } from './matching';
import { orderRefusal, statusFromLines, stillToBill } from './orderStates';
import { vatTotalsOf } from './orders';
import { lineNet } from './orderTotals';
import type { PurchasingProblem } from './problems';
import type { BillLine, GoodsReceipt, OrderLine, PurchaseBill, PurchaseOrder } from './types';

/** What the supplier is still owed a bill for, at the order's price: the default lines of a new bill. */
export function defaultBillLines(orders: readonly PurchaseOrder[], newId: () => string): BillLine[] {
  return orders.flatMap((order) =>
    order.lines
      .filter((line) => stillToBill(line) > 0)
      .map((line) => ({
        id: newId(), orderId: order.id, orderLineId: line.id, description: line.description, quantity: stillToBill(line),
        price: line.price, priceUnit: line.priceUnit, vatCodeId: line.vatCodeId, accountId: null,
      })),
  );
}

/** A bill line's net: quantity × price / price unit, rounded once (as an order line's). */
export const billLineNet = (line: Pick<BillLine, 'quantity' | 'price' | 'priceUnit'>): number => lineNet(line);

export type BillVatTotal = { vatCodeId: string | null; net: number; tax: number; gross: number };
export type BillTotals = { byVat: BillVatTotal[]; net: number; tax: number; gross: number };

/**
 * Totals per VAT code, the same way an order's are (vatTotalsOf: the code's nets summed,
 * its VAT rounded once, half up), so the bookkeeping entry's VAT lines are these figures.
 */
export function billTotals(lines: readonly Pick<BillLine, 'quantity' | 'price' | 'priceUnit' | 'vatCodeId'>[], vatCodes: readonly VatCode[], currency: string): BillTotals {
  const byVat = vatTotalsOf(
    lines.map((line) => ({ net: billLineNet(line), vatCodeId: line.vatCodeId })),
    vatCodes,
    currency,
  ).map((total): BillVatTotal => ({ vatCodeId: total.vatCodeId, net: total.net, tax: total.vat, gross: total.gross }));
  const sum = (pick: (total: BillVatTotal) => number) => byVat.reduce((total, vat) => total + pick(vat), 0);
  return { byVat, net: sum((vat) => vat.net), tax: sum((vat) => vat.tax), gross: sum((vat) => vat.gross) };
}

/**
 * The value of the goods received on an order line that a bill clears from the receipt
 * account, per receipt: deliveries are billed oldest first at the cost they came in at
 * (a receipt line billed whole clears exactly its value, one billed in parts clears the
 * order price of each part), so the receipt account of a fully billed line comes to zero.
 */
export function receiptClearing(line: OrderLine, receipts: readonly GoodsReceipt[], billedBefore: number, billing: number): Map<string, number> {
  const cleared = new Map<string, number>();
  const valueOf = (quantity: number, of: { quantity: number; value: number }) => (quantity >= of.quantity ? of.value : lineNet(line, quantity));
  let before = billedBefore;
  let now = billedBefore + billing;
  for (const receipt of receipts) {
    for (const received of receipt.lines) {
      if (received.orderLineId !== line.id) continue;
      const fromBefore = Math.min(Math.max(before, 0), received.quantity);
      const fromNow = Math.min(Math.max(now, 0), received.quantity);
      const amount = valueOf(fromNow, received) - (fromBefore === 0 ? 0 : valueOf(fromBefore, received));
      if (amount !== 0) cleared.set(receipt.id, (cleared.get(receipt.id) ?? 0) + amount);
      before -= received.quantity;
      now -= received.quantity;
    }
  }
  return cleared;
}

export type BillAccounts = {
  /** Goods received not invoiced (a payables account in charts without one). */
  receipt: string;
  receiptIsPayable: boolean;
  priceDifference: string;
  consumption: string;
  /** The supplier's payables account or its own sub-account. */
  payables: string;
};

export type BillContext = {
  /** The bill's orders as stored before posting. */
  orders: readonly PurchaseOrder[];
  /** Their receipts, oldest first. */
  receipts: readonly GoodsReceipt[];
  vatCodes: readonly VatCode[];
  accounts: BillAccounts;
  supplierName: string;
  tolerance: number;
  currency: string;
};

/** Everything that stops a bill from being posted, before anything is written. */
export function billProblems(bill: PurchaseBill, context: Pick<BillContext, 'orders' | 'vatCodes' | 'tolerance'>): PurchasingProblem[] {
  if (bill.status === 'posted') return [{ code: 'billPosted', params: { number: bill.number } }];
  const problems: PurchasingProblem[] = [];
  if (bill.number.trim() === '') problems.push({ code: 'billNumberMissing' });
  if (!isIsoDate(bill.billDate) || !isIsoDate(bill.dueDate)) problems.push({ code: 'billDateInvalid' });
  if (bill.lines.length === 0) problems.push({ code: 'billNoLines' });
  const orders = new Map(context.orders.map((order) => [order.id, order]));
  for (const orderId of bill.orderIds) {
    const order = orders.get(orderId);
    if (!order) problems.push({ code: 'billOrderMissing' });
    else if (order.supplierId !== bill.supplierId) problems.push({ code: 'billOrderOtherSupplier', params: { number: order.number } });
    else {
      const refusal = orderRefusal(order, 'bill');
      if (refusal) problems.push(refusal);
    }
  }
  const vatIds = new Set(context.vatCodes.filter((code) => code.kind === 'input').map((code) => code.id));
  const billing = new Map<string, number>();
  for (const line of bill.lines) {
    const name = line.description || '—';
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) problems.push({ code: 'billQuantityInvalid', params: { line: name } });
    if (!Number.isSafeInteger(line.price) || line.price < 0 || !Number.isSafeInteger(line.priceUnit) || line.priceUnit <= 0) problems.push({ code: 'billPriceInvalid', params: { line: name } });
    if (line.vatCodeId !== null && !vatIds.has(line.vatCodeId)) problems.push({ code: 'billVatUnknown', params: { line: name } });
    if (line.orderLineId === null) continue;
    const order = line.orderId === null ? undefined : orders.get(line.orderId);
    if (!order || !bill.orderIds.includes(order.id) || !order.lines.some((orderLine) => orderLine.id === line.orderLineId)) {
      problems.push({ code: 'billOrderLineUnknown', params: { line: name } });
      continue;
    }
    billing.set(line.orderLineId, (billing.get(line.orderLineId) ?? 0) + line.quantity);
  }
  for (const order of context.orders) {
    for (const line of order.lines) {
      const quantity = billing.get(line.id);
      if (quantity === undefined) continue;
      if (matchBillLine(line, { quantity, price: line.price, priceUnit: line.priceUnit }, context.tolerance).flags.includes('quantityOverReceived')) {
        problems.push({ code: 'billOverReceived', params: { number: order.number, line: line.description, received: String(line.received), billed: String(line.billed + quantity) } });
      }
    }
  }
  return problems;
}

/**
 * The payable entry of a bill (a draft for the ledger) and its orders after billing:
 * Dr the receipt account for the received goods it bills at the cost they came in at,
 * Dr the price (and quantity) difference, Dr free-text and extra lines' accounts, Dr input
 * VAT per code, Cr the supplier's payables gross. Where the receipt account is a payables
 * account, its debit names the receipts it clears (`settles`), so the aging shows just
 * the bill's gross as owed from the bill's date. Call after `billProblems` found nothing.
 */
export function billEntry(bill: PurchaseBill, context: BillContext, stamp: { entryId: string; at: string }): { entry: JournalEntry; orders: PurchaseOrder[]; totals: BillTotals } {
  const { accounts } = context;
  const lineOf = new Map(context.orders.flatMap((order) => order.lines.map((line) => [line.id, { order, line }] as const)));
  const billing = new Map<string, number>();
  const debits = new Map<string, number>();
  const debit = (accountId: string, amount: number) => debits.set(accountId, (debits.get(accountId) ?? 0) + amount);
  const settles = new Map<string, number>();
  let clearing = 0;
  for (const line of bill.lines) {
    const net = billLineNet(line);
    const found = line.orderLineId === null ? undefined : lineOf.get(line.orderLineId);
    if (!found) {
      debit(line.accountId ?? accounts.consumption, net);
      continue;
    }
    const before = found.line.billed + (billing.get(found.line.id) ?? 0);
    billing.set(found.line.id, (billing.get(found.line.id) ?? 0) + line.quantity);
    if (found.line.itemId === null) {
      debit(found.line.accountId ?? accounts.consumption, net);
      continue;
    }
    const receipts = context.receipts.filter((receipt) => receipt.orderId === found.order.id);
    let cleared = 0;
    for (const [receiptId, amount] of receiptClearing(found.line, receipts, before, line.quantity)) {
      cleared += amount;
      settles.set(receiptId, (settles.get(receiptId) ?? 0) + amount);
    }
    clearing += cleared;
    debit(accounts.priceDifference, net - cleared);
  }
  const totals = billTotals(bill.lines, context.vatCodes, context.currency);
  const codes = new Map(context.vatCodes.map((code) => [code.id, code]));
  const lines: EntryLine[] = [];
  const add = (accountId: string, amount: number, extra: Partial<EntryLine> = {}) => {
    if (amount > 0) lines.push({ accountId, debit: amount, credit: 0, ...extra });
    else if (amount < 0) lines.push({ accountId, debit: 0, credit: -amount, ...extra });
  };
  // The receipt account's debit comes first, so the aging clears the receipts before the bill's credit arrives.
  add(accounts.receipt, clearing);
  for (const [accountId, amount] of debits) add(accountId, amount);
  for (const vat of totals.byVat) {
    const code = vat.vatCodeId === null ? undefined : codes.get(vat.vatCodeId);
    if (code) add(code.accountId, vat.tax, { vatCode: code.id });
  }
  add(accounts.payables, -totals.gross);

  const receiptEntries = new Map(context.receipts.map((receipt) => [receipt.id, receipt.entryId]));
  const named = [...settles].flatMap(([receiptId, amount]) => {
    const entryId = receiptEntries.get(receiptId);
    return entryId && amount > 0 ? [{ entryId, amount }] : [];
  });
  const orderNumbers = context.orders.filter((order) => bill.orderIds.includes(order.id)).map((order) => order.number);
  const entry: JournalEntry = {
    id: stamp.entryId,
    number: '',
    date: bill.billDate,
    payee: context.supplierName,
    memo: `Bill ${bill.number} / ${orderNumbers.join(', ')}`,
    currency: context.currency,
    lines,
    status: 'draft',
    origin: 'purchasing',
    documentIds: [],
    ...(accounts.receiptIsPayable && named.length > 0 ? { settles: named } : {}),
    createdAt: stamp.at,
    updatedAt: stamp.at,
  };
  const orders = context.orders.map((order) => {
    if (!bill.orderIds.includes(order.id)) return order;
    const billedLines = order.lines.map((line) => ({ ...line, billed: line.billed + (billing.get(line.id) ?? 0) }));
    const changed = { ...order, lines: billedLines, billIds: order.billIds.includes(bill.id) ? order.billIds : [...order.billIds, bill.id], updatedAt: stamp.at };
    const status = statusFromLines(changed);
    return { ...changed, status, closedAt: status === 'closed' && order.status !== 'closed' ? stamp.at : order.closedAt };
  });
  return { entry, orders, totals };
}

