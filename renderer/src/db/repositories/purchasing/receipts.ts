import { toleranceFor } from '../../../../../shared/purchasing/matching';
import { PurchasingRejected, refuseIfAny } from '../../../../../shared/purchasing/problems';
import { applyReceipt, receiptMovements, receiptProblems, type ReceiveInput } from '../../../../../shared/purchasing/receiving';
import type { GoodsReceipt } from '../../../../../shared/purchasing/types';
import { now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { recordMovementsWithinTransaction, stockReads, stockTables } from '../stock/movements';
import { readPurchasingSettings, takeNumbers } from './settings';

/** Thrown inside the write to leave it without a trace when the receipt is stored already. */
class StoredAlready extends Error {
  constructor(readonly receipt: GoodsReceipt) {
    super('The receipt is stored already');
  }
}

/**
 * Takes a delivery in against an order, in one audited write: the receipt (numbered
 * GR-yyyy-nnnn), the order's received quantities, lines closed short and status, and the
 * stock movements of its catalog items at their cost with their entry (Dr inventory /
 * Cr goods received, payee the supplier). The screen chooses `receiptId` before saving,
 * so saving the same receipt again (a double click) returns the stored one and writes
 * nothing. Refuses (writing nothing) what the order's state or the tolerance forbids.
 */
export async function receivePurchaseOrder(db: BackofficeDb, input: ReceiveInput): Promise<GoodsReceipt> {
  try {
    return await writeWithAudit(
      db,
      [db.purchaseOrders, db.goodsReceipts, db.settings, ...stockTables(db), db.entryBlocks, db.balances, db.registers],
      'goodsReceived',
      async () => {
        const stored = await db.goodsReceipts.get(input.receiptId);
        if (stored) throw new StoredAlready(stored);
        const order = await db.purchaseOrders.get(input.orderId);
        if (!order) throw new PurchasingRejected([{ code: 'receiptOrderMissing' }]);
        const [supplier, settings] = await Promise.all([db.suppliers.get(order.supplierId), readPurchasingSettings(db)]);
        refuseIfAny(receiptProblems(order, input, toleranceFor(supplier, settings.tolerance)));

        const at = now();
        const applied = applyReceipt(order, input, at);
        const [number] = await takeNumbers(db, 'receipt', input.date.slice(0, 4));
        const recorded = await recordMovementsWithinTransaction(db, receiptMovements(input.receiptId, input.date, applied.lines), {
          memo: `Receipt ${number!} / ${order.number}`,
          payee: supplier?.name ?? order.supplierName,
        });
        const receipt: GoodsReceipt = {
          id: input.receiptId,
          createdAt: at,
          number: number!,
          orderId: order.id,
          date: input.date,
          lines: applied.lines,
          deliveryNote: input.deliveryNote.trim(),
          note: input.note?.trim() ?? '',
          movementIds: recorded.movements.map((movement) => movement.id),
          entryId: recorded.entries[0]?.id ?? null,
        };
        await db.goodsReceipts.add(receipt);
        await db.purchaseOrders.put(applied.order);
        return { result: receipt, recordIds: [receipt.id, order.id, ...recorded.entries.map((entry) => entry.id)] };
      },
      { alsoReads: [db.suppliers, ...stockReads(db)] },
    );
  } catch (error) {
    if (error instanceof StoredAlready) return error.receipt;
    throw error;
  }
}

/** An order's receipts, oldest first. */
export async function receiptsOfOrders(db: BackofficeDb, orderIds: readonly string[]): Promise<GoodsReceipt[]> {
  const receipts = await db.goodsReceipts.where('orderId').anyOf([...orderIds]).toArray();
  return receipts.sort((a, b) => (a.date === b.date ? (a.createdAt < b.createdAt ? -1 : 1) : a.date < b.date ? -1 : 1));
}
