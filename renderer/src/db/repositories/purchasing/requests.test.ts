import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PurchasingRejected } from '../../../../../shared/purchasing/problems';
import type { RequestInput } from '../../../../../shared/purchasing/requests';
import { writeWithAudit } from '../../audit';
import { purchasingTestBook } from './purchasingTesting';
import { createRequest, decideRequest, editRequest, orderRequests, readRequestRows } from './requests';
import { storePrices, testPrice } from './requestsTesting';

const pcs = { code: 'pcs', decimals: 0 };
const ask = (extra: Partial<RequestInput> = {}): RequestInput => ({
  itemId: null, description: 'Whiteboard markers', quantity: 4, unit: pcs, requestedBy: 'Anna', department: 'Sales', neededBy: '2026-12-10', ...extra,
});

const problemsOf = async (attempt: Promise<unknown>) => {
  const error = await attempt.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(PurchasingRejected);
  return (error as PurchasingRejected).problems.map((problem) => problem.code);
};

describe('purchase requests', () => {
  it('numbers requests per year and keeps them open until decided', async () => {
    const { db, items } = await purchasingTestBook();
    const first = await createRequest(db, ask({ requestedBy: '  Anna ' }), '2026-12-03');
    const second = await createRequest(db, ask({ itemId: items.toner.id, description: 'Toner 05A' }), '2026-12-03');
    const next = await createRequest(db, ask(), '2027-01-04');
    expect([first.number, second.number, next.number]).toEqual(['RQ-2026-0001', 'RQ-2026-0002', 'RQ-2027-0001']);
    expect(first).toMatchObject({ status: 'open', requestedBy: 'Anna', orderId: null });
    expect((await db.auditLog.toArray()).filter((entry) => entry.action === 'purchaseRequestSaved')).toHaveLength(3);
  });

  it('refuses a request without what, quantity or person, or for an archived item, and stores nothing', async () => {
    const { db, items } = await purchasingTestBook();
    expect(await problemsOf(createRequest(db, ask({ description: ' ', quantity: 0, requestedBy: '', neededBy: '2026-02-30' })))).toEqual([
      'requestWhatMissing', 'requestQuantityNotPositive', 'requestRequestedByMissing', 'requestNeededByInvalid',
    ]);
    expect(await problemsOf(createRequest(db, ask({ quantity: 1.5 })))).toEqual(['requestQuantityNotPositive']);
    expect(await problemsOf(createRequest(db, ask({ itemId: items.old.id })))).toEqual(['requestItemMissing']);
    expect(await db.purchaseRequests.count()).toBe(0);
    expect((await db.settings.get('purchasing'))).toBeUndefined();
  });

  it('is edited while open, approved, rejected only with a reason, and then no longer changed', async () => {
    const { db } = await purchasingTestBook();
    const request = await createRequest(db, ask());
    expect((await editRequest(db, request.id, ask({ quantity: 6 }))).quantity).toBe(6);
    expect(await problemsOf(decideRequest(db, request.id, 'rejected', '  '))).toEqual(['requestReasonMissing']);
    const approved = await decideRequest(db, request.id, 'approved', 'ok');
    expect(approved).toMatchObject({ status: 'approved', decisionNote: 'ok' });
    const rejected = await decideRequest(db, request.id, 'rejected', 'We have plenty in the cupboard');
    expect(rejected).toMatchObject({ status: 'rejected', decisionNote: 'We have plenty in the cupboard' });
    expect(await problemsOf(editRequest(db, request.id, ask({ quantity: 9 })))).toEqual(['requestNotOpen']);
    expect(await problemsOf(decideRequest(db, request.id, 'approved', ''))).toEqual(['requestNotOpen']);
    const [row] = await readRequestRows(db);
    expect(row!.standing).toEqual({ kind: 'rejected', reason: 'We have plenty in the cupboard' });
  });

  it('turns requests into one draft per supplier, items in whole packs, and shows each as ordered with its order', async () => {
    const { db, items, suppliers } = await purchasingTestBook();
    await storePrices(db, [
      testPrice(items.paper.id, suppliers.office.id, { packSize: 500, price: 450, priceUnit: 500, supplierSku: 'CP-500' }),
      testPrice(items.toner.id, suppliers.toner.id, { minimumQuantity: 2 }),
    ]);
    const paperA = await createRequest(db, ask({ itemId: items.paper.id, description: 'Copy paper A4', quantity: 300 }));
    const paperB = await createRequest(db, ask({ itemId: items.paper.id, description: 'Copy paper A4', quantity: 400, requestedBy: 'Béla' }));
    const toner = await createRequest(db, ask({ itemId: items.toner.id, description: 'Toner 05A', quantity: 1 }));
    const markers = await createRequest(db, ask());
    await decideRequest(db, paperB.id, 'approved', '');

    expect(await problemsOf(orderRequests(db, [paperA.id, markers.id], {}))).toEqual(['requestSupplierMissing']);
    expect(await db.purchaseOrders.count()).toBe(0);

    const orders = await orderRequests(db, [paperA.id, paperB.id, toner.id, markers.id], { [markers.id]: suppliers.office.id }, '2026-12-03');
    expect(orders.map((order) => order.supplierId)).toEqual([suppliers.office.id, suppliers.toner.id]);
    const [office, tonerOrder] = orders;
    expect(office!.lines).toEqual([
      expect.objectContaining({ itemId: null, description: 'Whiteboard markers', quantity: 4, price: 0, requestIds: [markers.id] }),
      expect.objectContaining({ itemId: items.paper.id, quantity: 1000, price: 450, priceUnit: 500, supplierSku: 'CP-500', requestIds: [paperA.id, paperB.id] }),
    ]);
    expect(office!.department).toBe('Sales');
    expect(tonerOrder!.lines[0]).toMatchObject({ quantity: 2, requestIds: [toner.id] });

    const rows = await readRequestRows(db);
    expect(rows.every((row) => row.request.status === 'ordered')).toBe(true);
    expect(rows.find((row) => row.request.id === paperA.id)!.standing).toEqual({ kind: 'ordered', orderId: office!.id, orderNumber: office!.number, progress: 'draft' });
    expect(await problemsOf(orderRequests(db, [toner.id], {}))).toEqual(['requestNotOpen']);

    // The order is sent and half of the paper arrives: the requests follow their line.
    await writeWithAudit(db, [db.purchaseOrders], 'purchaseOrderSent', async () => {
      const lines = office!.lines.map((line) => (line.itemId ? { ...line, received: 500 } : line));
      await db.purchaseOrders.update(office!.id, { status: 'partiallyReceived', lines });
      await db.purchaseOrders.update(tonerOrder!.id, { status: 'ordered' });
      return { result: undefined, recordIds: [] };
    });
    const after = new Map((await readRequestRows(db)).map((row) => [row.request.id, row.standing]));
    expect(after.get(paperB.id)).toMatchObject({ kind: 'ordered', progress: 'partiallyReceived' });
    expect(after.get(markers.id)).toMatchObject({ kind: 'ordered', progress: 'ordered' });
    expect(after.get(toner.id)).toMatchObject({ kind: 'ordered', progress: 'ordered', orderNumber: tonerOrder!.number });
  });
});
