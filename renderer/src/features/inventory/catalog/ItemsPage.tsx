import { useTranslation } from 'react-i18next';
import { useBooks } from '../../bookkeeping/useBooks';
import { FailureNote } from '../../../components/FailureNote';
import { CategoriesPanel } from './CategoriesPanel';
import { ImportItems } from './ImportItems';
import { ItemEditor } from './ItemEditor';
import { ItemList } from './ItemList';
import { ItemSupplierPrices } from '../../purchasing/suppliers/ItemSupplierPrices';
import { useCatalog } from './useCatalog';
import './catalog.css';

/**
 * Inventory › Items: the list (path ['items']), an item's form (['items', 'new'] or
 * ['items', id]), the import (['items', 'import']) and the categories (['items', 'categories']).
 */
export function ItemsPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  const { books, failed } = useBooks();
  const catalog = useCatalog();
  if (failed) return <FailureNote message={t('inventory.catalog.loadFailed')} />;
  if (!books || !catalog) return <p className="muted" aria-busy="true">{t('inventory.catalog.loading')}</p>;
  const [, page] = path;
  if (page === 'import') return <ImportItems books={books} catalog={catalog} />;
  if (page === 'categories') return <CategoriesPanel catalog={catalog} />;
  if (page !== undefined && page !== '') return <><ItemEditor key={page} itemId={page === 'new' ? undefined : page} books={books} catalog={catalog} />{page === 'new' ? null : <ItemSupplierPrices itemId={page} currency={books.currency} />}</>;
  return <ItemList books={books} catalog={catalog} />;
}
