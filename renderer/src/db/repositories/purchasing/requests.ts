import { todayIso, type IsoDate } from '../../../../../shared/dates';
import { PurchasingRejected, refuseIfAny, type PurchasingProblem } from '../../../../../shared/purchasing/problems';
import { ordersFromRequests, requestEditable, requestProblems, requestStanding, type RequestInput, type RequestStanding } from '../../../../../shared/purchasing/requests';
import type { PurchaseOrder, PurchaseRequest } from '../../../../../shared/purchasing/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { createDraftOrders } from './draftOrders';
import { takeNumbers } from './settings';

/** Refuses a request for an item the catalog does not have (or no longer offers). */
async function itemProblems(db: BackofficeDb, input: RequestInput): Promise<PurchasingProblem[]> {
  if (input.itemId === null) return [];
  const item = await db.items.get(input.itemId);
  return item && !item.archived ? [] : [{ code: 'requestItemMissing', params: { item: input.description } }];
}

const cleaned = (input: RequestInput): RequestInput => ({ ...input, description: input.description.trim(), requestedBy: input.requestedBy.trim(), department: input.department.trim() });

/** Notes a need: numbered RQ-yyyy-nnnn, open until the office manager decides. */
export async function createRequest(db: BackofficeDb, input: RequestInput, today: IsoDate = todayIso()): Promise<PurchaseRequest> {
  const values = cleaned(input);
  refuseIfAny(requestProblems(values));
  return writeWithAudit(
    db,
    [db.purchaseRequests, db.settings],
    'purchaseRequestSaved',
    async () => {
      refuseIfAny(await itemProblems(db, values));
      const [number] = await takeNumbers(db, 'request', today.slice(0, 4));
      const at = now();
      const request: PurchaseRequest = {
        id: newId(), createdAt: at, updatedAt: at, number: number!, ...values,
        status: 'open', decisionNote: '', decidedAt: null, orderId: null, orderLineId: null,
      };
      await db.purchaseRequests.add(request);
      return { result: request, recordIds: [request.id] };
    },
    { alsoReads: [db.items] },
  );
}

async function openRequest(db: BackofficeDb, id: string): Promise<PurchaseRequest> {
  const request = await db.purchaseRequests.get(id);
  if (!request) throw new PurchasingRejected([{ code: 'requestMissing' }]);
  if (!requestEditable(request)) throw new PurchasingRejected([{ code: 'requestNotOpen', params: { request: request.number } }]);
  return request;
}

/** Changes what a request asks for, while it is open or approved. */
export async function editRequest(db: BackofficeDb, id: string, input: RequestInput): Promise<PurchaseRequest> {
  const values = cleaned(input);
  refuseIfAny(requestProblems(values));
  return writeWithAudit(
    db,
    [db.purchaseRequests],
    'purchaseRequestSaved',
    async () => {
      const request = await openRequest(db, id);
      refuseIfAny(await itemProblems(db, values));
      const changed: PurchaseRequest = { ...request, ...values, updatedAt: now() };
      await db.purchaseRequests.put(changed);
      return { result: changed, recordIds: [id] };
    },
    { alsoReads: [db.items] },
  );
}

/** Approves or rejects a request that is not ordered yet; a rejection says why. */
export async function decideRequest(db: BackofficeDb, id: string, decision: 'approved' | 'rejected', note: string): Promise<PurchaseRequest> {
  const reason = note.trim();
  if (decision === 'rejected' && reason === '') throw new PurchasingRejected([{ code: 'requestReasonMissing' }]);
  return writeWithAudit(db, [db.purchaseRequests], 'purchaseRequestDecided', async () => {
    const request = await openRequest(db, id);
    const at = now();
    const decided: PurchaseRequest = { ...request, status: decision, decisionNote: reason, decidedAt: at, updatedAt: at };
    await db.purchaseRequests.put(decided);
    return { result: decided, recordIds: [id] };
  });
}

/**
 * Turns open and approved requests into draft orders, one per supplier (the item's
 * preferred one unless `chosen` names another; free text needs one chosen). Refuses the
 * whole batch, writing nothing, when one request cannot go.
 */
export async function orderRequests(db: BackofficeDb, requestIds: readonly string[], chosen: Readonly<Record<string, string>>, orderDate: IsoDate = todayIso()): Promise<PurchaseOrder[]> {
  const found = await db.purchaseRequests.bulkGet([...requestIds]);
  const missing = found.some((request) => !request);
  if (missing) throw new PurchasingRejected([{ code: 'requestMissing' }]);
  const requests = found as PurchaseRequest[];
  const itemIds = [...new Set(requests.flatMap((request) => (request.itemId === null ? [] : [request.itemId])))];
  const [items, prices] = await Promise.all([db.items.bulkGet(itemIds), db.supplierPrices.where('itemId').anyOf(itemIds).toArray()]);
  const { drafts, problems } = ordersFromRequests({
    requests,
    items: new Map(items.flatMap((item) => (item ? [[item.id, item] as const] : []))),
    prices,
    chosen,
    orderDate,
  });
  refuseIfAny(problems);
  return createDraftOrders(db, drafts);
}

export type RequestRow = { request: PurchaseRequest; standing: RequestStanding };

/** Every request, newest first, with where it stands (the orders it became read by id). */
export async function readRequestRows(db: BackofficeDb): Promise<RequestRow[]> {
  const requests = await db.purchaseRequests.toArray();
  const orderIds = [...new Set(requests.flatMap((request) => (request.orderId ? [request.orderId] : [])))];
  const orders = new Map((await db.purchaseOrders.bulkGet(orderIds)).flatMap((order) => (order ? [[order.id, order] as const] : [])));
  return requests
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.number.localeCompare(a.number))
    .map((request) => ({ request, standing: requestStanding(request, request.orderId ? orders.get(request.orderId) : undefined) }));
}
