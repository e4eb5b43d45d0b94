import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billTotals } from '../../../../../shared/purchasing/billing';
import { orderRefusal, stillToBill, stillToReceive } from '../../../../../shared/purchasing/orderStates';
import { PurchasingRejected } from '../../../../../shared/purchasing/problems';
import { newId, writeWithAudit } from '../../audit';
import { createLedgerReports } from '../ledger/reports';
import { newBillFor, postBill } from './bills';
import { receivePurchaseOrder } from './receipts';
import { receivingTestBook, storeOrderedOrder, testOrderLine } from './receiptsTesting';

// Random purchasing weeks: orders of items and services, partial deliveries (some closed
// short, some over), cancellations and bills at a changed price. Whatever was refused
// leaves nothing behind; what was stored must agree with the receipts and bills posted.

const lineArb = fc.record({
  kind: fc.constantFrom('paper' as const, 'toner' as const, 'service' as const),
  quantity: fc.integer({ min: 1, max: 60 }),
  price: fc.integer({ min: 0, max: 5_000 }),
  priceUnit: fc.constantFrom(1, 10),
  vat: fc.constantFrom('I20', 'I5', null),
});
const orderArb = fc.array(lineArb, { minLength: 1, maxLength: 3 });
const stepArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('receive' as const), order: fc.nat(3), shares: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 3, maxLength: 3 }), closeShort: fc.boolean(), allowOver: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), order: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('bill' as const), order: fc.nat(3), share: fc.integer({ min: 1, max: 110 }), priceChange: fc.integer({ min: -50, max: 50 }) }) },
);

describe('purchasing keeps stock, order lines and payables in step', () => {
  it('any sequence of orders, receipts, cancellations and bills', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(orderArb, { minLength: 1, maxLength: 3 }), fc.array(stepArb, { minLength: 2, maxLength: 10 }), async (orderShapes, steps) => {
        const { db, items, places, suppliers, inputVat, id } = await receivingTestBook();
        const vat = (code: string | null) => (code === null ? null : inputVat.find((candidate) => candidate.code === code)!.id);
        const orders = [];
        for (const shape of orderShapes) {
          const lines = shape.map((line) =>
            testOrderLine({ itemId: line.kind === 'service' ? null : items[line.kind].id, description: line.kind, quantity: line.quantity, price: line.price, priceUnit: line.priceUnit, vatCodeId: vat(line.vat) }),
          );
          orders.push(await storeOrderedOrder(db, suppliers.office, lines));
        }
        let billNumber = 0;
        for (const step of steps) {
          const order = (await db.purchaseOrders.get(orders[step.order % orders.length]!.id))!;
          try {
            if (step.kind === 'receive') {
              const lines = order.lines
                .map((line, index) => ({ orderLineId: line.id, quantity: Math.floor((line.quantity * step.shares[index]!) / 100), locationId: places.main.id }))
                .filter((line) => line.quantity > 0);
              await receivePurchaseOrder(db, { receiptId: newId(), orderId: order.id, date: '2026-03-05', deliveryNote: '', lines, closeShort: step.closeShort ? order.lines.map((line) => line.id) : [], allowOver: step.allowOver });
            } else if (step.kind === 'cancel') {
              if (orderRefusal(order, 'cancel') === null) {
                await writeWithAudit(db, [db.purchaseOrders], 'purchaseOrderCancelled', async () => {
                  await db.purchaseOrders.put({ ...order, status: 'cancelled' });
                  return { result: undefined, recordIds: [order.id] };
                });
              }
            } else {
              const draft = await newBillFor(db, order.id, '2026-03-20');
              const lines = draft.lines.map((line) => ({ ...line, quantity: Math.max(1, Math.floor((line.quantity * step.share) / 100)), price: Math.max(0, line.price + step.priceChange) }));
              await postBill(db, { ...draft, number: `INV-${(billNumber += 1)}`, lines });
            }
          } catch (error) {
            if (!(error instanceof PurchasingRejected)) throw error;
          }
        }

        const [stored, receipts, bills, levels] = await Promise.all([db.purchaseOrders.toArray(), db.goodsReceipts.toArray(), db.purchaseBills.toArray(), db.stockLevels.toArray()]);
        const received = new Map<string, number>();
        const billed = new Map<string, number>();
        for (const line of receipts.flatMap((receipt) => receipt.lines)) received.set(line.orderLineId, (received.get(line.orderLineId) ?? 0) + line.quantity);
        for (const line of bills.flatMap((bill) => bill.lines)) if (line.orderLineId) billed.set(line.orderLineId, (billed.get(line.orderLineId) ?? 0) + line.quantity);
        for (const order of stored) {
          for (const line of order.lines) {
            expect(line.received).toBe(received.get(line.id) ?? 0);
            expect(line.billed).toBe(billed.get(line.id) ?? 0);
            if (order.status !== 'cancelled' && !line.closedShort) expect(stillToReceive(line)).toBe(Math.max(0, line.quantity - line.received));
            expect(stillToBill(line)).toBe(Math.max(0, line.received - line.billed));
          }
        }
        for (const itemId of [items.paper.id, items.toner.id]) {
          const lines = receipts.flatMap((receipt) => receipt.lines).filter((line) => line.itemId === itemId);
          const level = levels.find((candidate) => candidate.itemId === itemId);
          expect([level?.quantity ?? 0, level?.value ?? 0]).toEqual([lines.reduce((sum, line) => sum + line.quantity, 0), lines.reduce((sum, line) => sum + line.value, 0)]);
        }
        const vatCodes = await db.vatCodes.toArray();
        const gross = bills.filter((bill) => bill.status === 'posted').reduce((sum, bill) => sum + billTotals(bill.lines, vatCodes, 'EUR').gross, 0);
        const balances = await createLedgerReports(db).loadTrialBalance(undefined, '2026-12-31');
        const balanceOf = (accountId: string) => balances.rows.find((row) => row.accountId === accountId)?.closing ?? 0;
        expect(0 - balanceOf(id('payable'))).toBe(gross);
        expect(balanceOf(id('inventory'))).toBe(receipts.flatMap((receipt) => receipt.lines).filter((line) => line.itemId !== null).reduce((sum, line) => sum + line.value, 0));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
