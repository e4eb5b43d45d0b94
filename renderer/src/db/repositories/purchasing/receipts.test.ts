import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PurchasingRejected } from '../../../../../shared/purchasing/problems';
import type { ReceiveInput } from '../../../../../shared/purchasing/receiving';
import { newId } from '../../audit';
import { getPostedEntry } from '../ledger/postedEntries';
import { movementsOf } from '../stock/reading';
import { receivePurchaseOrder } from './receipts';
import { receivingTestBook, storeOrderedOrder, testOrderLine } from './receiptsTesting';

async function bookWithOrder() {
  const book = await receivingTestBook();
  const paper = testOrderLine({ itemId: book.items.paper.id, description: 'Copy paper A4', quantity: 2500, price: 450, priceUnit: 500 });
  const service = testOrderLine({ description: 'Delivery service', quantity: 1, price: 2000 });
  const order = await storeOrderedOrder(book.db, book.suppliers.office, [paper, service], { locationId: book.places.main.id });
  const receive = (lines: ReceiveInput['lines'], extra: Partial<ReceiveInput> = {}): ReceiveInput => ({
    receiptId: newId(), orderId: order.id, date: '2026-03-05', deliveryNote: 'DN-1', lines, closeShort: [], ...extra,
  });
  return { ...book, order, paper, service, receive };
}

const refusalCodes = async (attempt: Promise<unknown>) => {
  const error = await attempt.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(PurchasingRejected);
  return (error as PurchasingRejected).problems.map((problem) => problem.code);
};

