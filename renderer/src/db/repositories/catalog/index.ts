import type { BackofficeDb } from '../../database';
import { createCatalogCategories } from './categories';
import { createCatalogImport } from './import';
import { createCatalogItems } from './items';

/**
 * The catalog: items and their categories. Every write re-checks the item with
 * shared/catalog inside its own audited transaction; refusals are CatalogRejected (keys
 * under `inventory.catalog.problems.*`). Items are archived, never deleted.
 */
export function createCatalogRepository(db: BackofficeDb) {
  return {
    ...createCatalogItems(db),
    ...createCatalogCategories(db),
    ...createCatalogImport(db),
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
export type { CategoryInput, CategoryLabel } from './categories';
export type { CatalogImportOutcome, CatalogImportRequest } from './import';
export { hasStockOnHand } from './items';
