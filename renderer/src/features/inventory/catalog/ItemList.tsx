import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { PrintActions } from '../../../print/PrintActions';
import { provideReport } from '../../../print/printStore';
import type { Books } from '../../bookkeeping/useBooks';
import { catalogReportSource } from './catalogExport';
import { categoryLabel, quantityOnScreen, unitLabel } from './catalogText';
import { filterItems, type ItemFilter, type ItemRow } from './itemRows';
import { useItemListStore } from './itemListStore';
import type { CatalogView } from './useCatalog';

/** Every item, searchable by SKU, name or barcode, filtered by category; archived ones on request. */
export function ItemList({ books, catalog }: { books: Books; catalog: CatalogView }) {
  const { t, i18n } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const prefix = useId();
  const filter = useItemListStore();
  const setFilter = useItemListStore((state) => state.set);
  const [search, setSearch] = useState(filter.search);
  // Typing stays quick over 10,000 items: the list follows the search box a moment later.
  useEffect(() => {
    const timer = setTimeout(() => setFilter({ search }), 120);
    return () => clearTimeout(timer);
  }, [search, setFilter]);

  const categoryNames = useMemo(() => new Map(catalog.categories.map((category) => [category.id, categoryLabel(category, t)])), [catalog.categories, t]);
  const allRows = useMemo<ItemRow[]>(
    () => catalog.items.map((item) => ({ ...item, categoryName: categoryNames.get(item.categoryId) ?? '', onHand: catalog.onHand.get(item.id) })),
    [catalog.items, catalog.onHand, categoryNames],
  );
  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true }), [i18n.language]);
  const { categoryId, showArchived } = filter;
  const applied = useMemo<ItemFilter>(() => ({ search: filter.search, categoryId, showArchived }), [filter.search, categoryId, showArchived]);
  const rows = useMemo(() => filterItems(allRows, applied, collator), [allRows, applied, collator]);
  const source = useMemo(() => catalogReportSource(rows, books, regional), [rows, books, regional]);
  useEffect(() => provideReport(source), [source]);

  const columns = useMemo<VirtualColumn<ItemRow>[]>(
    () => [
      { key: 'sku', header: t('inventory.catalog.fields.sku'), width: '8rem', render: (row) => <span title={row.sku}>{row.sku}</span> },
      {
        key: 'name',
        header: t('inventory.catalog.fields.name'),
        width: 'minmax(12rem, 2fr)',
        render: (row) => (
          <span title={row.name}>
            {row.name}
            {row.archived ? <span className="badge archived-badge">{t('inventory.catalog.archived')}</span> : null}
          </span>
        ),
      },
      { key: 'category', header: t('inventory.catalog.fields.category'), width: 'minmax(8rem, 1fr)', render: (row) => <span title={row.categoryName}>{row.categoryName}</span> },
      { key: 'unit', header: t('inventory.catalog.fields.unit'), width: '5.5rem', render: (row) => unitLabel(row.unit.code, t) },
      {
        key: 'barcodes',
        header: t('inventory.catalog.fields.barcodes'),
        width: 'minmax(9.5rem, 1.3fr)',
        render: (row) => <span title={row.barcodes.join(', ')}>{row.barcodes.join(', ')}</span>,
      },
      {
        key: 'onHand',
        header: t('inventory.catalog.fields.onHand'),
        width: '7rem',
        align: 'end',
        render: (row) => (row.onHand === undefined ? '—' : quantityOnScreen(row.onHand, row.unit.decimals, regional.locale)),
      },
      {
        key: 'reorder',
        header: t('inventory.catalog.fields.reorderPoint'),
        width: '8.5rem',
        align: 'end',
        render: (row) => (row.reorderPoint === null ? '' : quantityOnScreen(row.reorderPoint, row.unit.decimals, regional.locale)),
      },
    ],
    [t, regional],
  );

  if (catalog.items.length === 0) {
    return (
      <section className="panel empty-state catalog-empty" data-testid="catalog-empty">
        <p>{t('inventory.catalog.empty')}</p>
        <div className="button-row">
          <CatalogActions />
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${prefix}heading`} className="catalog-list">
      <h2 id={`${prefix}heading`} className="visually-hidden">
        {t('inventory.catalog.heading')}
      </h2>
      <div className="toolbar catalog-actions">
        <CatalogActions />
      </div>
      <div className="toolbar" role="group" aria-label={t('inventory.catalog.filters')}>
        <div className="field field-inline">
          <label htmlFor={`${prefix}search`}>{t('inventory.catalog.search')}</label>
          <input
            id={`${prefix}search`}
            type="search"
            className="input-search"
            value={search}
            placeholder={t('inventory.catalog.searchHint')}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => {
              // A scanner ends with Enter: the one item it names opens at once. The key is
              // kept from reaching the form that opens, which would take it as "save".
              if (event.key !== 'Enter') return;
              event.preventDefault();
              if (rows.length === 1 && search.trim() === filter.search.trim()) go('inventory', ['items', rows[0]!.id]);
            }}
          />
        </div>
        <div className="field field-inline">
          <label htmlFor={`${prefix}category`}>{t('inventory.catalog.fields.category')}</label>
          <select id={`${prefix}category`} value={filter.categoryId} onChange={(event) => setFilter({ categoryId: event.target.value })}>
            <option value="">{t('inventory.catalog.allCategories')}</option>
            {catalog.categories
              .filter((category) => !category.archived || category.id === filter.categoryId)
              .map((category) => (
                <option key={category.id} value={category.id}>
                  {categoryNames.get(category.id)}
                </option>
              ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={filter.showArchived} onChange={(event) => setFilter({ showArchived: event.target.checked })} />
          {t('inventory.catalog.showArchived')}
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="panel empty-state" data-testid="catalog-none-match">
          {t('inventory.catalog.noneMatch')}
        </p>
      ) : (
        <VirtualTable
          label={t('inventory.catalog.tableLabel')}
          rows={rows}
          columns={columns}
          rowKey={(row) => row.id}
          rowClassName={(row) => (row.archived ? 'is-archived' : undefined)}
          onOpenRow={(row) => go('inventory', ['items', row.id])}
          fillWindow={120}
          testId="item-list"
        />
      )}
      <div className="catalog-footer">
        <p className="muted list-count" data-testid="item-count">
          {t('inventory.catalog.count', { count: rows.length })}
        </p>
        <PrintActions label={t('inventory.catalog.exportLabel')} source={source} className="catalog-export" />
      </div>
    </section>
  );
}

/** Add, import, categories: the catalog's actions, above the list and in its empty state alike. */
function CatalogActions() {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  return (
    <>
      <button type="button" className="button button-primary" onClick={() => go('inventory', ['items', 'new'])}>
        {t('inventory.catalog.addItem')}
      </button>
      <button type="button" className="button" onClick={() => go('inventory', ['items', 'import'])}>
        {t('inventory.catalog.importItems')}
      </button>
      <button type="button" className="button" onClick={() => go('inventory', ['items', 'categories'])}>
        {t('inventory.catalog.categoriesButton')}
      </button>
    </>
  );
}
