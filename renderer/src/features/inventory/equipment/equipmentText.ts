import type { TFunction } from 'i18next';
import { formatDate, isIsoDate, type IsoDate } from '../../../../../shared/dates';
import { builtInEquipmentCategories, isBuiltInCategory, type EquipmentProblem } from '../../../../../shared/equipment';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { formatMoney, money } from '../../../../../shared/money';
import type { StockLocation } from '../../../../../shared/stock/types';

/** A category as the office reads it: a built-in one in the language, any other as typed. */
export function categoryName(category: string, t: TFunction): string {
  return isBuiltInCategory(category) ? t(`inventory.equipment.categories.${category}`) : category;
}

/**
 * The category to store for what was typed: a built-in one when the text is its name in
 * the language (so "Printer", "Принтер" and "Nyomtató" are one category), the text otherwise.
 */
export function categoryOfText(text: string, t: TFunction): string {
  const typed = text.trim().toLocaleLowerCase();
  return builtInEquipmentCategories.find((category) => categoryName(category, t).toLocaleLowerCase() === typed || category === typed) ?? text.trim();
}

export function shortDate(date: IsoDate | null | undefined, regional: RegionalFormat): string {
  return date ? formatDate(date, regional, 'short') : '';
}

export function moneyText(minor: number | null | undefined, currency: string, regional: RegionalFormat): string {
  return minor === null || minor === undefined ? '' : formatMoney(money(minor, currency), regional.locale);
}

/** Where an item stands: its warehouse location (with code), its place in words, or both. */
export function placeText(locationId: string | null, where: string | undefined, locations: readonly StockLocation[]): string {
  const location = locations.find((candidate) => candidate.id === locationId);
  const named = location ? (location.code ? `${location.name} (${location.code})` : location.name) : '';
  return [named, where ?? ''].filter(Boolean).join(', ');
}

/** A refusal in words, its dates shown the region's way. */
export function problemText(problem: EquipmentProblem, t: TFunction, regional: RegionalFormat): string {
  const params: Record<string, string | number> = { ...problem.params };
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && isIsoDate(value)) params[name] = formatDate(value, regional, 'long');
  }
  return t(`inventory.equipment.problems.${problem.key}`, params);
}

/** "Overdue by 3 days", "Due today", "Due in 12 days". */
export function dueInText(days: number, t: TFunction): string {
  if (days < 0) return t('inventory.equipment.due.overdueBy', { count: -days });
  if (days === 0) return t('inventory.equipment.due.today');
  return t('inventory.equipment.due.inDays', { count: days });
}

/** A refusal's problems as messages by field, the first one per field, for the form that was refused. */
export function fieldErrorsOf<Field extends string>(problems: readonly EquipmentProblem[], t: TFunction, regional: RegionalFormat): Partial<Record<Field, string>> {
  const byField: Partial<Record<Field, string>> = {};
  for (const problem of problems) byField[problem.field as Field] ??= problemText(problem, t, regional);
  return byField;
}
