import { describe, expect, it } from 'vitest';
import { requestProblems, requestStanding } from './requests';
import type { OrderLine, PurchaseOrder, PurchaseRequest } from './types';

const pcs = { code: 'pcs', decimals: 0 };
const request = (extra: Partial<PurchaseRequest> = {}): PurchaseRequest => ({
  id: 'r1', createdAt: '', updatedAt: '', number: 'RQ-2026-0001', itemId: 'paper', description: 'Copy paper', quantity: 500, unit: pcs, requestedBy: 'Anna', department: '',
  neededBy: null, status: 'ordered', decisionNote: '', decidedAt: null, orderId: 'o1', orderLineId: 'l1', ...extra,
});
const line = (extra: Partial<OrderLine> = {}): OrderLine => ({
  id: 'l1', itemId: 'paper', description: '', supplierSku: '', quantity: 1000, unit: pcs, price: 0, priceUnit: 1, vatCodeId: null, accountId: null, received: 0, billed: 0, closedShort: false, requestIds: ['r1'], ...extra,
});
const order = (status: PurchaseOrder['status'], lines: OrderLine[]) => ({ id: 'o1', number: 'PO-2026-0003', status, lines }) as PurchaseOrder;

describe('where a request stands', () => {
  it('follows its order line: draft, sent, partly and fully received, cancelled', () => {
    const standing = (status: PurchaseOrder['status'], extra: Partial<OrderLine> = {}) => requestStanding(request(), order(status, [line(extra)]));
    expect(standing('draft')).toEqual({ kind: 'ordered', orderId: 'o1', orderNumber: 'PO-2026-0003', progress: 'draft' });
    expect(standing('ordered')).toMatchObject({ progress: 'ordered' });
    expect(standing('partiallyReceived', { received: 400 })).toMatchObject({ progress: 'partiallyReceived' });
    expect(standing('partiallyReceived', { received: 1000 })).toMatchObject({ progress: 'received' });
    expect(standing('closed', { received: 600, closedShort: true })).toMatchObject({ progress: 'received' });
    expect(standing('cancelled')).toMatchObject({ progress: 'cancelled' });
  });

  it('says open, approved, or rejected with the reason before it is ordered', () => {
    expect(requestStanding(request({ status: 'open', orderId: null }), undefined)).toEqual({ kind: 'open' });
    expect(requestStanding(request({ status: 'approved', orderId: null }), undefined)).toEqual({ kind: 'approved' });
    expect(requestStanding(request({ status: 'rejected', decisionNote: 'Plenty in stock' }), undefined)).toEqual({ kind: 'rejected', reason: 'Plenty in stock' });
  });
});

describe('request checks', () => {
  it('accepts an item or free text with a whole positive quantity, a person and a real date', () => {
    const input = { itemId: null, description: 'Markers', quantity: 1500, unit: { code: 'kg', decimals: 3 }, requestedBy: 'Béla', department: '', neededBy: '2028-02-29' };
    expect(requestProblems(input)).toEqual([]);
    expect(requestProblems({ ...input, quantity: -1 }).map((problem) => problem.code)).toEqual(['requestQuantityNotPositive']);
    expect(requestProblems({ ...input, neededBy: '2026-02-29' })).toEqual([{ code: 'requestNeededByInvalid', params: { date: '2026-02-29' } }]);
  });
});
