import { draftOrderRecord, type OrderDraft } from '../../../../../shared/purchasing/orderDrafts';
import { PurchasingRejected, type PurchasingProblem } from '../../../../../shared/purchasing/problems';
import type { PurchaseOrder } from '../../../../../shared/purchasing/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { readCompanyFacts } from '../ledger/context';
import { readPurchasingSettings, takeNumbers } from './settings';

/**
 * Stores new draft orders (from the order form, reorder suggestions or requests) in one
 * audited transaction: numbers them per year of their order date, and marks the requests
 * their lines order as ordered. Refuses unknown or archived suppliers and requests that
 * are not open or approved; nothing is written then.
 */
export async function createDraftOrders(db: BackofficeDb, drafts: readonly OrderDraft[]): Promise<PurchaseOrder[]> {
  if (drafts.length === 0) return [];
  return writeWithAudit(
    db,
    [db.purchaseOrders, db.purchaseRequests, db.settings],
    'purchaseOrderSaved',
    async () => {
      const problems: PurchasingProblem[] = [];
      const suppliers = await db.suppliers.bulkGet(drafts.map((draft) => draft.supplierId));
      suppliers.forEach((supplier, index) => {
        if (!supplier) problems.push({ code: 'supplierMissing', params: { supplier: drafts[index]!.supplierId } });
        else if (supplier.archived) problems.push({ code: 'supplierArchived', params: { supplier: supplier.name } });
      });
      const requestIds = drafts.flatMap((draft) => draft.lines.flatMap((line) => line.requestIds));
      const requests = await db.purchaseRequests.bulkGet(requestIds);
      requests.forEach((request, index) => {
        if (!request || (request.status !== 'open' && request.status !== 'approved')) problems.push({ code: 'requestNotOpen', params: { request: request?.number ?? requestIds[index]! } });
      });
      if (problems.length > 0) throw new PurchasingRejected(problems);

      const settings = await readPurchasingSettings(db);
      const { baseCurrency } = await readCompanyFacts(db);
      const at = now();
      const orders: PurchaseOrder[] = [];
      for (const [index, draft] of drafts.entries()) {
        const [number] = await takeNumbers(db, 'order', draft.orderDate.slice(0, 4));
        const stamp = { id: newId(), at, number: number!, currency: baseCurrency, lineId: newId, deliveryAddress: settings.deliveryAddress, terms: settings.terms, locationId: settings.defaultLocationId };
        orders.push(draftOrderRecord(draft, suppliers[index]!, stamp));
      }
      await db.purchaseOrders.bulkAdd(orders);
      const ordered = orders.flatMap((order) =>
        order.lines.flatMap((line) => line.requestIds.map((requestId) => ({ requestId, orderId: order.id, orderLineId: line.id }))),
      );
      for (const { requestId, orderId, orderLineId } of ordered) {
        await db.purchaseRequests.update(requestId, { status: 'ordered', orderId, orderLineId, updatedAt: at });
      }
      return { result: orders, recordIds: [...orders.map((order) => order.id), ...ordered.map((link) => link.requestId)] };
    },
    { alsoReads: [db.suppliers] },
  );
}
