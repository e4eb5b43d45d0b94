import { describe, expect, it } from 'vitest';
import { linesWithSpendingFacts, monthsBetween, spendingLines, spendingReport, type SpendingSources } from './spending';
import type { BillLine, OrderLine, PurchaseBill, PurchaseOrder } from './types';

const orderLine = (id: string, itemId: string | null, extra: Partial<OrderLine> = {}): OrderLine => ({
  id, itemId, description: id, supplierSku: '', quantity: 10, unit: { code: 'pcs', decimals: 0 }, price: 100, priceUnit: 1,
  vatCodeId: null, accountId: null, received: 10, billed: 10, closedShort: false, requestIds: [], ...extra,
});
const order = (id: string, department: string, lines: OrderLine[]): Pick<PurchaseOrder, 'id' | 'department' | 'lines'> => ({ id, department, lines });
const billLine = (id: string, orderId: string | null, orderLineId: string | null, quantity: number, price: number, extra: Partial<BillLine> = {}): BillLine => ({
  id, orderId, orderLineId, description: id, quantity, price, priceUnit: 1, vatCodeId: null, accountId: null, ...extra,
});
const bill = (id: string, supplierId: string, billDate: string, lines: BillLine[], extra: Partial<PurchaseBill> = {}): PurchaseBill => ({
  id, createdAt: '', updatedAt: '', supplierId, number: id, billDate, dueDate: billDate, currency: 'EUR',
  orderIds: [...new Set(lines.flatMap((line) => (line.orderId ? [line.orderId] : [])))], lines, status: 'posted', entryId: 'e', postedAt: 'x', note: '', ...extra,
});

const sources: SpendingSources = {
  orders: [
    order('o1', 'Sales', [orderLine('paper', 'item-paper'), orderLine('toner', 'item-toner'), orderLine('service', null)]),
    order('o2', ' Warehouse ', [orderLine('paper2', 'item-paper')]),
    order('o3', '', [orderLine('gone', 'item-gone')]),
  ],
  itemCategories: new Map([
    ['item-paper', 'stationery'],
    ['item-toner', 'consumables'],
  ]),
  bills: [
    bill('b1', 'office', '2026-01-31', [
      billLine('l1', 'o1', 'paper', 10, 1_250),
      billLine('l2', 'o1', 'toner', 2, 4_999),
      billLine('l3', 'o1', 'service', 1, 3_000),
      // Freight, no order line and no order named: still the only order's department.
      billLine('l4', null, null, 1, 1_500, { accountId: 'acc-freight' }),
    ]),
    bill('b2', 'toner', '2026-03-01', [billLine('l5', 'o2', 'paper2', 3, 1_000), billLine('l6', 'o3', 'gone', 1, 777)]),
    // A third of a cent per piece: the line rounds once, half-even (1000/3 → 333).
    bill('b3', 'office', '2026-03-31', [billLine('l7', 'o2', 'paper2', 1_000, 1, { priceUnit: 3 })]),
    bill('draft', 'office', '2026-02-10', [billLine('l8', 'o1', 'paper', 5, 100)], { status: 'draft' }),
    bill('before', 'office', '2025-12-31', [billLine('l9', 'o1', 'paper', 5, 100)]),
    bill('after', 'office', '2026-04-01', [billLine('l10', 'o1', 'paper', 5, 100)]),
  ],
};
const q1 = { from: '2026-01-01', to: '2026-03-31' };
const q1Total = 12_500 + 9_998 + 3_000 + 1_500 + 3_000 + 777 + 333;

