import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supplierMatches } from '../../../../../shared/purchasing/suppliers';
import type { Supplier } from '../../../../../shared/purchasing/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';

/** Every supplier, searchable by name, tax number, e-mail or contact; archived ones on request. */
export function SupplierList({ suppliers }: { suppliers: Supplier[] }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const prefix = useId();
  const [search, setSearch] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const query = useDeferredValue(search);
  const rows = useMemo(() => suppliers.filter((supplier) => (showArchived || !supplier.archived) && supplierMatches(supplier, query)), [suppliers, showArchived, query]);
  const open = (supplier: Supplier) => go('purchasing', ['suppliers', supplier.id]);

  const columns = useMemo<VirtualColumn<Supplier>[]>(
    () => [
      {
        key: 'name',
        header: t('purchasing.suppliers.columns.name'),
        width: 'minmax(12rem, 2fr)',
        render: (row) => (
          <span title={row.name}>
            {row.name}
            {row.archived ? <span className="badge archived-badge">{t('purchasing.suppliers.archived')}</span> : null}
          </span>
        ),
      },
      { key: 'taxNumber', header: t('purchasing.suppliers.columns.taxNumber'), width: '9rem', render: (row) => row.taxNumber },
      { key: 'email', header: t('purchasing.suppliers.columns.email'), width: 'minmax(10rem, 1.3fr)', render: (row) => <span title={row.email}>{row.email}</span> },
      {
        key: 'contacts',
        header: t('purchasing.suppliers.columns.contacts'),
        width: 'minmax(10rem, 1.3fr)',
        render: (row) => {
          const names = row.contacts.map((contact) => contact.name).join(', ');
          return <span title={names}>{names}</span>;
        },
      },
      { key: 'terms', header: t('purchasing.suppliers.columns.terms'), width: '9rem', align: 'end', render: (row) => t('purchasing.suppliers.days', { count: row.paymentTermsDays }) },
      { key: 'currency', header: t('purchasing.suppliers.columns.currency'), width: '6rem', render: (row) => row.currency },
    ],
    [t],
  );

  const actions = (
    <>
      <button type="button" className="button button-primary" onClick={() => go('purchasing', ['suppliers', 'new'])}>
        {t('purchasing.suppliers.new')}
      </button>
      <button type="button" className="button" onClick={() => go('purchasing', ['suppliers', 'payees'])}>
        {t('purchasing.suppliers.fromPayees')}
      </button>
    </>
  );

  if (suppliers.length === 0) {
    return (
      <section className="panel empty-state" data-testid="suppliers-empty">
        <p>{t('purchasing.suppliers.empty')}</p>
        <div className="button-row">{actions}</div>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${prefix}heading`} className="supplier-list">
      <h2 id={`${prefix}heading`} className="visually-hidden">
        {t('purchasing.suppliers.heading')}
      </h2>
      <div className="toolbar">{actions}</div>
      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor={`${prefix}search`}>{t('purchasing.suppliers.search')}</label>
          <input
            id={`${prefix}search`}
            type="search"
            className="input-search"
            autoFocus
            value={search}
            placeholder={t('purchasing.suppliers.searchHint')}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => {
              // Enter opens the top match; the down arrow goes into the list to pick another.
              if (event.key === 'Enter' && rows[0] && query === search) {
                event.preventDefault();
                open(rows[0]);
              } else if (event.key === 'ArrowDown') {
                event.preventDefault();
                document.querySelector<HTMLElement>('[data-testid="supplier-list"] [data-index="0"]')?.focus();
              }
            }}
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          {t('purchasing.suppliers.showArchived')}
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="panel empty-state" data-testid="suppliers-none-match">
          {t('purchasing.suppliers.noneMatch')}
        </p>
      ) : (
        <VirtualTable
          label={t('purchasing.suppliers.tableLabel')}
          rows={rows}
          columns={columns}
          rowKey={(row) => row.id}
          rowClassName={(row) => (row.archived ? 'is-archived' : undefined)}
          onOpenRow={open}
          fillWindow={80}
          testId="supplier-list"
        />
      )}
      <p className="muted list-count" data-testid="supplier-count">
        {t('purchasing.suppliers.count', { count: rows.length })}
      </p>
    </section>
  );
}
