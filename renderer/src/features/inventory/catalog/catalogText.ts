import type { TFunction } from 'i18next';
import { builtInCategories, CatalogRejected, formatQuantity, isKnownUnit, type BuiltInCategory, type CatalogProblem, type ItemCategory } from '../../../../../shared/catalog';
import { languages } from '../../../../../shared/i18n/languages';
import { i18n } from '../../../i18n';
import { describeIpcError } from '../../../ipc/client';

/** A category as shown: the user's own name, or a built-in one's translated name. */
export function categoryLabel(category: ItemCategory, t: TFunction): string {
  if (category.name) return category.name;
  return category.builtIn ? t(`inventory.catalog.categories.${category.builtIn}`) : category.id;
}

/** The built-in categories' names in every language the app speaks: an import finds "Канцтовары" in an English window too. */
export function builtInNamesEverywhere(): Record<BuiltInCategory, string[]> {
  const names = {} as Record<BuiltInCategory, string[]>;
  for (const key of builtInCategories) names[key] = languages.map((language) => i18n.getFixedT(language)(`inventory.catalog.categories.${key}`));
  return names;
}

/** A stock unit's code as shown: "шт" for pcs in Russian, the code itself when the app does not know it. */
export function unitLabel(code: string, t: TFunction): string {
  return isKnownUnit(code) ? t(`inventory.catalog.units.${code}`) : code;
}

/** One refusal in words, with the file row when it came from an import. */
export function catalogProblemText(found: CatalogProblem, t: TFunction): string {
  const text = t(`inventory.catalog.problems.${found.key}`, found.params ?? {});
  return found.row === undefined ? text : t('inventory.catalog.import.rowProblem', { row: found.row, problem: text });
}

/** Any failure of a catalog action as one sentence. */
export function describeCatalogError(error: unknown, t: TFunction): string {
  if (error instanceof CatalogRejected) return error.problems.map((found) => catalogProblemText(found, t)).join(' ');
  return describeIpcError(error, t);
}

/** A quantity in smallest units written the regional way ("1,500" kg in Hungary, "1.500" in Ireland). */
export function quantityOnScreen(quantity: number, decimals: number, locale: string): string {
  return formatQuantity(quantity, { code: '', decimals }, locale);
}
