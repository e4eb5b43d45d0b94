import type { TFunction } from 'i18next';
import { formatQuantity } from '../../../../../shared/catalog/quantities';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import { priceUnitName } from '../../../../../shared/purchasing/prices';
import type { PriceChange, SupplierPrice } from '../../../../../shared/purchasing/types';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { amountText } from '../../../components/amountText';
import { unitLabel } from '../../inventory/catalog/catalogText';

type PricedItem = Pick<CatalogItem, 'id' | 'unit' | 'packs'>;

/** "per pcs" or "per ream (500 pcs)": what one price buys. */
export function perText(price: Pick<SupplierPrice, 'priceUnit'>, item: PricedItem, t: TFunction, regional: RegionalFormat): string {
  const { pack } = priceUnitName(price, item);
  const unit = unitLabel(item.unit.code, t);
  if (price.priceUnit === 1) return t('purchasing.prices.per', { unit });
  return t('purchasing.prices.perPack', { pack: pack ?? '', quantity: formatQuantity(price.priceUnit, item.unit, regional.locale), unit });
}

/** "4.50 per ream (500 pcs)". */
export function priceText(price: Pick<SupplierPrice, 'price' | 'priceUnit' | 'currency'>, item: PricedItem, t: TFunction, regional: RegionalFormat): string {
  return `${amountText(price.price, price.currency, regional)} ${perText(price, item, t, regional)}`;
}

/** A quantity of the item with its unit, or a dash for none. */
export function quantityWithUnit(quantity: number, item: PricedItem, t: TFunction, regional: RegionalFormat): string {
  return quantity === 0 ? t('purchasing.prices.none') : `${formatQuantity(quantity, item.unit, regional.locale)} ${unitLabel(item.unit.code, t)}`;
}

/** Earlier prices, newest first, as a line each. */
export function historyLines(price: SupplierPrice, item: PricedItem, t: TFunction, regional: RegionalFormat, dateText: (iso: string) => string): string[] {
  return [...price.history].reverse().map((change: PriceChange) =>
    t('purchasing.prices.historyLine', { price: amountText(change.price, price.currency, regional), per: perText(change, item, t, regional), date: dateText(change.validFrom) }),
  );
}
