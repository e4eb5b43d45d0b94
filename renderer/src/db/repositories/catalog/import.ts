import {
  CatalogRejected,
  newCategoryId,
  planImport,
  type CatalogItem,
  type CatalogSheet,
  type ImportOptions,
  type ImportPlan,
  type ItemCategory,
} from '../../../../../shared/catalog';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { readCategories, storeBuiltInCategories } from './categories';

export type CatalogImportRequest = ImportOptions & {
  rows: CatalogSheet['rows'];
  /** File rows the user chose to leave out (those the preview showed with errors). */
  leaveOut?: readonly number[];
};

export type CatalogImportOutcome = { added: number; updated: number; skipped: number; leftOut: number; categoriesCreated: number };

/** What the catalog holds now, as a plan needs it; read inside the caller's transaction when there is one. */
async function catalogState(db: BackofficeDb) {
  const [items, categories, vatCodes, accounts, levels] = await Promise.all([
    db.items.toArray(),
    readCategories(db),
    db.vatCodes.toArray(),
    db.accounts.toArray(),
    db.stockLevels.toArray(),
  ]);
  return { items, categories, vatCodes, accounts, stocked: new Set(levels.filter((level) => level.quantity !== 0).map((level) => level.itemId)) };
}

export function createCatalogImport(db: BackofficeDb) {
  /** What importing these rows would do now: for the preview. Stores nothing. */
  async function previewImport(request: CatalogImportRequest): Promise<ImportPlan> {
    return planImport({ rows: request.rows }, request, await catalogState(db));
  }

  /**
   * Imports the rows in ONE transaction: plans them again against the catalog as it is
   * inside the transaction, and refuses the whole import (CatalogRejected naming rows) if
   * any row not left out has a problem, so a failed import stores nothing at all.
   */
  async function importItems(request: CatalogImportRequest): Promise<CatalogImportOutcome> {
    const leaveOut = new Set(request.leaveOut ?? []);
    return writeWithAudit(
      db,
      [db.items, db.itemCategories],
      'itemsImported',
      async () => {
        const plan = planImport({ rows: request.rows.filter((row) => !leaveOut.has(row.row)) }, request, await catalogState(db));
        const problems = plan.rows.flatMap((row) => row.problems);
        if (problems.length > 0) throw new CatalogRejected(problems);
        const taken = plan.rows.filter((row) => row.action !== 'skip');
        if (taken.length === 0) throw new CatalogRejected([{ key: 'nothingToImport', field: 'item' }]);

        const at = now();
        const builtIns = await storeBuiltInCategories(db);
        const categoryIds = new Map<string, string>();
        const categories: ItemCategory[] = plan.newCategories.map((name) => {
          const category: ItemCategory = { id: newId(), name, createdAt: at, updatedAt: at };
          categoryIds.set(newCategoryId(name), category.id);
          return category;
        });
        await db.itemCategories.bulkAdd(categories);

        const existing = new Map((await db.items.bulkGet(taken.flatMap((row) => (row.itemId ? [row.itemId] : [])))).flatMap((item) => (item ? [[item.id, item]] : [])));
        const items: CatalogItem[] = taken.map((row) => {
          const draft = row.draft!;
          const before = row.itemId ? existing.get(row.itemId) : undefined;
          const item: CatalogItem = { ...draft, categoryId: categoryIds.get(draft.categoryId) ?? draft.categoryId, id: before?.id ?? newId(), createdAt: before?.createdAt ?? at, updatedAt: at };
          if (!draft.notes) delete item.notes;
          return item;
        });
        await db.items.bulkPut(items);
        const outcome: CatalogImportOutcome = {
          added: plan.rows.filter((row) => row.action === 'add').length,
          updated: plan.rows.filter((row) => row.action === 'update').length,
          skipped: plan.rows.filter((row) => row.action === 'skip').length,
          leftOut: request.rows.length - plan.rows.length,
          categoriesCreated: categories.length,
        };
        return { result: outcome, recordIds: [...items.map((item) => item.id), ...categories.map((category) => category.id), ...builtIns] };
      },
      { alsoReads: [db.vatCodes, db.accounts, db.stockLevels] },
    );
  }

  return { previewImport, importItems };
}
