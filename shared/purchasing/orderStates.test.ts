import { describe, expect, it } from 'vitest';
import { billRefusal, mayDo, orderActions, orderRefusal, statusFromLines, stillToBill, stillToReceive, type OrderAction } from './orderStates';
import { orderStatuses, type OrderLine, type OrderStatus } from './types';

/** What each state allows; every other action × state pair must be refused. */
const expected: Record<OrderStatus, OrderAction[]> = {
  draft: ['editLines', 'editHeader', 'order', 'cancel', 'delete'],
  ordered: ['editLines', 'editHeader', 'receive', 'bill', 'close', 'cancel'],
  partiallyReceived: ['editHeader', 'receive', 'bill', 'close'],
  received: ['editHeader', 'bill', 'close'],
  closed: ['bill'],
  cancelled: [],
};

const line = (extra: Partial<OrderLine> = {}): OrderLine => ({
  id: 'l', itemId: 'paper', description: 'Copy paper', supplierSku: '', quantity: 10, unit: { code: 'pcs', decimals: 0 }, price: 100, priceUnit: 1,
  vatCodeId: null, accountId: null, received: 0, billed: 0, closedShort: false, requestIds: [], ...extra,
});

describe('order state machine', () => {
  for (const status of orderStatuses) {
    for (const action of orderActions) {
      const allowed = expected[status].includes(action);
      it(`${allowed ? 'allows' : 'refuses'} ${action} on a ${status} order`, () => {
        const order = { status, number: 'PO-2026-0042' };
        expect(mayDo(status, action)).toBe(allowed);
        expect(orderRefusal(order, action)).toEqual(allowed ? null : { code: `refused.${action}`, params: { number: 'PO-2026-0042', status } });
      });
    }
  }

  it('refuses the moves the office must never make, naming the order and its state', () => {
    expect(orderRefusal({ status: 'cancelled', number: 'PO-1' }, 'receive')?.code).toBe('refused.receive');
    expect(orderRefusal({ status: 'received', number: 'PO-1' }, 'editLines')?.code).toBe('refused.editLines');
    expect(orderRefusal({ status: 'partiallyReceived', number: 'PO-1' }, 'cancel')?.params).toEqual({ number: 'PO-1', status: 'partiallyReceived' });
  });
});

describe('billing against received', () => {
  const order = { status: 'received' as const, number: 'PO-2026-0001' };

  it('bills up to what was received plus the tolerance, rounded down', () => {
    // 2 % of 120 received is 2.4: up to 122 may be billed.
    expect(billRefusal(order, line({ received: 120 }), 122, 200)).toBeNull();
    expect(billRefusal(order, line({ received: 120, billed: 100 }), 22, 200)).toBeNull();
  });

  it('refuses billing beyond received plus tolerance, saying how much is still billable', () => {
    expect(billRefusal(order, line({ received: 120 }), 123, 200)).toEqual({
      code: 'orderBillBeyondReceived', params: { number: 'PO-2026-0001', line: 'Copy paper', billable: '122' },
    });
    expect(billRefusal(order, line({ received: 120, billed: 122 }), 1, 200)?.params?.billable).toBe('0');
    expect(billRefusal(order, line({ received: 0 }), 1, 200)?.code).toBe('orderBillBeyondReceived');
  });

  it('refuses billing a draft or a cancelled order whatever the quantities', () => {
    expect(billRefusal({ status: 'draft', number: 'PO-1' }, line({ received: 10 }), 1, 200)?.code).toBe('refused.bill');
    expect(billRefusal({ status: 'cancelled', number: 'PO-1' }, line({ received: 10 }), 1, 200)?.code).toBe('refused.bill');
  });
});

describe('status from lines', () => {
  const ordered = (lines: OrderLine[], status: OrderStatus = 'ordered') => statusFromLines({ status, lines });

  it('keeps drafts and cancelled orders as they are', () => {
    expect(ordered([line({ received: 10 })], 'draft')).toBe('draft');
    expect(ordered([line({ received: 10, billed: 10 })], 'cancelled')).toBe('cancelled');
  });

  it('keeps an order the user closed closed, even with deliveries still to bill', () => {
    expect(ordered([line({ received: 4, closedShort: true })], 'closed')).toBe('closed');
  });

  it('stays ordered until something arrives', () => {
    expect(ordered([line(), line()])).toBe('ordered');
  });

  it('is partially received while a line still waits', () => {
    expect(ordered([line({ received: 10 }), line()])).toBe('partiallyReceived');
    expect(ordered([line({ received: 4 })], 'partiallyReceived')).toBe('partiallyReceived');
  });

  it('is received when everything arrived or was closed short, not yet billed', () => {
    expect(ordered([line({ received: 10 })], 'partiallyReceived')).toBe('received');
    expect(ordered([line({ received: 4, closedShort: true }), line({ received: 12, billed: 12 })], 'partiallyReceived')).toBe('received');
  });

  it('is closed when everything arrived and was billed', () => {
    expect(ordered([line({ received: 10, billed: 10 }), line({ received: 3, billed: 3, closedShort: true })], 'received')).toBe('closed');
  });

  it('closes an order closed short with nothing received', () => {
    expect(ordered([line({ closedShort: true })])).toBe('closed');
  });

  it('counts what is still to receive and to bill', () => {
    expect(stillToReceive(line({ received: 4 }))).toBe(6);
    expect(stillToReceive(line({ received: 12 }))).toBe(0);
    expect(stillToReceive(line({ received: 4, closedShort: true }))).toBe(0);
    expect(stillToBill(line({ received: 4, billed: 1 }))).toBe(3);
    expect(stillToBill(line({ received: 4, billed: 5 }))).toBe(0);
  });
});
