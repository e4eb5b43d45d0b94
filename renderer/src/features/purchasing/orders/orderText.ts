import { formatQuantity } from '../../../../../shared/catalog/quantities';
import type { StockUnit } from '../../../../../shared/catalog/types';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { formatAmount, formatMoney, money } from '../../../../../shared/money';

/** An amount with its currency, the region's way ("€1,234.50", "1 234,50 €"). */
export function moneyText(minor: number, currency: string, regional: Pick<RegionalFormat, 'locale'>): string {
  return formatMoney(money(minor, currency), regional.locale);
}

/** An amount without its currency, for columns whose heading names it. */
export function amountOnly(minor: number, currency: string, regional: Pick<RegionalFormat, 'locale'>): string {
  return formatAmount(minor, currency, regional.locale);
}

/** A quantity in smallest units as the unit's decimal number ("2 500", "1,250"). */
export function quantityText(quantity: number, unit: StockUnit, regional: Pick<RegionalFormat, 'locale'>): string {
  return formatQuantity(quantity, unit, regional.locale);
}

/** "12.50 / 100 pcs" when the price is for more than one unit, else just the amount. */
export function priceText(price: number, priceUnit: number, unit: StockUnit, currency: string, regional: Pick<RegionalFormat, 'locale'>): string {
  const amount = formatAmount(price, currency, regional.locale);
  return priceUnit === 10 ** unit.decimals ? amount : `${amount} / ${quantityText(priceUnit, unit, regional)} ${unit.code}`;
}
