import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { OrderLineDraft } from '../../../../../shared/purchasing/orderDrafts';
import { PurchasingRejected } from '../../../../../shared/purchasing/problems';
import type { PurchaseOrder } from '../../../../../shared/purchasing/types';
import { writeWithAudit } from '../../audit';
import { createDraftOrders } from './draftOrders';
import { cancelOrder, closeOrder, deleteDraftOrder, saveOrder, sendOrder } from './orders';
import { purchasingTestBook } from './purchasingTesting';

const paperLine = (itemId: string, extra: Partial<OrderLineDraft> = {}): OrderLineDraft => ({
  itemId, description: 'Copy paper A4', supplierSku: 'CP-500', quantity: 2500, unit: { code: 'pcs', decimals: 0 },
  price: 450, priceUnit: 500, vatCodeId: null, accountId: null, requestIds: [], ...extra,
});

async function bookWithDraft(lines = true) {
  const book = await purchasingTestBook();
  const [order] = await createDraftOrders(book.db, [{ supplierId: book.suppliers.office.id, orderDate: '2026-12-01', lines: lines ? [paperLine(book.items.paper.id)] : [] }]);
  return { ...book, order: order! };
}

/** What receipts would have written: deliveries against the stored order's lines. */
async function deliver(book: Awaited<ReturnType<typeof bookWithDraft>>, status: PurchaseOrder['status'], received: number, billed = 0) {
  await writeWithAudit(book.db, [book.db.purchaseOrders], 'goodsReceived', async () => {
    const order = (await book.db.purchaseOrders.get(book.order.id))!;
    await book.db.purchaseOrders.put({ ...order, status, lines: order.lines.map((line) => ({ ...line, received, billed })) });
    return { result: undefined, recordIds: [] };
  });
}

async function refusalOf(attempt: Promise<unknown>): Promise<string[]> {
  const error = await attempt.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(PurchasingRejected);
  return (error as PurchasingRejected).problems.map((problem) => problem.code);
}

/** Everything stored, to prove a refusal wrote nothing. */
async function snapshot(book: { db: Awaited<ReturnType<typeof purchasingTestBook>>['db'] }) {
  return { orders: await book.db.purchaseOrders.toArray(), audit: await book.db.auditLog.count(), requests: await book.db.purchaseRequests.toArray() };
}

describe('saving an order', () => {
  it('saves a draft’s header and lines in one audited write', async () => {
    const book = await bookWithDraft();
    const vat = (await book.db.vatCodes.toArray()).find((code) => code.kind === 'input')!;
    const freight = { ...book.order.lines[0]!, id: 'freight', itemId: null, description: 'Delivery', quantity: 1, price: 1500, priceUnit: 1, vatCodeId: vat.id };
    const saved = await saveOrder(book.db, { ...book.order, notes: 'Ring twice', lines: [...book.order.lines, freight] });
    expect(saved.lines).toHaveLength(2);
    expect((await book.db.purchaseOrders.get(book.order.id))?.notes).toBe('Ring twice');
    const audit = await book.db.auditLog.toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'purchaseOrderSaved', recordIds: [book.order.id] });
  });

  it('keeps what was received and billed when an ordered order’s lines are edited', async () => {
    const book = await bookWithDraft();
    await sendOrder(book.db, book.order.id);
    // Receipts and bills wrote these meanwhile; the window's older copy must not undo them.
    await deliver(book, 'ordered', 500, 100);
    const saved = await saveOrder(book.db, { ...book.order, lines: book.order.lines.map((line) => ({ ...line, quantity: 3000 })) });
    expect(saved.lines[0]).toMatchObject({ quantity: 3000, received: 500, billed: 100 });
    expect(saved.status).toBe('ordered');
  });

  it('refuses to change the lines of a received order and writes nothing', async () => {
    const book = await bookWithDraft();
    await deliver(book, 'received', 2500);
    const before = await snapshot(book);
    const stored = (await book.db.purchaseOrders.get(book.order.id))!;
    expect(await refusalOf(saveOrder(book.db, { ...stored, lines: stored.lines.map((line) => ({ ...line, quantity: 1 })) }))).toEqual(['refused.editLines']);
    expect(await snapshot(book)).toEqual(before);
  });

  it('lets a received order’s header change', async () => {
    const book = await bookWithDraft();
    await deliver(book, 'received', 2500);
    const stored = (await book.db.purchaseOrders.get(book.order.id))!;
    expect((await saveOrder(book.db, { ...stored, notes: 'Invoice to follow' })).notes).toBe('Invoice to follow');
  });

  it('refuses any change to a cancelled order', async () => {
    const book = await bookWithDraft();
    await cancelOrder(book.db, book.order.id);
    const stored = (await book.db.purchaseOrders.get(book.order.id))!;
    expect(await refusalOf(saveOrder(book.db, { ...stored, notes: 'x' }))).toEqual(['refused.editHeader']);
  });

  it('refuses a line without item or text and a zero quantity, naming the lines', async () => {
    const book = await bookWithDraft();
    const before = await snapshot(book);
    const bad = [{ ...book.order.lines[0]!, quantity: 0 }, { ...book.order.lines[0]!, id: 'two', itemId: null, description: '' }];
    expect(await refusalOf(saveOrder(book.db, { ...book.order, lines: bad }))).toEqual(['orderLineQuantity', 'orderLineWhat']);
    expect(await snapshot(book)).toEqual(before);
  });

  it('refuses to drop a line something was received of', async () => {
    const book = await bookWithDraft();
    await sendOrder(book.db, book.order.id);
    await deliver(book, 'ordered', 5);
    const stored = (await book.db.purchaseOrders.get(book.order.id))!;
    const extra = { ...stored.lines[0]!, id: 'extra', received: 0 };
    await writeWithAudit(book.db, [book.db.purchaseOrders], 'goodsReceived', async () => {
      await book.db.purchaseOrders.put({ ...stored, lines: [...stored.lines, extra] });
      return { result: undefined, recordIds: [] };
    });
    expect(await refusalOf(saveOrder(book.db, { ...stored, lines: [extra] }))).toEqual(['orderLineHasDeliveries']);
  });
});

