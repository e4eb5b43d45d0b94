import { describe, expect, it } from 'vitest';
import { openDeliveries } from './deliveries';
import type { OrderLine, PurchaseOrder } from './types';

const line = (id: string, quantity: number, received: number, extra: Partial<OrderLine> = {}): OrderLine => ({
  id, itemId: null, description: id, supplierSku: '', quantity, unit: { code: 'pcs', decimals: 0 }, price: 250, priceUnit: 1,
  vatCodeId: null, accountId: null, received, billed: 0, closedShort: false, requestIds: [], ...extra,
});
const order = (number: string, status: PurchaseOrder['status'], expectedDate: string | null, lines: OrderLine[]): PurchaseOrder => ({
  id: `id-${number}`, createdAt: '', updatedAt: '', number, supplierId: 's', supplierName: 'Toner World', status, orderDate: '2026-03-01', expectedDate,
  deliveryAddress: '', locationId: null, currency: 'EUR', terms: '', notes: '', department: '', lines, receiptIds: [], billIds: [], orderedAt: null, closedAt: null, cancelledAt: null,
});

describe('openDeliveries', () => {
  const orders = [
    order('PO-1', 'ordered', '2026-03-10', [line('a', 10, 0)]),
    order('PO-2', 'partiallyReceived', '2026-03-05', [line('a', 10, 4), line('b', 5, 5), line('c', 8, 2, { closedShort: true })]),
    order('PO-3', 'ordered', '2026-03-20', [line('a', 1, 0)]),
    order('PO-4', 'ordered', null, [line('a', 1, 0)]),
    order('PO-5', 'ordered', '2026-03-19', [line('a', 2, 0, { price: 1_000, priceUnit: 3 })]),
    order('draft', 'draft', '2026-01-01', [line('a', 1, 0)]),
    order('received', 'received', '2026-01-01', [line('a', 1, 1)]),
    order('closed', 'closed', '2026-01-01', [line('a', 1, 0, { closedShort: true })]),
    order('cancelled', 'cancelled', '2026-01-01', [line('a', 1, 0)]),
    // Ordered, but every line closed short: nothing is awaited any more.
    order('short', 'ordered', '2026-01-01', [line('a', 1, 0, { closedShort: true })]),
  ];

  it('lists sent orders with something to come, the most overdue first, undated last', () => {
    expect(openDeliveries(orders, '2026-03-20').map((d) => [d.number, d.daysLate, d.overdue])).toEqual([
      ['PO-2', 15, true],
      ['PO-1', 10, true],
      ['PO-5', 1, true],
      ['PO-3', 0, false],
      ['PO-4', 0, false],
    ]);
  });

  it('is late only after the expected day', () => {
    const onTheDay = openDeliveries(orders, '2026-03-10').find((d) => d.number === 'PO-1')!;
    expect(onTheDay).toMatchObject({ daysLate: 0, overdue: false });
    expect(openDeliveries(orders, '2026-03-11').find((d) => d.number === 'PO-1')).toMatchObject({ daysLate: 1, overdue: true });
  });

  it('values only what is still to receive, each line rounded once', () => {
    const byNumber = Object.fromEntries(openDeliveries(orders, '2026-03-20').map((d) => [d.number, d]));
    expect(byNumber['PO-2']).toMatchObject({ openLines: 1, valueToReceive: 6 * 250 });
    expect(byNumber['PO-1']).toMatchObject({ openLines: 1, valueToReceive: 2_500 });
    expect(byNumber['PO-5']!.valueToReceive).toBe(667);
  });
});
