import { quantityText } from '../catalog/decimalText';
import { parseQuantity, quantityDecimalText } from '../catalog/quantities';
import type { CatalogItem } from '../catalog/types';
import type { IsoDate } from '../dates';
import { formatAmount, parseMoney } from '../money';
import type { PurchasingProblem } from './problems';
import type { Supplier, SupplierPrice } from './types';

/** A supplier price as the form hands it over: everything but the record's id, times and history. */
export type PriceDraft = Omit<SupplierPrice, 'id' | 'createdAt' | 'updatedAt' | 'history' | 'validFrom'>;

export const priceFields = ['supplierId', 'supplierSku', 'price', 'priceUnit', 'packSize', 'minimumQuantity'] as const;
export type PriceField = (typeof priceFields)[number];

/**
 * The price form as typed: amounts and quantities stay text so nothing is lost to a refusal.
 * `priceUnit` is '' for one stock unit or the name of one of the item's packs.
 */
export type PriceFormValues = { supplierId: string; supplierSku: string; price: string; priceUnit: string; packSize: string; minimumQuantity: string; preferred: boolean };

type PricedItem = Pick<CatalogItem, 'id' | 'unit' | 'packs'>;

const problem = (code: string, field: PriceField, params: Record<string, string> = {}): PurchasingProblem => ({ code, params: { ...params, field } });

export function emptyPriceForm(preferred: boolean): PriceFormValues {
  return { supplierId: '', supplierSku: '', price: '', priceUnit: '', packSize: '', minimumQuantity: '', preferred };
}

/** A stored price back in the form: the amount the locale's way, quantities as plain decimals (as the catalog's forms), so they read back exactly. */
export function priceFormOf(price: SupplierPrice, item: PricedItem, locale: string): PriceFormValues {
  const pack = item.packs.find((candidate) => candidate.contains === price.priceUnit);
  const quantity = (value: number) => (value === 0 ? '' : quantityText(value, item.unit.decimals));
  return {
    supplierId: price.supplierId,
    supplierSku: price.supplierSku,
    price: formatAmount(price.price, price.currency, locale),
    priceUnit: price.priceUnit === 1 || !pack ? '' : pack.name,
    packSize: price.packSize === 1 ? '' : quantity(price.packSize),
    minimumQuantity: quantity(price.minimumQuantity),
    preferred: price.preferred,
  };
}

/**
 * The form read as a price of the item in `currency` (the book's), with each field's
 * problems. Pack size and minimum are typed in the item's unit (empty: 1 and none); the
 * price is per stock unit or per one of the item's packs.
 */
export function readPriceForm(values: PriceFormValues, context: { item: PricedItem; currency: string; locale: string }): { draft: PriceDraft; problems: PurchasingProblem[] } {
  const { item, currency, locale } = context;
  const problems: PurchasingProblem[] = [];
  if (values.supplierId === '') problems.push(problem('priceSupplierMissing', 'supplierId'));
  let price = 0;
  const money = values.price.trim() === '' ? null : parseMoney(values.price, currency, locale);
  if (!money) problems.push(problem('priceMissing', 'price'));
  else if (!money.ok || money.value.minor < 0) problems.push(problem('priceInvalid', 'price', { value: values.price.trim() }));
  else price = money.value.minor;
  let priceUnit = 1;
  if (values.priceUnit !== '') {
    const pack = item.packs.find((candidate) => candidate.name === values.priceUnit);
    if (pack && pack.contains > 0) priceUnit = pack.contains;
    else problems.push(problem('pricePackUnknown', 'priceUnit', { pack: values.priceUnit }));
  }
  const quantity = (text: string, field: 'packSize' | 'minimumQuantity', empty: number): number => {
    if (text.trim() === '') return empty;
    const read = parseQuantity(text, item.unit);
    if (read.ok && (field === 'minimumQuantity' || read.value > 0)) return read.value;
    problems.push(problem(field === 'packSize' ? 'pricePackSizeInvalid' : 'priceMinimumInvalid', field, { value: text.trim() }));
    return empty;
  };
  const packSize = quantity(values.packSize, 'packSize', 1);
  const minimumQuantity = quantity(values.minimumQuantity, 'minimumQuantity', 0);
  const draft: PriceDraft = {
    itemId: item.id,
    supplierId: values.supplierId,
    preferred: values.preferred,
    supplierSku: values.supplierSku.trim(),
    price,
    priceUnit,
    currency,
    packSize,
    minimumQuantity,
  };
  return { draft, problems };
}

