import type { StockUnit } from '../catalog/types';
import { isIsoDate, type IsoDate } from '../dates';
import type { OrderDraft } from './orderDrafts';
import { stillToReceive } from './orderStates';
import { preferredPriceOf } from './prices';
import type { PurchasingProblem } from './problems';
import { itemOrderLine, orderQuantity, type ReorderItem } from './reorder';
import type { PurchaseOrder, PurchaseRequest, SupplierPrice } from './types';

/**
 * Purchase requests: anyone notes a need (a catalog item or free text); the office manager
 * approves or rejects it, or turns it into an order line. Where a request stands after
 * that is read from the order line it became.
 */

/** What someone asks for, as the request form gives it. */
export type RequestInput = {
  itemId: string | null;
  description: string;
  /** In smallest units of `unit`. */
  quantity: number;
  unit: StockUnit;
  requestedBy: string;
  department: string;
  neededBy: IsoDate | null;
};

/** Why a request cannot be saved as given (codes `purchasing.problems.request…`). */
export function requestProblems(input: RequestInput): PurchasingProblem[] {
  const problems: PurchasingProblem[] = [];
  if (input.itemId === null && input.description.trim() === '') problems.push({ code: 'requestWhatMissing' });
  if (!Number.isSafeInteger(input.quantity) || input.quantity <= 0) problems.push({ code: 'requestQuantityNotPositive' });
  if (!Number.isSafeInteger(input.unit.decimals) || input.unit.decimals < 0 || input.unit.code.trim() === '') problems.push({ code: 'requestUnitMissing' });
  if (input.requestedBy.trim() === '') problems.push({ code: 'requestRequestedByMissing' });
  if (input.neededBy !== null && !isIsoDate(input.neededBy)) problems.push({ code: 'requestNeededByInvalid', params: { date: input.neededBy } });
  return problems;
}

/** A request may be changed while nobody has rejected or ordered it. */
export const requestEditable = (request: Pick<PurchaseRequest, 'status'>): boolean => request.status === 'open' || request.status === 'approved';

/** Where a request stands, as the requester sees it. */
export type RequestStanding =
  | { kind: 'open' | 'approved' }
  | { kind: 'rejected'; reason: string }
  /** `progress`: the order's draft or cancelled state, or how far its line has been delivered. */
  | { kind: 'ordered'; orderId: string; orderNumber: string; progress: 'draft' | 'ordered' | 'partiallyReceived' | 'received' | 'cancelled' };

/** The request's standing, read from its order line once ordered (the order may be gone: then only "ordered"). */
export function requestStanding(request: PurchaseRequest, order: PurchaseOrder | undefined): RequestStanding {
  if (request.status === 'rejected') return { kind: 'rejected', reason: request.decisionNote };
  if (request.status !== 'ordered') return { kind: request.status };
  const base = { kind: 'ordered' as const, orderId: request.orderId ?? '', orderNumber: order?.number ?? '' };
  if (!order) return { ...base, progress: 'ordered' };
  if (order.status === 'draft' || order.status === 'cancelled') return { ...base, progress: order.status };
  const line = order.lines.find((candidate) => candidate.id === request.orderLineId);
  if (!line) return { ...base, progress: 'ordered' };
  if (stillToReceive(line) === 0) return { ...base, progress: 'received' };
  return { ...base, progress: line.received > 0 ? 'partiallyReceived' : 'ordered' };
}

export type RequestsToOrder = {
  requests: readonly PurchaseRequest[];
  items: ReadonlyMap<string, ReorderItem>;
  /** Every price of the requested items. */
  prices: readonly SupplierPrice[];
  /** The supplier the user picked per request id (required for free text; overrides the preferred one). */
  chosen: Readonly<Record<string, string>>;
  orderDate: IsoDate;
};

/** The supplier a request goes to: the user's pick, else the item's preferred price's supplier. */
export function supplierOfRequest(request: Pick<PurchaseRequest, 'id' | 'itemId'>, prices: readonly SupplierPrice[], chosen: Readonly<Record<string, string>>): string | null {
  const picked = chosen[request.id];
  if (picked) return picked;
  if (request.itemId === null) return null;
  return preferredPriceOf(prices, request.itemId)?.supplierId ?? null;
}

/**
 * Draft orders for open and approved requests: one per supplier; requests for the same
 * item at the same supplier share one line (their quantities added, then rounded up to the
 * supplier's packs and minimum); free text gets a line of its own at price 0 for the user to
 * fill in. Problems name requests that are not open or approved, or have no supplier.
 */
export function ordersFromRequests(input: RequestsToOrder): { drafts: OrderDraft[]; problems: PurchasingProblem[] } {
  const problems: PurchasingProblem[] = [];
  const drafts = new Map<string, OrderDraft & { departments: Set<string> }>();
  const itemLines = new Map<string, { quantity: number; requestIds: string[]; item: ReorderItem; price: SupplierPrice | null; draft: OrderDraft }>();
  for (const request of input.requests) {
    if (request.status !== 'open' && request.status !== 'approved') {
      problems.push({ code: 'requestNotOpen', params: { request: request.number } });
      continue;
    }
    const supplierId = supplierOfRequest(request, input.prices, input.chosen);
    if (supplierId === null) {
      problems.push({ code: 'requestSupplierMissing', params: { request: request.number } });
      continue;
    }
    const draft = drafts.get(supplierId) ?? { supplierId, orderDate: input.orderDate, lines: [], departments: new Set<string>() };
    drafts.set(supplierId, draft);
    draft.departments.add(request.department.trim());
    const item = request.itemId === null ? undefined : input.items.get(request.itemId);
    if (!item) {
      draft.lines.push({
        itemId: null, description: request.description, supplierSku: '', quantity: request.quantity, unit: request.unit,
        price: 0, priceUnit: 1, vatCodeId: null, accountId: null, requestIds: [request.id],
      });
      continue;
    }
    const key = `${supplierId}/${item.id}`;
    const price = input.prices.find((candidate) => candidate.itemId === item.id && candidate.supplierId === supplierId) ?? null;
    const line = itemLines.get(key) ?? { quantity: 0, requestIds: [], item, price, draft };
    line.quantity += request.quantity;
    line.requestIds.push(request.id);
    itemLines.set(key, line);
  }
  for (const line of itemLines.values()) line.draft.lines.push(itemOrderLine(line.item, orderQuantity(line.quantity, line.price), line.price, line.requestIds));
  const result = [...drafts.values()].map(({ departments, ...draft }) => ({ ...draft, department: departments.size === 1 ? [...departments][0]! : '' }));
  return { drafts: result, problems };
}
