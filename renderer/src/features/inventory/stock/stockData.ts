import type { TFunction } from 'i18next';
import type { CatalogItem, ItemCategory, StockUnit } from '../../../../../shared/catalog/types';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { isCurrencyCode } from '../../../../../shared/money';
import { itemMap, type ItemRef } from '../../../../../shared/stock/stockViews';
import type { StockLevel, StockLocation } from '../../../../../shared/stock/types';
import { appDb } from '../../../db/appDb';

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

/** A category's name: the user's own, or the translated name of a built-in one. */
export function categoryName(categoryId: string, categories: readonly ItemCategory[], t: TFunction): string {
  const category = categories.find((candidate) => candidate.id === categoryId);
  if (category?.name) return category.name;
  const builtIn = category?.builtIn ?? categoryId;
  return t(`inventory.stock.categories.${builtIn}`, { defaultValue: categoryId || t('inventory.stock.categories.none') });
}

/** "12", "1.5 kg": a quantity in smallest units as people read it, in the region's digits, with the unit. */
export function quantityText(quantity: number, unit: StockUnit | undefined, regional: RegionalFormat): string {
  const decimals = unit?.decimals ?? 0;
  const digits = Math.abs(quantity).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? digits.slice(-decimals) : '';
  const wholeText = new Intl.NumberFormat(regional.locale, { maximumFractionDigits: 0 }).format(BigInt(whole));
  const decimal = new Intl.NumberFormat(regional.locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const number = `${quantity < 0 ? '−' : ''}${wholeText}${fraction ? decimal + fraction : ''}`;
  return unit ? `${number} ${unit.code}` : number;
}
