import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { formatAmount } from '../../../../../shared/money';
import { useNavigationStore } from '../../../app/navigationStore';
import { PeriodPicker } from '../../../components/PeriodPicker';
import type { PeriodChoice } from '../../../components/periodPresets';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Books } from '../useBooks';
import { loadEntryRows } from './entryList';
import { filterEntryRows, type EntryRow } from './entryRows';
import { useEntryListStore } from './entryListStore';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** The journal: every entry of the period, drafts first on their day, newest first; search by number, payee or memo. */
export function EntriesPage({ books }: { books: Books }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const searchId = useId();
  const { period, search, setPeriod, setSearch } = useEntryListStore();
  const [choice, setChoice] = useState<PeriodChoice>(period);
  const all = useLiveQuery(() => loadEntryRows(choice, books.currency), [choice.from, choice.to, books.currency]);
  const rows = useMemo(() => (all ? filterEntryRows(all, choice, search) : undefined), [all, choice, search]);

  const columns = useMemo<VirtualColumn<EntryRow>[]>(
    () => [
      { key: 'number', header: t('bookkeeping.entries.number'), width: '7.5rem', render: (row) => row.number || '—' },
      { key: 'date', header: t('bookkeeping.entries.date'), width: '7.5rem', render: (row) => formatDate(row.date, regional, 'short') },
      { key: 'payee', header: t('bookkeeping.entries.payee'), width: 'minmax(8rem, 1fr)', render: (row) => row.payee },
      { key: 'memo', header: t('bookkeeping.entries.memo'), width: 'minmax(8rem, 1.4fr)', render: (row) => row.memo },
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
    [t, language, books.currency],
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
      {rows === undefined ? null : all?.length === 0 && choice.preset === 'all' ? (
        <p className="panel empty-state">{t('bookkeeping.entries.empty')}</p>
      ) : rows.length === 0 ? (
        <p className="panel empty-state">{t('bookkeeping.entries.noneMatch')}</p>
      ) : (
        <>
          <VirtualTable
            label={t('bookkeeping.entries.tableLabel')}
            rows={rows}
            columns={columns}
            rowKey={(row) => row.id}
            rowClassName={(row) => `entry-${row.status}`}
            onOpenRow={(row) => go('bookkeeping', ['entries', row.id])}
            height="min(62vh, 40rem)"
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
