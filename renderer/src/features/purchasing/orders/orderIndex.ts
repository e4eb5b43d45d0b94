import type { IsoDate } from '../../../../../shared/dates';
import { stillToReceive } from '../../../../../shared/purchasing/orderStates';
import { lineNet } from '../../../../../shared/purchasing/orderTotals';
import type { OrderStatus, PurchaseOrder } from '../../../../../shared/purchasing/types';

/**
 * The order list's compact index: one small row per order, built once when the orders
 * load, so typing in the filter only scans short strings (20,000 orders in milliseconds)
 * and never walks the orders' lines again.
 */
export type OrderRow = {
  id: string;
  number: string;
  supplierId: string;
  supplierName: string;
  status: OrderStatus;
  orderDate: IsoDate;
  expectedDate: IsoDate | null;
  lineCount: number;
  net: number;
  currency: string;
  /** Something is still expected of it. */
  waiting: boolean;
  /** Number, supplier and item names, lower case, for the text filter. */
  text: string;
};

export type OrderFilter = {
  status: OrderStatus | 'all' | 'open';
  supplierId: string;
  text: string;
  from: IsoDate | '';
  to: IsoDate | '';
  overdue: boolean;
};

export const orderSortKeys = ['number', 'supplierName', 'orderDate', 'expectedDate', 'status', 'net'] as const;
export type OrderSortKey = (typeof orderSortKeys)[number];
export type OrderSort = { key: OrderSortKey; descending: boolean };

export const noOrderFilter: OrderFilter = { status: 'all', supplierId: '', text: '', from: '', to: '', overdue: false };

const openStatuses: readonly OrderStatus[] = ['draft', 'ordered', 'partiallyReceived', 'received'];

export function orderRowOf(order: PurchaseOrder): OrderRow {
  let net = 0;
  let waiting = false;
  const names: string[] = [order.number, order.supplierName];
  for (const line of order.lines) {
    net += lineNet(line);
    if (stillToReceive(line) > 0) waiting = true;
    names.push(line.description, line.supplierSku);
  }
  return {
    id: order.id, number: order.number, supplierId: order.supplierId, supplierName: order.supplierName, status: order.status,
    orderDate: order.orderDate, expectedDate: order.expectedDate, lineCount: order.lines.length, net, currency: order.currency,
    waiting: waiting && (order.status === 'ordered' || order.status === 'partiallyReceived'),
    text: names.join('\u0000').toLocaleLowerCase(),
  };
}

/** Overdue: the expected day has passed and something is still to come. */
export const isOverdue = (row: Pick<OrderRow, 'waiting' | 'expectedDate'>, today: IsoDate): boolean =>
  row.waiting && row.expectedDate !== null && row.expectedDate < today;

/** The rows the filter lets through, in the sort's order (a new array; the index is untouched). */
export function filterOrderRows(rows: readonly OrderRow[], filter: OrderFilter, sort: OrderSort, today: IsoDate): OrderRow[] {
  const words = filter.text.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const result = rows.filter(
    (row) =>
      (filter.status === 'all' || (filter.status === 'open' ? openStatuses.includes(row.status) : row.status === filter.status)) &&
      (filter.supplierId === '' || row.supplierId === filter.supplierId) &&
      (filter.from === '' || row.orderDate >= filter.from) &&
      (filter.to === '' || row.orderDate <= filter.to) &&
      (!filter.overdue || isOverdue(row, today)) &&
      words.every((word) => row.text.includes(word)),
  );
  const { key, descending } = sort;
  const direction = descending ? -1 : 1;
  return result.sort((a, b) => {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (order || a.number.localeCompare(b.number)) * direction;
  });
}
