import { formatQuantity } from '../../../../../shared/catalog/quantities';
import type { StockUnit } from '../../../../../shared/catalog/types';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

/** A quantity in smallest units as people read it in their region, with the unit's decimals. */
export function quantityText(quantity: number, unit: StockUnit, regional: Pick<RegionalFormat, 'locale'>): string {
  return formatQuantity(quantity, unit, regional.locale);
}
