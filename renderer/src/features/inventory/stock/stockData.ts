import type { TFunction } from 'i18next';
import { formatQuantity } from '../../../../../shared/catalog/quantities';
import { builtInCategories, type CatalogItem, type ItemCategory, type StockUnit } from '../../../../../shared/catalog/types';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { isCurrencyCode } from '../../../../../shared/money';
import { itemMap, type ItemRef } from '../../../../../shared/stock/stockViews';
import type { StockLevel, StockLocation } from '../../../../../shared/stock/types';
import { appDb } from '../../../db/appDb';
import { i18n } from '../../../i18n';
import { unitLabel } from '../catalog/catalogText';

/** What the stock screens read: the catalog, the places, the kept levels and the book's currency. */
export type StockData = {
  items: CatalogItem[];
  itemsById: Map<string, ItemRef>;
  categories: ItemCategory[];
  locations: StockLocation[];
  levels: StockLevel[];
  currency: string;
};

export async function readCurrency(): Promise<string> {
  const company = await appDb.settings.get('company');
  return company?.key === 'company' && isCurrencyCode(company.baseCurrency) ? company.baseCurrency : 'EUR';
}

/** Everything at once, in one read transaction, so the figures agree with each other. */
export async function loadStockData(): Promise<StockData> {
  return appDb.transaction('r', [appDb.items, appDb.itemCategories, appDb.locations, appDb.stockLevels, appDb.settings], async () => {
    const [items, categories, locations, levels, currency] = await Promise.all([
      appDb.items.toArray(),
      appDb.itemCategories.toArray(),
      appDb.locations.toArray(),
      appDb.stockLevels.toArray(),
      readCurrency(),
    ]);
    return { items, itemsById: itemMap(items), categories, locations, levels, currency };
  });
}

/** A category's name: the user's own, or the catalog's translated name of a built-in one. */
export function categoryName(categoryId: string, categories: readonly ItemCategory[], t: TFunction): string {
  const category = categories.find((candidate) => candidate.id === categoryId);
  if (category?.name) return category.name;
  const builtIn = category?.builtIn ?? builtInCategories.find((key) => key === categoryId);
  if (builtIn) return t(`inventory.catalog.categories.${builtIn}`);
  return categoryId || t('inventory.stock.noCategory');
}

/** "12 pcs", "1,500.250 kg": a quantity in smallest units as the region writes numbers, with the unit. */
export function quantityText(quantity: number, unit: StockUnit | undefined, regional: RegionalFormat): string {
  return unit ? `${formatQuantity(quantity, unit, regional.locale)} ${unitLabel(unit.code, i18n.t)}` : String(quantity);
}
