import type { IsoDate } from '../dates';
import { daysBetween } from '../ledger/periods';
import { stillToReceive } from './orderStates';
import { lineNet } from './orderTotals';
import type { PurchaseOrder } from './types';

/**
 * Deliveries the office still waits for: sent orders (ordered or partly received) with
 * something still to come, late once their expected date has passed.
 */
export type OpenDelivery = {
  orderId: string;
  number: string;
  supplierId: string;
  supplierName: string;
  orderDate: IsoDate;
  expectedDate: IsoDate | null;
  /** Days past the expected date; 0 when not late (or no date is expected). */
  daysLate: number;
  overdue: boolean;
  /** Lines with something still to receive. */
  openLines: number;
  /** Net value of what is still to receive, at the order's prices. */
  valueToReceive: number;
};

const waiting = new Set<PurchaseOrder['status']>(['ordered', 'partiallyReceived']);

/** Open deliveries on `today`: the most overdue first, then by the day they are expected (none last). */
export function openDeliveries(orders: readonly PurchaseOrder[], today: IsoDate): OpenDelivery[] {
  const open: OpenDelivery[] = [];
  for (const order of orders) {
    if (!waiting.has(order.status)) continue;
    const lines = order.lines.filter((line) => stillToReceive(line) > 0);
    if (lines.length === 0) continue;
    const daysLate = order.expectedDate !== null && order.expectedDate < today ? daysBetween(order.expectedDate, today) : 0;
    open.push({
      orderId: order.id,
      number: order.number,
      supplierId: order.supplierId,
      supplierName: order.supplierName,
      orderDate: order.orderDate,
      expectedDate: order.expectedDate,
      daysLate,
      overdue: daysLate > 0,
      openLines: lines.length,
      valueToReceive: lines.reduce((sum, line) => sum + lineNet(line, stillToReceive(line)), 0),
    });
  }
  const expected = (delivery: OpenDelivery) => delivery.expectedDate ?? '9999-12-31';
  return open.sort((a, b) => b.daysLate - a.daysLate || expected(a).localeCompare(expected(b)) || a.number.localeCompare(b.number));
}
