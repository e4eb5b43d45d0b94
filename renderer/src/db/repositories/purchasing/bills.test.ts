import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultBillLines } from '../../../../../shared/purchasing/billing';
import { matchBillLine } from '../../../../../shared/purchasing/matching';
import { PurchasingRejected } from '../../../../../shared/purchasing/problems';
import type { PurchaseBill } from '../../../../../shared/purchasing/types';
import { newId } from '../../audit';
import { unguardedConnection } from '../../testing';
import { getPostedEntry } from '../ledger/postedEntries';
import { createLedgerReports } from '../ledger/reports';
import { newBillFor, postBill, saveBill } from './bills';
import { receivePurchaseOrder } from './receipts';
import { receivingTestBook, storeOrderedOrder, testOrderLine } from './receiptsTesting';

const vatOf = (codes: { id: string; code: string }[], code: string) => codes.find((candidate) => candidate.code === code)!.id;

async function receivedOrder() {
  const book = await receivingTestBook();
  const { db, items, places, suppliers, inputVat } = book;
  const paper = testOrderLine({ itemId: items.paper.id, description: 'Copy paper A4', quantity: 2500, price: 450, priceUnit: 500, vatCodeId: vatOf(inputVat, 'I20') });
  const toner = testOrderLine({ itemId: items.toner.id, description: 'Toner 05A', quantity: 3, price: 8000, vatCodeId: vatOf(inputVat, 'I5') });
  const service = testOrderLine({ description: 'Installation', quantity: 1, price: 2000, vatCodeId: vatOf(inputVat, 'I20') });
  const order = await storeOrderedOrder(db, suppliers.office, [paper, toner, service]);
  await receivePurchaseOrder(db, {
    receiptId: newId(), orderId: order.id, date: '2026-03-05', deliveryNote: '', closeShort: [],
    lines: [paper, toner, service].map((line) => ({ orderLineId: line.id, quantity: line.quantity, locationId: places.main.id })),
  });
  return { ...book, order, paper, toner, service };
}

const refusal = async (attempt: Promise<unknown>) => {
  const error = await attempt.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(PurchasingRejected);
  return (error as PurchasingRejected).problems;
};

