import type { CatalogItem, StockUnit } from '../../../../../shared/catalog/types';
import type { OrderLine, SupplierPrice } from '../../../../../shared/purchasing/types';

/**
 * How a typed line becomes an order line: the item it names (by SKU, barcode, name or the
 * picker's "SKU — name"), with the supplier's price and the item's VAT code filled in; or
 * free text when it names no item.
 */

export const freeTextUnit: StockUnit = { code: 'pcs', decimals: 0 };

/** The picker's label of an item, and what the line's text field shows for it. */
export const itemLabel = (item: Pick<CatalogItem, 'sku' | 'name'>): string => `${item.sku} — ${item.name}`;

export type ItemFinder = (text: string) => CatalogItem | undefined;

/** Finds items by what a person types or scans; archived items are not offered. */
export function itemFinder(items: readonly CatalogItem[]): ItemFinder {
  const byKey = new Map<string, CatalogItem>();
  for (const item of items) {
    if (item.archived) continue;
    for (const key of [itemLabel(item), item.name, ...item.barcodes, item.sku]) byKey.set(key.trim().toLocaleLowerCase(), item);
  }
  return (text) => byKey.get(text.trim().toLocaleLowerCase());
}

/** The supplier's price for an item: the preferred one first, else any. */
export function supplierPriceOf(prices: readonly SupplierPrice[], itemId: string): SupplierPrice | undefined {
  const ofItem = prices.filter((price) => price.itemId === itemId);
  return ofItem.find((price) => price.preferred) ?? ofItem[0];
}

/** What changes on a line when its text is committed. */
export function lineFromText(line: OrderLine, text: string, findItem: ItemFinder, prices: readonly SupplierPrice[]): Partial<OrderLine> {
  const item = findItem(text);
  if (!item) return line.itemId === null && line.description === text.trim() ? {} : { itemId: null, description: text.trim(), unit: line.itemId ? freeTextUnit : line.unit };
  if (item.id === line.itemId) return {};
  const price = supplierPriceOf(prices, item.id);
  return {
    itemId: item.id,
    description: item.name,
    unit: item.unit,
    vatCodeId: item.vatCodeId,
    supplierSku: price?.supplierSku ?? '',
    price: price?.price ?? line.price,
    priceUnit: price?.priceUnit ?? 10 ** item.unit.decimals,
    accountId: null,
  };
}

/** A blank line for the user to fill in. */
export function blankLine(id: string): OrderLine {
  return {
    id, itemId: null, description: '', supplierSku: '', quantity: 1, unit: freeTextUnit, price: 0, priceUnit: 1, vatCodeId: null,
    accountId: null, received: 0, billed: 0, closedShort: false, requestIds: [],
  };
}

/** A line nobody filled in (no item, no text) is dropped when the order is saved. */
export const isBlankLine = (line: OrderLine): boolean => line.itemId === null && line.description.trim() === '';
