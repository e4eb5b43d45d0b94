import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { subtreeIds } from '../../../../../shared/ledger/accounts';
import { formatAmount } from '../../../../../shared/money';
import { useNavigationStore } from '../../../app/navigationStore';
import { PeriodPicker } from '../../../components/PeriodPicker';
import type { PeriodChoice } from '../../../components/periodPresets';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';
import type { Books } from '../useBooks';
import { readAmountFilter } from './amountFilter';
import { EntryFilters } from './EntryFilters';
import { loadEntryRows } from './entryList';
import { filterEntryRows, type EntryFilters as Filters, type EntryRow } from './entryRows';
import { useEntryListStore } from './entryListStore';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** The journal: every entry of the period, drafts first on their day, newest first; search by number, payee or memo; filter by account, kind and amount. */
export function EntriesPage({ books }: { books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const searchId = useId();
  const { period, search, account, kind, amount, setPeriod, setSearch, resetFilters } = useEntryListStore();
  const [choice, setChoice] = useState<PeriodChoice>(period);
  const all = useLiveQuery(() => loadEntryRows(choice, books.currency, books.accounts), [choice.from, choice.to, books.currency, books.accounts]);
  const amountReading = useMemo(() => readAmountFilter(amount, books.currency, regional), [amount, books.currency, regional]);
  const filters = useMemo<Filters>(
    () => ({
      accountIds: account ? subtreeIds(account, books.accounts) : undefined,
      kind: kind || undefined,
      amount: amountReading.kind === 'bounds' ? amountReading.bounds : undefined,
    }),
    [account, kind, amountReading, books.accounts],
  );
  const rows = useMemo(() => (all ? filterEntryRows(all, choice, search, filters) : undefined), [all, choice, search, filters]);
  const filtering = search !== '' || account !== '' || kind !== '' || amount !== '';

  const columns = useMemo<VirtualColumn<EntryRow>[]>(
    () => [
      { key: 'number', header: t('bookkeeping.entries.number'), width: '7.5rem', render: (row) => <span title={row.number}>{row.number || '—'}</span> },
      { key: 'date', header: t('bookkeeping.entries.date'), width: '7.5rem', render: (row) => formatDate(row.date, regional, 'short') },
      {
        key: 'kind',
        header: t('bookkeeping.entries.kind'),
        width: '9rem',
        render: (row) => <span className={`entry-kind kind-${row.kind}`}>{t(`bookkeeping.entries.kinds.${row.kind}`)}</span>,
      },
      {
        key: 'payee',
        header: t('bookkeeping.entries.payee'),
        width: 'minmax(10rem, 1.3fr)',
        render: (row) => (row.auto ? <span className="entry-auto" title={t(row.auto.key, row.auto.params)}>{t(row.auto.key, row.auto.params)}</span> : <span title={row.payee}>{row.payee}</span>),
      },
      { key: 'memo', header: t('bookkeeping.entries.memo'), width: 'minmax(8rem, 1fr)', render: (row) => <span title={row.memo}>{row.memo}</span> },
      {
        key: 'total',
        header: t('bookkeeping.entries.total'),
        width: '9rem',
        align: 'end',
        render: (row) => `${formatAmount(row.total, row.currency, regional.locale)}${row.currency === books.currency ? '' : ` ${row.currency}`}`,
      },
      {
        key: 'status',
        header: t('bookkeeping.entries.status'),
        width: '7rem',
        render: (row) => <span className={`badge badge-${row.status}`}>{t(`bookkeeping.status.${row.status}`)}</span>,
      },
    ],
    [t, regional, books.currency],
  );

  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading" className="visually-hidden">
        {t('bookkeeping.entries.heading')}
      </h2>
      <div className="toolbar">
        <PeriodPicker
          value={choice}
          fiscalYearStart={books.fiscalYearStart}
          onChange={(next) => {
            setChoice(next);
            setPeriod(next);
          }}
        />
        <div className="field field-inline">
          <label htmlFor={searchId}>{t('bookkeeping.entries.search')}</label>
          <input id={searchId} type="search" className="input-search" value={search} placeholder={t('bookkeeping.entries.searchHint')} onChange={(event) => setSearch(event.target.value)} />
        </div>
        <span className="spacer" />
        <button type="button" className="button button-primary" onClick={() => go('bookkeeping', ['new'])}>
          {t('bookkeeping.entries.newEntry')}
        </button>
      </div>
      <div className="toolbar entry-filters" role="group" aria-label={t('bookkeeping.entries.filters')}>
        <EntryFilters accounts={books.accounts} amountProblem={amountReading.kind === 'invalid' ? t(amountReading.messageKey) : null} />
        <button type="button" className="button" onClick={resetFilters} disabled={!filtering}>
          {t('bookkeeping.entries.resetFilters')}
        </button>
      </div>
      {rows === undefined ? null : all?.length === 0 && choice.preset === 'all' ? (
        <p className="panel empty-state">{t('bookkeeping.entries.empty')}</p>
      ) : rows.length === 0 ? (
        <p className="panel empty-state" data-testid="entries-none-match">
          {t('bookkeeping.entries.noneMatch')}{' '}
          {filtering ? (
            <button type="button" className="button button-small" onClick={resetFilters}>
              {t('bookkeeping.entries.resetFilters')}
            </button>
          ) : null}
        </p>
      ) : (
        <>
          <VirtualTable
            label={t('bookkeeping.entries.tableLabel')}
            rows={rows}
            columns={columns}
            rowKey={(row) => row.id}
            rowClassName={(row) => `entry-${row.status}`}
            onOpenRow={(row) => go('bookkeeping', ['entries', row.id])}
            fillWindow={88}
            testId="entry-list"
          />
          <p className="muted list-count" data-testid="entry-count">
            {t('bookkeeping.entries.count', { count: rows.length })}
          </p>
        </>
      )}
    </section>
  );
}
