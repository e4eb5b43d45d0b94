import { orderRefusal, stillToReceive, type OrderAction } from '../../../../../shared/purchasing/orderStates';
import { orderLinesProblems } from '../../../../../shared/purchasing/orders';
import { PurchasingRejected, refuseIfAny, type PurchasingProblem } from '../../../../../shared/purchasing/problems';
import type { OrderLine, PurchaseOrder } from '../../../../../shared/purchasing/types';
import type { AuditAction } from '../../records';
import { now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';

/**
 * Changes to stored purchase orders. Each asks the state machine (orderStates.ts) first
 * and is one audited write; a refusal throws `PurchasingRejected` before anything is
 * written. New orders are created through `createDraftOrders` (draftOrders.ts).
 */

/** The fields of an order's header the user edits. */
const headerFields = ['orderDate', 'expectedDate', 'deliveryAddress', 'locationId', 'terms', 'notes', 'department'] as const;

/** What the user may change of a line; received, billed and closed short belong to receipts and bills. */
const lineFields = ['itemId', 'description', 'supplierSku', 'quantity', 'unit', 'price', 'priceUnit', 'vatCodeId', 'accountId'] as const;

function linesChanged(stored: readonly OrderLine[], edited: readonly OrderLine[]): boolean {
  if (stored.length !== edited.length) return true;
  return stored.some((line, index) => {
    const other = edited[index]!;
    return line.id !== other.id || lineFields.some((field) => JSON.stringify(line[field]) !== JSON.stringify(other[field]));
  });
}

async function storedOrder(db: BackofficeDb, orderId: string): Promise<PurchaseOrder> {
  const order = await db.purchaseOrders.get(orderId);
  if (!order) throw new PurchasingRejected([{ code: 'orderMissing' }]);
  return order;
}

function refuseUnless(order: PurchaseOrder, ...actions: OrderAction[]): void {
  refuseIfAny(actions.map((action) => orderRefusal(order, action)).filter((problem): problem is PurchasingProblem => problem !== null));
}

/** Requests whose lines left this order go back to approved, so they can be ordered again. */
async function releaseRequests(db: BackofficeDb, orderId: string, requestIds: readonly string[], at: string): Promise<string[]> {
  const requests = await db.purchaseRequests.bulkGet([...requestIds]);
  const released = requests.filter((request) => request?.orderId === orderId).map((request) => request!.id);
  for (const id of released) await db.purchaseRequests.update(id, { status: 'approved', orderId: null, orderLineId: null, updatedAt: at });
  return released;
}

/**
 * Saves the user's changes to a draft or to an ordered order. The header and the lines are
 * each checked against the state (an order with deliveries keeps its lines); a line that
 * stays keeps what was received and billed of it, and a line with deliveries cannot go.
 */
export async function saveOrder(db: BackofficeDb, edited: PurchaseOrder): Promise<PurchaseOrder> {
  return writeWithAudit(
    db,
    [db.purchaseOrders, db.purchaseRequests],
    'purchaseOrderSaved',
    async () => {
      const stored = await storedOrder(db, edited.id);
      const supplierChanged = edited.supplierId !== stored.supplierId;
      if (supplierChanged || linesChanged(stored.lines, edited.lines)) refuseUnless(stored, 'editLines');
      if (headerFields.some((field) => edited[field] !== stored[field])) refuseUnless(stored, 'editHeader');

      const before = new Map(stored.lines.map((line) => [line.id, line]));
      const kept = new Set(edited.lines.map((line) => line.id));
      const problems: PurchasingProblem[] = stored.lines
        .filter((line) => !kept.has(line.id) && (line.received > 0 || line.billed > 0))
        .map((line) => ({ code: 'orderLineHasDeliveries', params: { number: stored.number, line: line.description } }));
      problems.push(...orderLinesProblems(edited.lines, await db.vatCodes.toArray()));
      const supplier = await db.suppliers.get(edited.supplierId);
      if (!supplier) problems.push({ code: 'supplierMissing', params: { supplier: edited.supplierName } });
      else if (supplierChanged && supplier.archived) problems.push({ code: 'supplierArchived', params: { supplier: supplier.name } });
      refuseIfAny(problems);

      const at = now();
      const lines = edited.lines.map((line) => {
        const was = before.get(line.id);
        return { ...line, received: was?.received ?? 0, billed: was?.billed ?? 0, closedShort: was?.closedShort ?? false };
      });
      const order: PurchaseOrder = {
        ...stored,
        ...Object.fromEntries(headerFields.map((field) => [field, edited[field]])),
        supplierId: edited.supplierId,
        supplierName: supplier!.name,
        lines,
        updatedAt: at,
      };
      await db.purchaseOrders.put(order);
      const dropped = stored.lines.filter((line) => !kept.has(line.id)).flatMap((line) => line.requestIds);
      const released = await releaseRequests(db, order.id, dropped, at);
      return { result: order, recordIds: [order.id, ...released] };
    },
    { alsoReads: [db.vatCodes, db.suppliers] },
  );
}

/** One audited change of an order's state, after the state machine allowed `action`. */
function changeState(
  db: BackofficeDb,
  orderId: string,
  action: OrderAction,
  audit: AuditAction,
  change: (order: PurchaseOrder, at: string) => Promise<PurchaseOrder> | PurchaseOrder,
): Promise<PurchaseOrder> {
  return writeWithAudit(
    db,
    [db.purchaseOrders, db.purchaseRequests],
    audit,
    async () => {
      const stored = await storedOrder(db, orderId);
      refuseUnless(stored, action);
      const at = now();
      const order = await change(stored, at);
      await db.purchaseOrders.put({ ...order, updatedAt: at });
      return { result: { ...order, updatedAt: at }, recordIds: [order.id] };
    },
    { alsoReads: [db.vatCodes] },
  );
}

/** Sends a draft: it becomes an order the supplier holds us to. An order without lines, or with a line that is not right, stays a draft. */
export function sendOrder(db: BackofficeDb, orderId: string): Promise<PurchaseOrder> {
  return changeState(db, orderId, 'order', 'purchaseOrderSent', async (order, at) => {
    if (order.lines.length === 0) throw new PurchasingRejected([{ code: 'orderNoLines', params: { number: order.number } }]);
    refuseIfAny(orderLinesProblems(order.lines, await db.vatCodes.toArray()));
    return { ...order, status: 'ordered', orderedAt: at };
  });
}

/** Cancels an order nothing of which has arrived; its requests may be ordered again. */
export function cancelOrder(db: BackofficeDb, orderId: string): Promise<PurchaseOrder> {
  return changeState(db, orderId, 'cancel', 'purchaseOrderCancelled', async (order, at) => {
    if (order.lines.some((line) => line.received > 0 || line.billed > 0)) {
      throw new PurchasingRejected([{ code: 'refused.cancel', params: { number: order.number, status: 'partiallyReceived' } }]);
    }
    await releaseRequests(db, order.id, order.lines.flatMap((line) => line.requestIds), at);
    return { ...order, status: 'cancelled', cancelledAt: at };
  });
}

/** Closes an order: what has not arrived is no longer expected (its lines are closed short); it may still be billed for what came. */
export function closeOrder(db: BackofficeDb, orderId: string): Promise<PurchaseOrder> {
  return changeState(db, orderId, 'close', 'purchaseOrderClosed', (order, at) => {
    const lines = order.lines.map((line) => (stillToReceive(line) > 0 ? { ...line, closedShort: true } : line));
    return { ...order, lines, status: 'closed', closedAt: at };
  });
}

/** Throws a draft away; the requests it ordered go back to approved. */
export async function deleteDraftOrder(db: BackofficeDb, orderId: string): Promise<void> {
  await writeWithAudit(db, [db.purchaseOrders, db.purchaseRequests], 'purchaseOrderDeleted', async () => {
    const stored = await storedOrder(db, orderId);
    refuseUnless(stored, 'delete');
    const released = await releaseRequests(db, stored.id, stored.lines.flatMap((line) => line.requestIds), now());
    await db.purchaseOrders.delete(stored.id);
    return { result: undefined, recordIds: [stored.id, ...released] };
  });
}
