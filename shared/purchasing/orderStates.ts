import type { PurchasingProblem } from './problems';
import type { OrderLine, OrderStatus, PurchaseOrder } from './types';

/**
 * The purchase order's life: draft → ordered → partially received → received → closed,
 * or cancelled. Each state says what may still be done to the order; every write asks
 * `orderRefusal` first, so an impossible move is refused with the same message everywhere.
 */
export const orderActions = [
  /** Change lines: add, remove, quantities, prices. */
  'editLines',
  /** Change the expected date, delivery address, terms and notes. */
  'editHeader',
  /** Send it: the draft becomes an order the supplier holds us to. */
  'order',
  'receive',
  'bill',
  /** Close lines short or the whole order: what is still missing is no longer expected. */
  'close',
  'cancel',
  /** Throw a draft away. */
  'delete',
] as const;
export type OrderAction = (typeof orderActions)[number];

const allowed: Record<OrderStatus, readonly OrderAction[]> = {
  draft: ['editLines', 'editHeader', 'order', 'cancel', 'delete'],
  ordered: ['editLines', 'editHeader', 'receive', 'bill', 'close', 'cancel'],
  partiallyReceived: ['editHeader', 'receive', 'bill', 'close'],
  received: ['editHeader', 'bill', 'close'],
  // A closed order may still be billed for what was received and not billed yet.
  closed: ['bill'],
  cancelled: [],
};

export function mayDo(status: OrderStatus, action: OrderAction): boolean {
  return allowed[status].includes(action);
}

/**
 * Why `action` cannot be done to `order`, as a problem (`purchasing.problems.refused.<action>`,
 * e.g. "PO-2026-0042 is cancelled: it cannot be received."), or null when it can.
 */
export function orderRefusal(order: Pick<PurchaseOrder, 'status' | 'number'>, action: OrderAction): PurchasingProblem | null {
  return mayDo(order.status, action) ? null : { code: `refused.${action}`, params: { number: order.number, status: order.status } };
}

/** What is still expected of a line: ordered less received, nothing once it is closed short. */
export const stillToReceive = (line: OrderLine): number => (line.closedShort ? 0 : Math.max(0, line.quantity - line.received));

/** What of a line's deliveries the supplier has not billed yet. */
export const stillToBill = (line: OrderLine): number => Math.max(0, line.received - line.billed);

/**
 * The status an ordered order has after a receipt, a closing short or a bill: received
 * when nothing more is expected, closed when, in addition, everything received is billed.
 * Drafts, cancelled orders and orders the user closed keep their status (a closed order
 * billed later stays closed).
 */
export function statusFromLines(order: Pick<PurchaseOrder, 'status' | 'lines'>): OrderStatus {
  if (order.status === 'draft' || order.status === 'cancelled' || order.status === 'closed') return order.status;
  const anythingReceived = order.lines.some((line) => line.received > 0);
  const allIn = order.lines.every((line) => stillToReceive(line) === 0);
  if (!allIn) return anythingReceived ? 'partiallyReceived' : 'ordered';
  return order.lines.every((line) => stillToBill(line) === 0) ? 'closed' : 'received';
}

/**
 * Why billing `quantity` more of a line is refused: the order's state forbids billing, or
 * the line would be billed beyond what was received plus the tolerance (basis points,
 * 200 = 2 %, rounded down to whole smallest units). Null when it may be billed.
 */
export function billRefusal(
  order: Pick<PurchaseOrder, 'status' | 'number'>,
  line: Pick<OrderLine, 'received' | 'billed' | 'description'>,
  quantity: number,
  tolerance: number,
): PurchasingProblem | null {
  const refused = orderRefusal(order, 'bill');
  if (refused) return refused;
  const limit = line.received + Math.floor((line.received * tolerance) / 10_000);
  if (line.billed + quantity <= limit) return null;
  return { code: 'orderBillBeyondReceived', params: { number: order.number, line: line.description, billable: String(Math.max(0, limit - line.billed)) } };
}