describe('sending, cancelling, closing and deleting', () => {
  it('sends a draft: ordered, with the moment it was sent', async () => {
    const book = await bookWithDraft();
    const sent = await sendOrder(book.db, book.order.id);
    expect(sent).toMatchObject({ status: 'ordered' });
    expect(sent.orderedAt).not.toBeNull();
    expect((await book.db.auditLog.toArray()).at(-1)?.action).toBe('purchaseOrderSent');
  });

  it('refuses to send an order without lines, or one already sent', async () => {
    const empty = await bookWithDraft(false);
    const before = await snapshot(empty);
    expect(await refusalOf(sendOrder(empty.db, empty.order.id))).toEqual(['orderNoLines']);
    expect(await snapshot(empty)).toEqual(before);
    const book = await bookWithDraft();
    await sendOrder(book.db, book.order.id);
    expect(await refusalOf(sendOrder(book.db, book.order.id))).toEqual(['refused.order']);
  });

  it('cancels a draft and an ordered order', async () => {
    const book = await bookWithDraft();
    expect((await cancelOrder(book.db, book.order.id)).status).toBe('cancelled');
    const other = await bookWithDraft();
    await sendOrder(other.db, other.order.id);
    const cancelled = await cancelOrder(other.db, other.order.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancelledAt).not.toBeNull();
    expect((await other.db.auditLog.toArray()).at(-1)?.action).toBe('purchaseOrderCancelled');
  });

  it('refuses to cancel once anything is received, and to receive nothing more of a cancelled order', async () => {
    const book = await bookWithDraft();
    await deliver(book, 'partiallyReceived', 500);
    const before = await snapshot(book);
    expect(await refusalOf(cancelOrder(book.db, book.order.id))).toEqual(['refused.cancel']);
    await deliver(book, 'received', 2500);
    expect(await refusalOf(cancelOrder(book.db, book.order.id))).toEqual(['refused.cancel']);
    expect((await snapshot(book)).audit).toBe(before.audit + 1);
  });

  it('closes an order short: what did not arrive is no longer expected', async () => {
    const book = await bookWithDraft();
    await deliver(book, 'partiallyReceived', 500);
    const closed = await closeOrder(book.db, book.order.id);
    expect(closed).toMatchObject({ status: 'closed' });
    expect(closed.lines[0]).toMatchObject({ received: 500, closedShort: true });
    expect((await book.db.auditLog.toArray()).at(-1)?.action).toBe('purchaseOrderClosed');
  });

  it('refuses to close a draft or a closed order', async () => {
    const book = await bookWithDraft();
    expect(await refusalOf(closeOrder(book.db, book.order.id))).toEqual(['refused.close']);
    await sendOrder(book.db, book.order.id);
    await closeOrder(book.db, book.order.id);
    const before = await snapshot(book);
    expect(await refusalOf(closeOrder(book.db, book.order.id))).toEqual(['refused.close']);
    expect(await snapshot(book)).toEqual(before);
  });

  it('deletes a draft and gives its request back to be ordered again', async () => {
    const book = await purchasingTestBook();
    const at = new Date().toISOString();
    const request = {
      id: 'rq1', createdAt: at, updatedAt: at, number: 'RQ-2026-0001', itemId: book.items.paper.id, description: 'Copy paper A4', quantity: 2500,
      unit: { code: 'pcs', decimals: 0 }, requestedBy: 'Anna', department: '', neededBy: null, status: 'approved' as const, decisionNote: '', decidedAt: at, orderId: null, orderLineId: null,
    };
    await writeWithAudit(book.db, [book.db.purchaseRequests], 'purchaseRequestSaved', async () => {
      await book.db.purchaseRequests.add(request);
      return { result: undefined, recordIds: [] };
    });
    const [order] = await createDraftOrders(book.db, [{ supplierId: book.suppliers.office.id, orderDate: '2026-12-01', lines: [paperLine(book.items.paper.id, { requestIds: ['rq1'] })] }]);
    expect((await book.db.purchaseRequests.get('rq1'))?.status).toBe('ordered');
    await deleteDraftOrder(book.db, order!.id);
    expect(await book.db.purchaseOrders.count()).toBe(0);
    expect(await book.db.purchaseRequests.get('rq1')).toMatchObject({ status: 'approved', orderId: null });
    expect((await book.db.auditLog.toArray()).at(-1)).toMatchObject({ action: 'purchaseOrderDeleted', recordIds: [order!.id, 'rq1'] });
  });

  it('refuses to delete an order that was sent', async () => {
    const book = await bookWithDraft();
    await sendOrder(book.db, book.order.id);
    const before = await snapshot(book);
    expect(await refusalOf(deleteDraftOrder(book.db, book.order.id))).toEqual(['refused.delete']);
    expect(await snapshot(book)).toEqual(before);
  });

  it('says so when the order is gone', async () => {
    const book = await bookWithDraft();
    expect(await refusalOf(sendOrder(book.db, 'nope'))).toEqual(['orderMissing']);
  });
});
