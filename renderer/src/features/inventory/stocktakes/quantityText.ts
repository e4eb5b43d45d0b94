import type { StockUnit } from '../../../../../shared/catalog/types';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

/** A quantity in smallest units as people read it, with the unit's decimals. */
export function quantityText(quantity: number, unit: StockUnit, regional: RegionalFormat): string {
  const value = quantity / 10 ** unit.decimals;
  return new Intl.NumberFormat(regional.locale, { minimumFractionDigits: unit.decimals, maximumFractionDigits: unit.decimals }).format(value);
}
