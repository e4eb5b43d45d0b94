import type { CatalogItem } from '../catalog/types';
import { stillToReceive } from './orderStates';
import type { IsoDate } from '../dates';
import type { OrderDraft, OrderLineDraft } from './orderDrafts';
import type { OrderStatus, PurchaseOrder, PurchaseRequest, Supplier, SupplierPrice } from './types';

/**
 * Reorder suggestions: which items to order, how much, and from whom. An item's available
 * quantity is what is on hand, plus what is still to come on open orders (drafts too, so a
 * draft just created stops the suggestion), less what requests still ask for. When that is
 * at or below its reorder point, it is suggested, in whole packs of its preferred supplier.
 */

/** Orders whose undelivered lines are still expected. */
export const openOrderStatuses: readonly OrderStatus[] = ['draft', 'ordered', 'partiallyReceived'];

export type ReorderItem = Pick<CatalogItem, 'id' | 'sku' | 'name' | 'unit' | 'packs' | 'reorderPoint' | 'reorderQuantity' | 'maxLevel' | 'archived' | 'vatCodeId'>;

/**
 * The price each item is reordered at, for many items at once: as `preferredPriceOf`
 * (prices.ts) answers for one item, the preferred price, else the item's first price.
 */
export function preferredPrices(prices: readonly SupplierPrice[]): Map<string, SupplierPrice> {
  const byItem = new Map<string, SupplierPrice>();
  for (const price of prices) {
    const known = byItem.get(price.itemId);
    if (!known || (price.preferred && !known.preferred)) byItem.set(price.itemId, price);
  }
  return byItem;
}

/** Smallest units still to come per item, over the lines of open orders. */
export function onOrderByItem(orders: readonly Pick<PurchaseOrder, 'status' | 'lines'>[]): Map<string, number> {
  const onOrder = new Map<string, number>();
  for (const order of orders) {
    if (!openOrderStatuses.includes(order.status)) continue;
    for (const line of order.lines) {
      if (line.itemId === null) continue;
      onOrder.set(line.itemId, (onOrder.get(line.itemId) ?? 0) + stillToReceive(line));
    }
  }
  return onOrder;
}

/** Smallest units that open and approved requests, not ordered yet, ask for, per item. */
export function requestedByItem(requests: readonly Pick<PurchaseRequest, 'status' | 'itemId' | 'quantity'>[]): Map<string, number> {
  const requested = new Map<string, number>();
  for (const request of requests) {
    if (request.itemId === null || (request.status !== 'open' && request.status !== 'approved')) continue;
    requested.set(request.itemId, (requested.get(request.itemId) ?? 0) + request.quantity);
  }
  return requested;
}

/**
 * How much an item at or below its point needs: its reorder quantity, but at least enough
 * to lift it above the point; without one, up to its maximum level; without either, just
 * above the point.
 */
export function reorderNeed(item: Pick<ReorderItem, 'reorderPoint' | 'reorderQuantity' | 'maxLevel'>, available: number): number {
  const point = item.reorderPoint ?? 0;
  const lift = point - available + 1;
  if (item.reorderQuantity !== null && item.reorderQuantity > 0) return Math.max(item.reorderQuantity, lift);
  if (item.maxLevel !== undefined && item.maxLevel !== null) return Math.max(item.maxLevel - available, lift);
  return lift;
}

/**
 * What to order of a need from a supplier's price: at least its minimum, rounded UP to
 * whole packs, so never less than the need. Without a price, the need itself.
 */
export function orderQuantity(need: number, price: Pick<SupplierPrice, 'packSize' | 'minimumQuantity'> | null | undefined): number {
  if (need <= 0) return 0;
  if (!price) return need;
  const pack = Math.max(1, price.packSize);
  const wanted = Math.max(need, price.minimumQuantity);
  return Math.ceil(wanted / pack) * pack;
}

export type ReorderSuggestion = {
  item: ReorderItem;
  onHand: number;
  onOrder: number;
  requested: number;
  available: number;
  reorderPoint: number;
  need: number;
  /** The need in whole packs of the preferred price, at least its minimum. */
  quantity: number;
  /** The preferred price; null for an item without one (the user picks a supplier). */
  price: SupplierPrice | null;
};

