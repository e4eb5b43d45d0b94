import { builtInCategoryRecords, CatalogRejected, categoryNameProblems, type ItemCategory } from '../../../../../shared/catalog';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';

/** A category's shown name: the user's own, or the translated name of a built-in one (given by the screen). */
export type CategoryLabel = (category: ItemCategory) => string;

/** The stored categories and the built-in ones not stored yet, built-ins first in their order. */
export async function readCategories(db: BackofficeDb): Promise<ItemCategory[]> {
  const stored = await db.itemCategories.toArray();
  const byId = new Map(stored.map((category) => [category.id, category]));
  const builtIn = builtInCategoryRecords('').map((record) => byId.get(record.id) ?? record);
  const own = stored.filter((category) => !category.builtIn).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return [...builtIn, ...own];
}

/**
 * Stores the built-in categories the first time the catalog is written to, inside the
 * caller's transaction; returns their ids (none when already stored).
 */
export async function storeBuiltInCategories(db: BackofficeDb): Promise<string[]> {
  const missing: ItemCategory[] = [];
  const at = now();
  for (const record of builtInCategoryRecords(at)) if (!(await db.itemCategories.get(record.id))) missing.push(record);
  await db.itemCategories.bulkAdd(missing);
  return missing.map((record) => record.id);
}

export type CategoryInput = { id?: string; name: string; archived?: boolean };

export function createCatalogCategories(db: BackofficeDb) {
  const listCategories = () => readCategories(db);

  /**
   * Adds a category or renames / archives / restores one. Names are unique among the shown
   * names (`label` gives a built-in's translated name), whatever their case.
   */
  async function saveCategory(input: CategoryInput, label: CategoryLabel): Promise<ItemCategory> {
    return writeWithAudit(db, [db.itemCategories], 'categorySaved', async () => {
      const created = await storeBuiltInCategories(db);
      const categories = await readCategories(db);
      const existing = input.id === undefined ? undefined : categories.find((category) => category.id === input.id);
      if (input.id !== undefined && !existing) throw new CatalogRejected([{ key: 'categoryNotFound', field: 'item' }]);
      const name = input.name.trim();
      // A built-in keeps its translated name until the user gives it another one.
      const renamesBuiltIn = existing?.builtIn !== undefined && name !== label({ ...existing, name: undefined } as ItemCategory);
      const problems = categoryNameProblems(name, existing?.id, categories.map((category) => ({ id: category.id, label: label(category) })));
      if (problems.length > 0) throw new CatalogRejected(problems);
      const at = now();
      const record: ItemCategory = existing ? { ...existing, updatedAt: at } : { id: newId(), name, createdAt: at, updatedAt: at };
      if (!existing?.builtIn || renamesBuiltIn) record.name = name;
      else delete record.name;
      if (input.archived) record.archived = true;
      else delete record.archived;
      await db.itemCategories.put(record);
      return { result: record, recordIds: [...created, record.id] };
    });
  }

  return { listCategories, saveCategory };
}
