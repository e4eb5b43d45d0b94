import type { TFunction } from 'i18next';
import { builtInEquipmentCategories, isBuiltInCategory, serviceDueOf, warrantyOf, type Equipment, type ServiceDue } from '../../../../../shared/equipment';
import type { IsoDate } from '../../../../../shared/dates';
import type { StockLocation } from '../../../../../shared/stock/types';
import type { ConditionFilter } from './equipmentViewStore';
import { categoryName, placeText } from './equipmentText';

export type RegisterRow = {
  equipment: Equipment;
  category: string;
  place: string;
  service: ServiceDue | null;
  warranty: ReturnType<typeof warrantyOf>;
};

export type RegisterFilter = { search: string; condition: ConditionFilter; category: string };

function matchesCondition(equipment: Equipment, filter: ConditionFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'inUse') return equipment.condition !== 'disposed';
  return equipment.condition === filter;
}

/** The register's rows for the filter: search over name, serial number, category, place, person and notes. */
export function registerRows(
  equipment: readonly Equipment[],
  locations: readonly StockLocation[],
  filter: RegisterFilter,
  today: IsoDate,
  t: TFunction,
): RegisterRow[] {
  const words = filter.search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return equipment
    .filter((item) => matchesCondition(item, filter.condition) && (filter.category === '' || item.category === filter.category))
    .map((item) => ({
      equipment: item,
      category: categoryName(item.category, t),
      place: placeText(item.locationId, item.where, locations),
      service: serviceDueOf(item, today),
      warranty: warrantyOf(item, today),
    }))
    .filter((row) => {
      if (words.length === 0) return true;
      const text = [row.equipment.name, row.equipment.serialNumber, row.category, row.place, row.equipment.responsible, row.equipment.notes ?? '']
        .join(' ')
        .toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    });
}

/** The categories in use, for the filter: built-in ones first in their order, then the office's own. */
export function categoriesInUse(equipment: readonly Equipment[]): string[] {
  const rank = (category: string) => (isBuiltInCategory(category) ? builtInEquipmentCategories.indexOf(category) : builtInEquipmentCategories.length);
  return [...new Set(equipment.map((item) => item.category))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
