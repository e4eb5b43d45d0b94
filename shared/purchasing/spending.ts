import type { IsoDate } from '../dates';
import { lineNet } from './orderTotals';
import type { BillLine, PurchaseBill, PurchaseOrder } from './types';

/**
 * What the office spent with its suppliers: the net of every posted supplier bill, line by
 * line, in a chosen period. A line that bills an order line counts under its item's
 * category (a free-text line: uncategorised) and the order's department; an extra line
 * (freight, a fee) counts under the account it is booked to. Every grouping adds up to the
 * same total: the net of the posted bills of the period.
 */

export const spendingGroupings = ['category', 'supplier', 'department', 'month'] as const;
export type SpendingGrouping = (typeof spendingGroupings)[number];

/** A category key: `category:<id>`, `account:<id>` for an extra line, or `uncategorised`. */
export type SpendingCategory = `category:${string}` | `account:${string}` | 'uncategorised';

/** One posted bill line as spending sees it. */
export type SpendingLine = {
  billId: string;
  supplierId: string;
  /** "2026-03", the month of the bill's date. */
  month: string;
  category: SpendingCategory;
  /** The order's department; '' when none is known. */
  department: string;
  net: number;
};

export type SpendingPeriod = { from: IsoDate | null; to: IsoDate | null };

export type SpendingSources = {
  bills: readonly PurchaseBill[];
  /** The orders the bills bill whose lines do not carry their item and department (others may be there too). */
  orders: readonly Pick<PurchaseOrder, 'id' | 'department' | 'lines'>[];
  /** Item id → category id. */
  itemCategories: ReadonlyMap<string, string>;
};

const inPeriod = (date: IsoDate, { from, to }: SpendingPeriod) => (from === null || date >= from) && (to === null || date <= to);

/** The order a bill line belongs to: its own, or for an extra line of a bill for one order, that order. */
const orderIdOf = (bill: Pick<PurchaseBill, 'orderIds'>, line: BillLine) => line.orderId ?? (bill.orderIds.length === 1 ? bill.orderIds[0]! : null);

/** A bill line knows its item and department itself (a bill posted since they are kept on it). */
export const carriesSpendingFacts = (line: BillLine) => line.itemId !== undefined && line.department !== undefined;

/** The bill's lines with their item and their order's department, as they are kept when the bill is posted. */
export function linesWithSpendingFacts(bill: Pick<PurchaseBill, 'orderIds' | 'lines'>, orders: readonly Pick<PurchaseOrder, 'id' | 'department' | 'lines'>[]): BillLine[] {
  const ordersById = new Map(orders.map((order) => [order.id, order]));
  return bill.lines.map((line) => {
    const orderId = orderIdOf(bill, line);
    const order = orderId === null ? undefined : ordersById.get(orderId);
    return { ...line, itemId: itemOf(line, order), department: order?.department.trim() ?? '' };
  });
}

const itemOf = (line: BillLine, order: Pick<PurchaseOrder, 'lines'> | undefined) =>
  line.orderLineId === null ? null : (order?.lines.find((orderLine) => orderLine.id === line.orderLineId)?.itemId ?? null);

/** The lines of the posted bills dated in the period, each with what it counts under. */
export function spendingLines({ bills, orders, itemCategories }: SpendingSources, period: SpendingPeriod): SpendingLine[] {
  const ordersById = new Map(orders.map((order) => [order.id, order]));
  const lines: SpendingLine[] = [];
  for (const bill of bills) {
    if (bill.status !== 'posted' || !inPeriod(bill.billDate, period)) continue;
    for (const line of bill.lines) {
      // A line posted with its facts needs no order; older ones look theirs up.
      const orderId = orderIdOf(bill, line);
      const order = carriesSpendingFacts(line) || orderId === null ? undefined : ordersById.get(orderId);
      const itemId = carriesSpendingFacts(line) ? line.itemId! : itemOf(line, order);
      lines.push({
        billId: bill.id,
        supplierId: bill.supplierId,
        month: bill.billDate.slice(0, 7),
        category: categoryOf(line, itemId, itemCategories),
        department: carriesSpendingFacts(line) ? line.department! : (order?.department.trim() ?? ''),
        net: lineNet(line),
      });
    }
  }
  return lines;
}

function categoryOf(line: BillLine, itemId: string | null, itemCategories: ReadonlyMap<string, string>): SpendingCategory {
  if (line.orderLineId === null) return line.accountId === null ? 'uncategorised' : `account:${line.accountId}`;
  const categoryId = itemId === null ? undefined : itemCategories.get(itemId);
  return categoryId === undefined ? 'uncategorised' : `category:${categoryId}`;
}

/** One row of the spending table: a category, supplier, department or month, its total and its months. */
export type SpendingGroup = { key: string; total: number; /** Aligned with the report's months. */ byMonth: number[] };

export type SpendingReport = {
  grouping: SpendingGrouping;
  /** Every month from the first to the last with spending, in order ("2026-01"…). */
  months: string[];
  /** Largest first; by month: in month order. */
  groups: SpendingGroup[];
  monthTotals: number[];
  total: number;
};

const keyOf: Record<SpendingGrouping, (line: SpendingLine) => string> = {
  category: (line) => line.category,
  supplier: (line) => line.supplierId,
  department: (line) => line.department,
  month: (line) => line.month,
};

/** The months from `first` to `last`, both "YYYY-MM", in order. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard += 1) {
    const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (text > last) break;
    months.push(text);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** Spending grouped one way, month by month, with totals. */
export function spendingReport(lines: readonly SpendingLine[], grouping: SpendingGrouping): SpendingReport {
  const seenMonths = [...new Set(lines.map((line) => line.month))].sort();
  const months = seenMonths.length === 0 ? [] : monthsBetween(seenMonths[0]!, seenMonths.at(-1)!);
  const column = new Map(months.map((month, index) => [month, index]));
  const groups = new Map<string, SpendingGroup>();
  const monthTotals = months.map(() => 0);
  let total = 0;
  for (const line of lines) {
    const key = keyOf[grouping](line);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, total: 0, byMonth: months.map(() => 0) }));
    const at = column.get(line.month)!;
    group.total += line.net;
    group.byMonth[at]! += line.net;
    monthTotals[at]! += line.net;
    total += line.net;
  }
  const ordered = [...groups.values()].sort(grouping === 'month' ? (a, b) => a.key.localeCompare(b.key) : (a, b) => b.total - a.total || a.key.localeCompare(b.key));
  return { grouping, months, groups: ordered, monthTotals, total };
}
