import { useLiveQuery } from 'dexie-react-hooks';
import type { CatalogItem, ItemCategory } from '../../../../../shared/catalog';
import { catalogRepository } from '../../../db/repositories/catalog/appCatalog';

export type CatalogView = { items: CatalogItem[]; categories: ItemCategory[]; onHand: Map<string, number> };

/** The catalog, live: a save or an import shows at once. Undefined while loading. */
export function useCatalog(): CatalogView | undefined {
  return useLiveQuery(async () => {
    const [items, categories, onHand] = await Promise.all([catalogRepository.listItems(), catalogRepository.listCategories(), catalogRepository.onHandByItem()]);
    return { items, categories, onHand };
  }, []);
}
