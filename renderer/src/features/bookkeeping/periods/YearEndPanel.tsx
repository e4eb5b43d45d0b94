import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, type FiscalYear } from '../../../../../shared/dates';
import { useNavigationStore } from '../../../app/navigationStore';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import { ledgerRepository } from '../../../db/repositories';
import { EntryLinesTable } from '../entries/EntryLinesTable';
import { describeBookkeepingError } from '../problemText';
import type { Books } from '../useBooks';
import { previewYearEnd, recentFiscalYears } from './yearEndPreview';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/**
 * Year-end close: choose a fiscal year, see the closing entry it would post, confirm.
 * `request` (a year to close, from the list of years not closed) chooses that year and
 * brings the panel into view, older years than the recent ones included.
 */
export function YearEndPanel({ books, request = null }: { books: Books; request?: { year: FiscalYear } | null }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const go = useNavigationStore((state) => state.go);
  const recent = useMemo(() => recentFiscalYears(books.fiscalYearStart), [books.fiscalYearStart]);
  const [older, setOlder] = useState<FiscalYear[]>([]);
  const years = useMemo(() => [...recent, ...older.filter((year) => !recent.some((other) => other.start === year.start))], [recent, older]);
  const [chosen, setChosen] = useState(() => (recent[1] ?? recent[0])!.start);
  const year = years.find((candidate) => candidate.start === chosen) ?? years[0]!;
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!request) return;
    setOlder((known) => (known.some((other) => other.start === request.year.start) ? known : [...known, request.year].sort((a, b) => (a.start < b.start ? 1 : -1))));
    setChosen(request.year.start);
    select.current?.scrollIntoView({ block: 'center' });
    select.current?.focus();
  }, [request]);
  const preview = useLiveQuery(() => previewYearEnd(year, books), [year.start, year.end, books]);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const dates = { start: formatDate(year.start, regional, 'long'), end: formatDate(year.end, regional, 'long') };

  const close = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const entry = await ledgerRepository.closeYear(year);
      notify({ text: t('bookkeeping.periods.closed', { number: entry.number }), action: { label: t('bookkeeping.editor.open'), run: () => go('bookkeeping', ['entries', entry.id]) } });
    } catch (error) {
      setFailure(describeBookkeepingError(error, t, regional, books.currency));
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  const openEntry = (entryId: string, number: string) => (
    <a
      href={`#/bookkeeping/entries/${entryId}`}
      onClick={(event) => {
        event.preventDefault();
        go('bookkeeping', ['entries', entryId]);
      }}
    >
      {t('bookkeeping.periods.openClosingEntry', { number })}
    </a>
  );

  return (
    <section className="panel" aria-labelledby={`${id}heading`}>
      <h2 id={`${id}heading`}>{t('bookkeeping.periods.closeHeading')}</h2>
      <p className="muted">{t('bookkeeping.periods.closeIntro')}</p>
      <div className="field field-inline">
        <label htmlFor={`${id}year`}>{t('bookkeeping.periods.fiscalYear')}</label>
        <select id={`${id}year`} ref={select} value={year.start} onChange={(event) => setChosen(event.target.value)}>
          {years.map((candidate) => (
            <option key={candidate.start} value={candidate.start}>
              {t('bookkeeping.periods.fiscalYearOption', { start: formatDate(candidate.start, regional, 'short'), end: formatDate(candidate.end, regional, 'short') })}
            </option>
          ))}
        </select>
      </div>
      <div className="year-end-preview" data-testid="year-end-preview">
        {preview === undefined ? null : preview.kind === 'closed' ? (
          <p>
            {t('bookkeeping.periods.alreadyClosed', { number: preview.entry.number })} {openEntry(preview.entry.id, preview.entry.number)}
          </p>
        ) : preview.kind === 'noRetainedEarnings' ? (
          <p className="status-error">{t('bookkeeping.problems.close.noRetainedEarnings')}</p>
        ) : preview.kind === 'nothing' ? (
          <p className="muted">{t('bookkeeping.periods.nothingToClose')}</p>
        ) : (
          <>
            <h3>{t('bookkeeping.periods.previewHeading')}</h3>
            <EntryLinesTable lines={preview.entry.lines} currency={preview.entry.currency} books={books} caption={t('bookkeeping.periods.previewHeading')} withVat={false} testId="closing-preview" />
            <div className="form-actions button-row">
              <button type="button" className="button button-primary" onClick={() => setAsking(true)}>
                {t('bookkeeping.periods.closeYear')}
              </button>
            </div>
          </>
        )}
      </div>
      <FailureNote message={failure} />
      <ConfirmDialog
        open={asking}
        title={t('bookkeeping.periods.closeTitle', dates)}
        confirmLabel={t('bookkeeping.periods.closeConfirm')}
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={() => void close()}
      >
        <p>{t('bookkeeping.periods.closeBody', dates)}</p>
      </ConfirmDialog>
    </section>
  );
}