/**
 * What the repository checks again inside its transaction: the supplier is there and not
 * archived, and it has no other price for the item (one price per supplier per item).
 */
export function validatePrice(draft: PriceDraft, context: { supplier: Supplier | undefined; itemPrices: readonly SupplierPrice[]; id?: string }): PurchasingProblem[] {
  const problems: PurchasingProblem[] = [];
  const { supplier } = context;
  if (!supplier) problems.push(problem('priceSupplierMissing', 'supplierId'));
  else if (supplier.archived && !context.itemPrices.some((price) => price.id === context.id && price.supplierId === supplier.id)) {
    problems.push(problem('supplierArchived', 'supplierId', { supplier: supplier.name }));
  }
  if (supplier && context.itemPrices.some((price) => price.supplierId === draft.supplierId && price.id !== context.id)) {
    problems.push(problem('priceSupplierTwice', 'supplierId', { supplier: supplier.name }));
  }
  if (!Number.isSafeInteger(draft.price) || draft.price < 0) problems.push(problem('priceInvalid', 'price', { value: String(draft.price) }));
  if (!Number.isSafeInteger(draft.priceUnit) || draft.priceUnit < 1) problems.push(problem('pricePackUnknown', 'priceUnit', { pack: String(draft.priceUnit) }));
  if (!Number.isSafeInteger(draft.packSize) || draft.packSize < 1) problems.push(problem('pricePackSizeInvalid', 'packSize', { value: String(draft.packSize) }));
  if (!Number.isSafeInteger(draft.minimumQuantity) || draft.minimumQuantity < 0) problems.push(problem('priceMinimumInvalid', 'minimumQuantity', { value: String(draft.minimumQuantity) }));
  return problems;
}

/**
 * The price as stored after a change: a new price or price unit moves the current one to
 * `history` (with the day it applied from) and applies from `today`.
 */
export function priceAfterChange(existing: SupplierPrice | undefined, draft: PriceDraft, ids: { id: string; at: string; today: IsoDate }): SupplierPrice {
  if (!existing) return { ...draft, id: ids.id, createdAt: ids.at, updatedAt: ids.at, validFrom: ids.today, history: [] };
  const changed = existing.price !== draft.price || existing.priceUnit !== draft.priceUnit;
  return {
    ...existing,
    ...draft,
    updatedAt: ids.at,
    validFrom: changed ? ids.today : existing.validFrom,
    history: changed ? [...existing.history, { price: existing.price, priceUnit: existing.priceUnit, validFrom: existing.validFrom, changedAt: ids.at }] : existing.history,
  };
}

/**
 * The item's prices with exactly one preferred: `preferredId` when given, else the one
 * already preferred, else the first. Returns only the records whose mark changes.
 */
export function preferredMarks(itemPrices: readonly SupplierPrice[], preferredId?: string): SupplierPrice[] {
  const keep = preferredId ?? itemPrices.find((price) => price.preferred)?.id ?? itemPrices[0]?.id;
  return itemPrices.filter((price) => price.preferred !== (price.id === keep)).map((price) => ({ ...price, preferred: price.id === keep }));
}

/** The price reorder orders the item at: its preferred supplier's; undefined when the item has no price. */
export function preferredPriceOf(prices: readonly SupplierPrice[], itemId: string): SupplierPrice | undefined {
  const ofItem = prices.filter((price) => price.itemId === itemId);
  return ofItem.find((price) => price.preferred) ?? ofItem[0];
}

/** "12.50 per box (100)" pieces of a price: the pack whose size is the price unit, if any. */
export function priceUnitName(price: Pick<SupplierPrice, 'priceUnit'>, item: PricedItem): { pack: string | null; units: string } {
  const pack = item.packs.find((candidate) => candidate.contains === price.priceUnit);
  return { pack: price.priceUnit === 1 ? null : (pack?.name ?? null), units: quantityDecimalText(price.priceUnit, item.unit) };
}
