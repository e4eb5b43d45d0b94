import { builtInCategories, type ItemCategory } from './types';
import { problem, type CatalogProblem } from './problems';

export const categoryNameMaxLength = 80;

/** The built-in categories as stored the first time the catalog is used (id = key, name translated on screen). */
export function builtInCategoryRecords(at: string): ItemCategory[] {
  return builtInCategories.map((key) => ({ id: key, builtIn: key, createdAt: at, updatedAt: at }));
}

/**
 * Why a category name cannot be used: empty, too long, or already the shown name of another
 * category (archived ones too, so restoring one never makes two of the same name).
 */
export function categoryNameProblems(name: string, selfId: string | undefined, shown: readonly { id: string; label: string }[]): CatalogProblem[] {
  const tidy = name.trim();
  if (tidy === '') return [problem('categoryNameRequired', 'item')];
  if (tidy.length > categoryNameMaxLength) return [problem('nameTooLong', 'item', { max: categoryNameMaxLength })];
  const key = tidy.toLocaleLowerCase();
  const twin = shown.find((other) => other.id !== selfId && other.label.trim().toLocaleLowerCase() === key);
  return twin ? [problem('categoryNameTaken', 'item', { name: twin.label })] : [];
}