/** Suggestions of one supplier; `supplier` null: items with no preferred (active) supplier. */
export type ReorderGroup = { supplier: Supplier | null; suggestions: ReorderSuggestion[] };

export type ReorderInput = {
  items: readonly ReorderItem[];
  /** On hand per item (all places together). */
  onHand: ReadonlyMap<string, number>;
  orders: readonly Pick<PurchaseOrder, 'status' | 'lines'>[];
  requests: readonly Pick<PurchaseRequest, 'status' | 'itemId' | 'quantity'>[];
  prices: readonly SupplierPrice[];
  suppliers: readonly Supplier[];
};

/**
 * Every active item with a reorder point whose available quantity is at or below it, grouped
 * by preferred supplier (by name), with the group of items without a supplier last.
 * An archived preferred supplier counts as none: no order can go to it.
 */
export function reorderSuggestions(input: ReorderInput): ReorderGroup[] {
  const onOrder = onOrderByItem(input.orders);
  const requested = requestedByItem(input.requests);
  const preferred = preferredPrices(input.prices);
  const suppliers = new Map(input.suppliers.filter((supplier) => !supplier.archived).map((supplier) => [supplier.id, supplier]));
  const groups = new Map<string, ReorderGroup>();
  for (const item of input.items) {
    if (item.archived || item.reorderPoint === null) continue;
    const row = { onHand: input.onHand.get(item.id) ?? 0, onOrder: onOrder.get(item.id) ?? 0, requested: requested.get(item.id) ?? 0 };
    const available = row.onHand + row.onOrder - row.requested;
    if (available > item.reorderPoint) continue;
    const candidate = preferred.get(item.id);
    const supplier = candidate ? suppliers.get(candidate.supplierId) ?? null : null;
    const price = supplier ? candidate! : null;
    const need = reorderNeed(item, available);
    const key = supplier?.id ?? '';
    const group = groups.get(key) ?? { supplier, suggestions: [] };
    group.suggestions.push({ item, ...row, available, reorderPoint: item.reorderPoint, need, quantity: orderQuantity(need, price), price });
    groups.set(key, group);
  }
  const { compare } = new Intl.Collator();
  const sorted = [...groups.values()].sort((a, b) => (a.supplier === null ? 1 : b.supplier === null ? -1 : compare(a.supplier.name, b.supplier.name)));
  for (const group of sorted) group.suggestions.sort((a, b) => compare(a.item.sku, b.item.sku));
  return sorted;
}

/** One suggestion the user keeps: the quantity they settled on, and the supplier (picked for items without one). */
export type ReorderChoice = { item: ReorderItem; quantity: number; supplierId: string; price: SupplierPrice | null };

/** An order line for an item at a supplier's price (no price yet: 0, for the user to fill in on the order). */
export function itemOrderLine(item: Pick<ReorderItem, 'id' | 'name' | 'unit' | 'vatCodeId'>, quantity: number, price: SupplierPrice | null, requestIds: string[] = []): OrderLineDraft {
  return {
    itemId: item.id, description: item.name, supplierSku: price?.supplierSku ?? '', quantity, unit: item.unit,
    price: price?.price ?? 0, priceUnit: price?.priceUnit ?? 1, vatCodeId: item.vatCodeId, accountId: null, requestIds,
  };
}

/** One draft order per supplier, its lines in the order chosen; quantities of nothing are left out. */
export function reorderDrafts(choices: readonly ReorderChoice[], orderDate: IsoDate): OrderDraft[] {
  const drafts = new Map<string, OrderDraft>();
  for (const choice of choices) {
    if (choice.quantity <= 0) continue;
    const draft = drafts.get(choice.supplierId) ?? { supplierId: choice.supplierId, orderDate, lines: [] };
    draft.lines.push(itemOrderLine(choice.item, choice.quantity, choice.price));
    drafts.set(choice.supplierId, draft);
  }
  return [...drafts.values()];
}
