import { describe, expect, it } from 'vitest';
import { receiptClearing } from './billing';
import { allowanceOver, priceDiffers } from './matching';
import { applyReceipt, overDeliveries, receiptMovements, receiptProblems, type ReceiveInput } from './receiving';
import type { GoodsReceipt, OrderLine, PurchaseOrder } from './types';

const line = (id: string, extra: Partial<OrderLine> = {}): OrderLine => ({
  id, itemId: `item-${id}`, description: `Line ${id}`, supplierSku: '', quantity: 100, unit: { code: 'kg', decimals: 3 }, price: 250, priceUnit: 1000,
  vatCodeId: null, accountId: null, received: 0, billed: 0, closedShort: false, requestIds: [], ...extra,
});

const order = (lines: OrderLine[], status: PurchaseOrder['status'] = 'ordered'): PurchaseOrder => ({
  id: 'po', createdAt: '', updatedAt: '', number: 'PO-2026-0007', supplierId: 's', supplierName: 'S', status, orderDate: '2026-03-01', expectedDate: null,
  deliveryAddress: '', locationId: 'main', currency: 'EUR', terms: '', notes: '', department: '', lines, receiptIds: [], billIds: [], orderedAt: null, closedAt: null, cancelledAt: null,
});

const input = (lines: ReceiveInput['lines'], extra: Partial<ReceiveInput> = {}): ReceiveInput => ({ receiptId: 'gr', orderId: 'po', date: '2026-03-05', deliveryNote: '', lines, closeShort: [], ...extra });

describe('receiving rules', () => {
  it('costs each line at the order price of what arrived, rounded once, and moves stock only for catalog items', () => {
    // 1.5 kg at 2.50 per kg (price per 1000 g): 3.75; a free-text service moves no stock.
    const received = applyReceipt(order([line('a', { quantity: 2000 }), line('b', { itemId: null, quantity: 1, price: 500, priceUnit: 1 })]), input([{ orderLineId: 'a', quantity: 1500, locationId: 'main' }, { orderLineId: 'b', quantity: 1, locationId: null }]), 'now');
    expect(received.lines.map((receipt) => receipt.value)).toEqual([375, 500]);
    expect(received.order.status).toBe('partiallyReceived');
    expect(receiptMovements('gr', '2026-03-05', received.lines)).toEqual([{ date: '2026-03-05', kind: 'receipt', itemId: 'item-a', locationId: 'main', quantity: 1500, value: 375, source: { kind: 'receipt', id: 'gr' } }]);
  });

  it('closes a short line only when something is still missing, and only when asked', () => {
    const closed = applyReceipt(order([line('a'), line('b')]), input([{ orderLineId: 'a', quantity: 60, locationId: 'main' }, { orderLineId: 'b', quantity: 100, locationId: 'main' }], { closeShort: ['a', 'b'] }), 'now');
    expect(closed.order.lines.map((orderLine) => orderLine.closedShort)).toEqual([true, false]);
    expect(closed.order.status).toBe('received');
    const open = applyReceipt(order([line('a')]), input([{ orderLineId: 'a', quantity: 60, locationId: 'main' }]), 'now');
    expect(open.order).toMatchObject({ status: 'partiallyReceived', lines: [{ closedShort: false, received: 60 }] });
  });

  it('shows an over-delivery within the tolerance and refuses one beyond it unless confirmed', () => {
    const placed = order([line('a')]);
    expect(allowanceOver(100, 200)).toBe(2);
    expect(overDeliveries(placed, [{ orderLineId: 'a', quantity: 102, locationId: 'main' }], 200)).toEqual([{ orderLineId: 'a', description: 'Line a', ordered: 100, received: 102, beyondTolerance: false }]);
    expect(receiptProblems(placed, input([{ orderLineId: 'a', quantity: 103, locationId: 'main' }]), 200)).toEqual([{ code: 'receiptOverQuantity', params: { line: 'Line a', ordered: '100', received: '103' } }]);
    expect(receiptProblems(placed, input([{ orderLineId: 'a', quantity: 103, locationId: 'main' }], { allowOver: true }), 200)).toEqual([]);
  });

  it('refuses what the order state forbids before anything else', () => {
    for (const status of ['draft', 'received', 'closed', 'cancelled'] as const) {
      expect(receiptProblems(order([line('a')], status), input([{ orderLineId: 'a', quantity: 1, locationId: 'main' }]), 200)).toEqual([{ code: 'refused.receive', params: { number: 'PO-2026-0007', status } }]);
    }
  });

  it('compares prices per unit whatever unit each is given for', () => {
    // 2.50 per 1000 g against 0.26 per 100 g (2.60 per kg, 4 % more).
    expect(priceDiffers({ price: 250, priceUnit: 1000 }, { price: 26, priceUnit: 100 }, 200)).toBe(true);
    expect(priceDiffers({ price: 250, priceUnit: 1000 }, { price: 26, priceUnit: 100 }, 400)).toBe(false);
    expect(priceDiffers({ price: 250, priceUnit: 1000 }, { price: 24, priceUnit: 100 }, 200)).toBe(true);
  });

  it('clears deliveries oldest first, each receipt line whole at exactly its value', () => {
    const paper = line('a', { quantity: 10, price: 100, priceUnit: 7, received: 10 });
    const receipts = [3, 4, 3].map((quantity, index): GoodsReceipt => ({
      id: `gr${index}`, createdAt: '', number: '', orderId: 'po', date: '2026-03-05', deliveryNote: '', note: '', movementIds: [], entryId: null,
      lines: [{ orderLineId: 'a', itemId: 'item-a', quantity, value: Math.round((quantity * 100) / 7), locationId: 'main' }],
    }));
    expect([...receiptClearing(paper, receipts, 0, 5)]).toEqual([['gr0', 43], ['gr1', 29]]);
    expect([...receiptClearing(paper, receipts, 5, 5)]).toEqual([['gr1', 28], ['gr2', 43]]);
  });
});