describe('receiving against a purchase order', () => {
  it('receives part, then the rest: stock at the order price, the receipt account credited with the supplier as payee', async () => {
    const { db, order, paper, service, places, receive, id } = await bookWithOrder();
    const first = await receivePurchaseOrder(db, receive([{ orderLineId: paper.id, quantity: 1000, locationId: places.main.id }]));
    expect(first).toMatchObject({ number: 'GR-2026-0001', lines: [{ quantity: 1000, value: 900 }] });
    expect((await db.purchaseOrders.get(order.id))!.status).toBe('partiallyReceived');

    const second = await receivePurchaseOrder(db, receive([{ orderLineId: paper.id, quantity: 1500, locationId: places.shelf.id }, { orderLineId: service.id, quantity: 1, locationId: null }], { date: '2026-03-09' }));
    expect(second.number).toBe('GR-2026-0002');
    const stored = (await db.purchaseOrders.get(order.id))!;
    expect(stored.status).toBe('received');
    expect(stored.lines.map((line) => line.received)).toEqual([2500, 1]);
    expect(stored.receiptIds).toEqual([first.id, second.id]);

    const movements = await movementsOf(db, paper.itemId!);
    expect(movements.map((movement) => [movement.quantity, movement.value, movement.locationId, movement.source])).toEqual([
      [1000, 900, places.main.id, { kind: 'receipt', id: first.id }],
      [1500, 1350, places.shelf.id, { kind: 'receipt', id: second.id }],
    ]);
    const level = (await db.stockLevels.get(paper.itemId!))!;
    expect([level.quantity, level.value]).toEqual([2500, 2250]);
    const entries = [(await getPostedEntry(db, first.entryId!))!, (await getPostedEntry(db, second.entryId!))!];
    expect(entries.map((entry) => [entry.payee, entry.memo])).toEqual([
      ['Office Depot Kft.', 'Receipt GR-2026-0001 / PO-2026-0001'],
      ['Office Depot Kft.', 'Receipt GR-2026-0002 / PO-2026-0001'],
    ]);
    expect(entries[1]!.lines).toEqual([
      expect.objectContaining({ accountId: id('inventory'), debit: 1350 }),
      expect.objectContaining({ accountId: id('goodsReceived'), credit: 1350 }),
    ]);
  });

  it('keeps a short line open as a backorder, or closes it short as the user chooses', async () => {
    const { db, order, paper, service, places, receive } = await bookWithOrder();
    await receivePurchaseOrder(db, receive([{ orderLineId: paper.id, quantity: 2000, locationId: places.main.id }, { orderLineId: service.id, quantity: 1, locationId: null }]));
    expect((await db.purchaseOrders.get(order.id))!).toMatchObject({ status: 'partiallyReceived', lines: [{ received: 2000, closedShort: false }, { received: 1 }] });
    await receivePurchaseOrder(db, receive([{ orderLineId: paper.id, quantity: 250, locationId: places.main.id }], { closeShort: [paper.id] }));
    expect((await db.purchaseOrders.get(order.id))!).toMatchObject({ status: 'received', lines: [{ received: 2250, closedShort: true }, {}] });
  });

  it('accepts an over-delivery within the tolerance, refuses one beyond it unless the user confirmed', async () => {
    const { db, order, paper, places, receive } = await bookWithOrder();
    // 2 % of 2500 = 50 more are within the tolerance.
    expect(await refusalCodes(receivePurchaseOrder(db, receive([{ orderLineId: paper.id, quantity: 2551, locationId: places.main.id }])))).toEqual(['receiptOverQuantity']);
    expect(await db.goodsReceipts.count()).toBe(0);
    await receivePurchaseOrder(db, receive([{ orderLineId: paper.id, quantity: 2550, locationId: places.main.id }]));
    await receivePurchaseOrder(db, receive([{ orderLineId: paper.id, quantity: 100, locationId: places.main.id }], { allowOver: true }));
    expect((await db.purchaseOrders.get(order.id))!.lines[0]!.received).toBe(2650);
  });

  it('refuses a cancelled order, a draft, quantities that are not whole positive units, and a line without a place', async () => {
    const { db, order, paper, service, places, receive, suppliers } = await bookWithOrder();
    expect(await refusalCodes(receivePurchaseOrder(db, receive([{ orderLineId: paper.id, quantity: 0, locationId: places.main.id }, { orderLineId: service.id, quantity: 0.5, locationId: null }])))).toEqual([
      'receiptQuantityInvalid',
      'receiptQuantityInvalid',
    ]);
    expect(await refusalCodes(receivePurchaseOrder(db, receive([{ orderLineId: paper.id, quantity: 10, locationId: null }])))).toEqual(['receiptLocationMissing']);
    const cancelled = await storeOrderedOrder(db, suppliers.office, [testOrderLine({ quantity: 1, price: 1 })], { status: 'cancelled' });
    const error = await receivePurchaseOrder(db, { ...receive([]), orderId: cancelled.id, lines: [{ orderLineId: cancelled.lines[0]!.id, quantity: 1, locationId: null }] }).catch((caught: unknown) => caught);
    expect((error as PurchasingRejected).problems).toEqual([{ code: 'refused.receive', params: { number: cancelled.number, status: 'cancelled' } }]);
    expect(await db.goodsReceipts.count()).toBe(0);
    expect((await db.purchaseOrders.get(order.id))!.lines[0]!.received).toBe(0);
    expect(await db.stockLevels.count()).toBe(0);
  });

  it('stores one receipt and one set of movements when the same receipt is saved twice at once', async () => {
    const { db, order, paper, places, receive } = await bookWithOrder();
    const input = receive([{ orderLineId: paper.id, quantity: 500, locationId: places.main.id }]);
    const audits = await db.auditLog.count();
    const [one, two] = await Promise.all([receivePurchaseOrder(db, input), receivePurchaseOrder(db, input)]);
    const again = await receivePurchaseOrder(db, input);
    expect([two.id, again.id]).toEqual([one.id, one.id]);
    expect(again.number).toBe('GR-2026-0001');
    expect(await db.goodsReceipts.count()).toBe(1);
    expect((await movementsOf(db, paper.itemId!)).length).toBe(1);
    expect((await db.purchaseOrders.get(order.id))!.lines[0]!.received).toBe(500);
    expect(await db.auditLog.count()).toBe(audits + 1);
  });

  it('receives all 300 lines of an order in one write', async () => {
    const { db, items, places, suppliers } = await receivingTestBook();
    const lines = Array.from({ length: 300 }, (_, index) => testOrderLine({ itemId: index % 2 ? items.paper.id : items.toner.id, description: `Line ${index}`, quantity: 10 + index, price: 100 + index }));
    const order = await storeOrderedOrder(db, suppliers.office, lines);
    const audits = await db.auditLog.count();
    const receipt = await receivePurchaseOrder(db, {
      receiptId: newId(), orderId: order.id, date: '2026-03-05', deliveryNote: '', closeShort: [],
      lines: lines.map((line) => ({ orderLineId: line.id, quantity: line.quantity, locationId: places.main.id })),
    });
    expect(receipt.lines).toHaveLength(300);
    expect(receipt.movementIds).toHaveLength(300);
    expect((await db.purchaseOrders.get(order.id))!.status).toBe('received');
    const expected = lines.reduce((sum, line) => sum + line.quantity * line.price, 0);
    const levels = await db.stockLevels.toArray();
    expect(levels.reduce((sum, level) => sum + level.value, 0)).toBe(expected);
    expect(await db.auditLog.count()).toBe(audits + 1);
  }, 30_000);
});