describe('supplier bills against orders', () => {
  it('starts from what was received and not billed, due after the supplier payment terms', async () => {
    const { db, order } = await receivedOrder();
    const bill = await newBillFor(db, order.id, '2026-03-10');
    expect(bill).toMatchObject({ status: 'draft', dueDate: '2026-03-25', orderIds: [order.id] });
    expect(bill.lines.map((line) => [line.description, line.quantity, line.price, line.priceUnit])).toEqual([
      ['Copy paper A4', 2500, 450, 500],
      ['Toner 05A', 3, 8000, 1],
      ['Installation', 1, 2000, 1],
    ]);
    const saved = await saveBill(db, { ...bill, number: 'INV-77' });
    expect(await db.purchaseBills.get(saved.id)).toMatchObject({ number: 'INV-77', status: 'draft' });
  });

  it('flags a price beyond the tolerance and a quantity beyond what was received', async () => {
    const { paper, toner } = await receivedOrder();
    const received = { ...paper, received: 2500 };
    expect(matchBillLine(received, { quantity: 2550, price: 459, priceUnit: 500 }, 200).flags).toEqual([]);
    expect(matchBillLine(received, { quantity: 2551, price: 460, priceUnit: 500 }, 200).flags).toEqual(['quantityOverReceived', 'priceDiffers']);
    expect(matchBillLine({ ...toner, received: 3 }, { quantity: 3, price: 7800, priceUnit: 1 }, 200).flags).toEqual(['priceDiffers']);
    expect(matchBillLine({ ...toner, received: 3 }, { quantity: 3, price: 8000, priceUnit: 1 }, 0).flags).toEqual([]);
  });

  it('posts the payable: receipt account at the received cost, price difference, extras, VAT per rate to the cent, payables gross', async () => {
    const { db, order, id, toner, inputVat } = await receivedOrder();
    const draft = await newBillFor(db, order.id, '2026-03-10');
    const bill: PurchaseBill = {
      ...draft,
      number: 'INV-77',
      lines: [
        ...draft.lines.map((line) => (line.orderLineId === toner.id ? { ...line, price: 8500 } : line)),
        { id: newId(), orderId: null, orderLineId: null, description: 'Freight', quantity: 1, price: 1500, priceUnit: 1, vatCodeId: vatOf(inputVat, 'I20'), accountId: null },
      ],
    };
    const posted = await postBill(db, bill);
    expect(posted.status).toBe('posted');
    const entry = (await getPostedEntry(db, posted.entryId!))!;
    expect(entry).toMatchObject({ payee: 'Office Depot Kft.', origin: 'purchasing', date: '2026-03-10', documentIds: [], memo: `Bill INV-77 / ${order.number}` });
    // I20: 2250 + 2000 + 1500 = 5750 → 1150 VAT; I5: 3 × 8500 = 25500 → 1275 VAT.
    expect(entry.lines.map((line) => [line.accountId, line.debit, line.credit, line.vatCode])).toEqual([
      [id('goodsReceived'), 26_250, 0, undefined],
      [id('stockAdjustments'), 1_500, 0, undefined],
      [id('suppliesConsumed'), 3_500, 0, undefined],
      [id('vatInput'), 1_150, 0, vatOf(inputVat, 'I20')],
      [id('vatInput'), 1_275, 0, vatOf(inputVat, 'I5')],
      [id('payable'), 0, 33_675, undefined],
    ]);
    const stored = (await db.purchaseOrders.get(order.id))!;
    expect(stored).toMatchObject({ status: 'closed', billIds: [posted.id] });
    expect(stored.lines.map((line) => line.billed)).toEqual([2500, 3, 1]);
    const balances = await createLedgerReports(db).loadTrialBalance(undefined, '2026-03-31');
    const balanceOf = (accountId: string) => balances.rows.find((row) => row.accountId === accountId);
    expect(balanceOf(id('goodsReceived'))).toMatchObject({ debit: 26_250, credit: 26_250, closing: 0 });
    expect(await refusal(postBill(db, posted))).toEqual([{ code: 'billPosted', params: { number: 'INV-77' } }]);
  });

  it('keeps on each posted line its item and its order’s department, for spending', async () => {
    const { db, order, items } = await receivedOrder();
    const raw = unguardedConnection(db);
    await raw.purchaseOrders.update(order.id, { department: ' Sales ' });
    raw.close();
    const posted = await postBill(db, { ...(await newBillFor(db, order.id, '2026-03-10')), number: 'INV-78' });
    const stored = (await db.purchaseBills.get(posted.id))!;
    expect(stored.lines.map((line) => [line.itemId, line.department])).toEqual([[items.paper.id, 'Sales'], [items.toner.id, 'Sales'], [null, 'Sales']]);
  });

  it('refuses to bill beyond what was received plus the tolerance, and writes nothing', async () => {
    const { db, order, paper } = await receivedOrder();
    const draft = await newBillFor(db, order.id, '2026-03-10');
    const over = { ...draft, number: 'INV-78', lines: draft.lines.map((line) => (line.orderLineId === paper.id ? { ...line, quantity: 2551 } : line)) };
    expect(await refusal(postBill(db, over))).toEqual([{ code: 'billOverReceived', params: { number: order.number, line: 'Copy paper A4', received: '2500', billed: '2551' } }]);
    expect(await db.purchaseBills.count()).toBe(0);
    expect((await db.purchaseOrders.get(order.id))!.lines[0]!.billed).toBe(0);
    const within = { ...over, lines: over.lines.map((line) => (line.orderLineId === paper.id ? { ...line, quantity: 2550 } : line)) };
    await postBill(db, within);
    expect((await db.purchaseOrders.get(order.id))!.lines[0]!.billed).toBe(2550);
  });

  it('billed in parts across deliveries received in parts, the receipt account comes to zero to the cent', async () => {
    const book = await receivingTestBook();
    const { db, id, items, places, suppliers } = book;
    // 3 sheets at 1.00 per 7: every part rounds on its own.
    const paper = testOrderLine({ itemId: items.paper.id, description: 'Copy paper A4', quantity: 10, price: 100, priceUnit: 7 });
    const order = await storeOrderedOrder(db, suppliers.office, [paper]);
    for (const quantity of [3, 4, 3]) {
      await receivePurchaseOrder(db, { receiptId: newId(), orderId: order.id, date: '2026-03-05', deliveryNote: '', closeShort: [], lines: [{ orderLineId: paper.id, quantity, locationId: places.main.id }] });
    }
    const received = (await db.goodsReceipts.toArray()).flatMap((receipt) => receipt.lines.map((line) => line.value));
    expect(received).toEqual([43, 57, 43]);
    for (const [number, quantity] of [['A-1', 5], ['A-2', 2], ['A-3', 3]] as const) {
      const draft = await newBillFor(db, order.id, '2026-03-20');
      await postBill(db, { ...draft, number, lines: draft.lines.map((line) => ({ ...line, quantity })) });
    }
    const balances = await createLedgerReports(db).loadTrialBalance(undefined, '2026-03-31');
    const closing = (accountId: string) => balances.rows.find((row) => row.accountId === accountId)?.closing ?? 0;
    expect(closing(id('goodsReceived'))).toBe(0);
    expect(closing(id('inventory'))).toBe(143);
    // What the bills charged (71 + 29 + 43, each part rounded) less the receipts' 143 is the price difference.
    expect(closing(id('stockAdjustments')) + 143).toBe(0 - closing(id('payable')));
    expect((await db.purchaseOrders.get(order.id))!.status).toBe('closed');
  });

  it('refuses the same supplier invoice number twice', async () => {
    const { db, order, paper } = await receivedOrder();
    const first = await newBillFor(db, order.id, '2026-03-10');
    await postBill(db, { ...first, number: 'INV-9', lines: first.lines.filter((line) => line.orderLineId === paper.id) });
    const second = await newBillFor(db, order.id, '2026-03-11');
    expect(await refusal(postBill(db, { ...second, number: ' inv-9 ' }))).toEqual([{ code: 'billNumberTaken', params: { number: 'inv-9' } }]);
  });

  it('bills two orders of one supplier on one invoice, and refuses another supplier’s order', async () => {
    const { db, order, items, places, suppliers } = await receivedOrder();
    const toner = testOrderLine({ itemId: items.toner.id, description: 'Toner 05A', quantity: 2, price: 7000 });
    const second = await storeOrderedOrder(db, suppliers.office, [toner]);
    await receivePurchaseOrder(db, { receiptId: newId(), orderId: second.id, date: '2026-03-06', deliveryNote: '', closeShort: [], lines: [{ orderLineId: toner.id, quantity: 2, locationId: places.main.id }] });
    const other = await storeOrderedOrder(db, suppliers.toner, [testOrderLine({ quantity: 1, price: 100 })]);
    const draft = await newBillFor(db, order.id, '2026-03-10');
    const both = { ...draft, number: 'INV-80', orderIds: [order.id, second.id], lines: [...draft.lines, ...defaultBillLines([(await db.purchaseOrders.get(second.id))!], newId)] };
    expect(await refusal(postBill(db, { ...both, orderIds: [...both.orderIds, other.id] }))).toEqual([{ code: 'billOrderOtherSupplier', params: { number: other.number } }]);
    const posted = await postBill(db, both);
    expect((await getPostedEntry(db, posted.entryId!))!.memo).toBe(`Bill INV-80 / ${order.number}, ${second.number}`);
    expect((await db.purchaseOrders.bulkGet([order.id, second.id])).map((stored) => [stored!.status, stored!.billIds])).toEqual([
      ['closed', [posted.id]],
      ['closed', [posted.id]],
    ]);
  });

  it('refuses a cancelled order', async () => {
    const { db, suppliers } = await receivedOrder();
    const cancelled = await storeOrderedOrder(db, suppliers.office, [testOrderLine({ quantity: 1, price: 100 })], { status: 'cancelled' });
    expect(await refusal(newBillFor(db, cancelled.id, '2026-03-10'))).toEqual([{ code: 'refused.bill', params: { number: cancelled.number, status: 'cancelled' } }]);
  });

  it('in a Hungarian book, where receipts go to the suppliers account, aged payables shows the bill gross from the bill date', async () => {
    const book = await receivingTestBook({ language: 'hu', baseCurrency: 'HUF', country: 'HU' });
    const { db, id, items, places, suppliers, inputVat, ledger, entry } = book;
    // An older unpaid bill of the same supplier, which the receipts must not be mistaken for.
    await ledger.postNewEntry(entry('2026-02-01', [['suppliesConsumed', 5_000], ['payable', -5_000]], { payee: 'Office Depot Kft.' }));
    const paper = testOrderLine({ itemId: items.paper.id, description: 'Papír', quantity: 100, price: 1_000, vatCodeId: vatOf(inputVat, 'I27') });
    const order = await storeOrderedOrder(db, suppliers.office, [paper], { currency: 'HUF' });
    for (const [date, quantity] of [['2026-03-05', 60], ['2026-03-08', 40]] as const) {
      await receivePurchaseOrder(db, { receiptId: newId(), orderId: order.id, date, deliveryNote: '', closeShort: [], lines: [{ orderLineId: paper.id, quantity, locationId: places.main.id }] });
    }
    const reports = createLedgerReports(db);
    expect((await reports.loadAgedPayables('2026-03-10')).rows[0]!.total).toBe(105_000);

    const draft = await newBillFor(db, order.id, '2026-03-20');
    const posted = await postBill(db, { ...draft, number: 'SZ-2026/114' });
    const bill = (await getPostedEntry(db, posted.entryId!))!;
    expect(bill.lines.map((line) => [line.accountId, line.debit, line.credit])).toEqual([
      [id('payable'), 100_000, 0],
      [id('vatInput'), 27_000, 0],
      [id('payable'), 0, 127_000],
    ]);
    const aged = await reports.loadAgedPayables('2026-04-30');
    expect(aged.rows).toHaveLength(1);
    expect(aged.rows[0]!.bills.map((open) => [open.date, open.open])).toEqual([
      ['2026-02-01', 5_000],
      ['2026-03-20', 127_000],
    ]);
    expect(aged.rows[0]!.total).toBe(132_000);
    expect(aged.totals[0]).toMatchObject({ balance: 132_000, unapplied: 0, unmatched: 0 });
  });
});
