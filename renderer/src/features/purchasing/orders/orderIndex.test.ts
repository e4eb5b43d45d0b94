import { describe, expect, it } from 'vitest';
import type { PurchaseOrder } from '../../../../../shared/purchasing/types';
import { filterOrderRows, noOrderFilter, orderRowOf, sortOrderRows, type OrderFilter } from './orderIndex';

const order = (number: string, extra: Partial<PurchaseOrder> = {}): PurchaseOrder => ({
  id: number, createdAt: '', updatedAt: '', number, supplierId: 'office', supplierName: 'Office Depot Kft.', status: 'ordered', orderDate: '2026-11-02',
  expectedDate: '2026-11-09', deliveryAddress: '', locationId: null, currency: 'EUR', terms: '', notes: '', department: '', receiptIds: [], billIds: [],
  orderedAt: null, closedAt: null, cancelledAt: null,
  lines: [{ id: 'l', itemId: 'p', description: 'Copy paper A4', supplierSku: 'CP-500', quantity: 10, unit: { code: 'pcs', decimals: 0 }, price: 250, priceUnit: 1, vatCodeId: null, accountId: null, received: 0, billed: 0, closedShort: false, requestIds: [] }],
  ...extra,
});

const rows = [
  order('PO-2026-0001'),
  order('PO-2026-0002', { supplierId: 'toner', supplierName: 'Toner World', status: 'draft', orderDate: '2026-11-20', expectedDate: '2026-12-30' }),
  order('PO-2026-0003', { status: 'received', orderDate: '2026-10-01', lines: [] }),
].map(orderRowOf);
const numbers = (filter: Partial<OrderFilter>, today = '2026-12-01') =>
  filterOrderRows(rows, { ...noOrderFilter, ...filter }, today).map((row) => row.number);

describe('order list filter', () => {
  it('counts a line priced per unit and one priced per pack alike', () => {
    const packed = orderRowOf(order('PO-2026-0009', { lines: [{ ...order('x').lines[0]!, quantity: 3, price: 1250, priceUnit: 100 }] }));
    expect([rows[0]!.net, packed.net]).toEqual([2500, 38]);
  });

  it('filters by status, open orders and supplier', () => {
    expect(numbers({ status: 'draft' })).toEqual(['PO-2026-0002']);
    expect(numbers({ status: 'open' })).toEqual(['PO-2026-0001', 'PO-2026-0002', 'PO-2026-0003']);
    expect(numbers({ supplierId: 'toner' })).toEqual(['PO-2026-0002']);
  });

  it('finds words anywhere in number, supplier and item names, in any case', () => {
    expect(numbers({ text: 'toner' })).toEqual(['PO-2026-0002']);
    expect(numbers({ text: 'PAPER 0001' })).toEqual(['PO-2026-0001']);
    expect(numbers({ text: 'cp-500' })).toEqual(['PO-2026-0001', 'PO-2026-0002']);
  });

  it('keeps order dates within the range, both ends included', () => {
    expect(numbers({ from: '2026-11-02', to: '2026-11-20' })).toEqual(['PO-2026-0001', 'PO-2026-0002']);
  });

  it('calls an order overdue once its expected day passed with goods still to come', () => {
    expect(numbers({ overdue: true })).toEqual(['PO-2026-0001']);
    expect(numbers({ overdue: true }, '2026-11-09')).toEqual([]);
  });

  it('sorts by any column, both ways', () => {
    const sorted = sortOrderRows(rows, { key: 'orderDate', descending: true });
    expect(sorted.map((row) => row.number)).toEqual(['PO-2026-0002', 'PO-2026-0001', 'PO-2026-0003']);
    expect(sortOrderRows(rows, { key: 'net', descending: false })[0]!.net).toBe(0);
    expect(sortOrderRows(rows, { key: 'supplierName', descending: true }).map((row) => row.number)).toEqual(['PO-2026-0002', 'PO-2026-0003', 'PO-2026-0001']);
    expect(sortOrderRows(rows, { key: 'number', descending: true }).map((row) => row.number)).toEqual(['PO-2026-0003', 'PO-2026-0002', 'PO-2026-0001']);
  });
});