describe('spendingLines', () => {
  it('takes posted bills dated inside the period, both ends included, and leaves drafts out', () => {
    const lines = spendingLines(sources, q1);
    expect([...new Set(lines.map((line) => line.billId))]).toEqual(['b1', 'b2', 'b3']);
    expect(lines.reduce((sum, line) => sum + line.net, 0)).toBe(q1Total);
    expect(spendingLines(sources, { from: '2026-03-31', to: '2026-04-01' }).map((line) => line.billId)).toEqual(['b3', 'after']);
    expect(spendingLines(sources, { from: null, to: null })).toHaveLength(9);
  });

  it("puts an item's line under its category, free text and unknown items under uncategorised, extras under their account", () => {
    const byId = Object.fromEntries(spendingLines(sources, q1).map((line, index) => [`l${index + 1}`, line]));
    expect(byId.l1).toMatchObject({ category: 'category:stationery', department: 'Sales', month: '2026-01', net: 12_500 });
    expect(byId.l2).toMatchObject({ category: 'category:consumables', net: 9_998 });
    expect(byId.l3).toMatchObject({ category: 'uncategorised', department: 'Sales' });
    expect(byId.l4).toMatchObject({ category: 'account:acc-freight', department: 'Sales' });
    expect(byId.l5).toMatchObject({ category: 'category:stationery', department: 'Warehouse', supplierId: 'toner', month: '2026-03' });
    expect(byId.l6).toMatchObject({ category: 'uncategorised', department: '' });
    expect(byId.l7).toMatchObject({ net: 333 });
  });

  it('a posted line keeps its item and department, and counts under them without its order', () => {
    const b1 = sources.bills[0]!;
    const kept = linesWithSpendingFacts(b1, sources.orders);
    expect(kept.map((line) => [line.itemId, line.department])).toEqual([['item-paper', 'Sales'], ['item-toner', 'Sales'], [null, 'Sales'], [null, 'Sales']]);
    const alone = spendingLines({ bills: [{ ...b1, lines: kept }], orders: [], itemCategories: sources.itemCategories }, q1);
    expect(alone).toEqual(spendingLines({ bills: [b1], orders: sources.orders, itemCategories: sources.itemCategories }, q1));
    expect(alone.map((line) => line.category)).toEqual(['category:stationery', 'category:consumables', 'uncategorised', 'account:acc-freight']);
  });
});

describe('spendingReport', () => {
  const lines = spendingLines(sources, q1);

  it('every grouping adds up to the posted bills of the period, month by month', () => {
    for (const grouping of ['category', 'supplier', 'department', 'month'] as const) {
      const report = spendingReport(lines, grouping);
      expect(report.total, grouping).toBe(q1Total);
      expect(report.groups.reduce((sum, group) => sum + group.total, 0), grouping).toBe(q1Total);
      expect(report.months).toEqual(['2026-01', '2026-02', '2026-03']);
      expect(report.monthTotals).toEqual([26_998, 0, 4_110]);
      for (const group of report.groups) expect(group.byMonth.reduce((a, b) => a + b, 0)).toBe(group.total);
    }
  });

  it('groups by category and supplier, largest first', () => {
    expect(spendingReport(lines, 'category').groups.map((group) => [group.key, group.total])).toEqual([
      ['category:stationery', 15_833],
      ['category:consumables', 9_998],
      ['uncategorised', 3_777],
      ['account:acc-freight', 1_500],
    ]);
    expect(spendingReport(lines, 'supplier').groups.map((group) => [group.key, group.total, group.byMonth])).toEqual([
      ["office", 27_331, [26_998, 0, 333]],
      ['toner', 3_777, [0, 0, 3_777]],
    ]);
    expect(spendingReport(lines, 'department').groups.map((group) => [group.key, group.total])).toEqual([
      ["Sales", 26_998],
      ['Warehouse', 3_333],
      ['', 777],
    ]);
  });

  it('by month lists the months with spending in order; the columns keep the empty month at zero', () => {
    expect(spendingReport(lines, 'month').groups.map((group) => [group.key, group.total])).toEqual([
      ["2026-01", 26_998],
      ['2026-03', 4_110],
    ]);
  });

  it('an empty period gives an empty report at zero', () => {
    expect(spendingReport(spendingLines(sources, { from: '2027-01-01', to: '2027-12-31' }), 'category')).toEqual({ grouping: 'category', months: [], groups: [], monthTotals: [], total: 0 });
  });
});

describe('monthsBetween', () => {
  it('runs across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-02')).toEqual(['2026-02']);
  });
});
