import { dateProblemText } from '../../../components/dateText';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerProblem } from '../../../../../shared/ledger/problems';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { accountOptions } from '../../../components/accountOptions';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { problemText } from '../problemText';
import type { Books } from '../useBooks';
import { draftOfEntry, emptyEntryDraft, readEntryDraft, type EntryDraft } from './entryDraft';
import { EntryButtons } from './EntryButtons';
import { EntryHeaderFields } from './EntryHeaderFields';
import { EntryTotalsRow } from './EntryTotalsRow';
import { LinesGrid } from './LinesGrid';
import { useEntryActions } from './useEntryActions';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type EntryEditorProps = {
  /** The stored draft; a new entry when absent. */
  entry?: JournalEntry;
  books: Books;
};

/** What the last Save or Post said: the ledger's problems (by grid row) or a message. */
export type EditorOutcome = { problems: LedgerProblem[]; rowOfLine: number[]; message: string | null };

/**
 * A draft entry: date, number, payee, memo and its lines, with live totals. Save keeps it
 * as a draft; Post asks the ledger, and its reasons for refusing show next to the fields.
 * What was typed stays in the form whatever happens.
 */
export function EntryEditor({ entry, books }: EntryEditorProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const currency = entry?.currency ?? books.currency;
  const [draft, setDraft] = useState<EntryDraft>(() => (entry ? draftOfEntry(entry, regional) : emptyEntryDraft(regional)));
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<EditorOutcome>({ problems: [], rowOfLine: [], message: null });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const reading = readEntryDraft(draft, currency, regional);
  const options = useMemo(
    () => accountOptions(books.accounts, { keepIds: draft.lines.map((line) => line.accountId) }),
    [books.accounts, draft.lines],
  );
  // After "Post and new": an empty entry on the same date, for the next one.
  const startNext = () => {
    setDraft((current) => ({ ...emptyEntryDraft(regional), date: current.date }));
    setTried(false);
  };
  const actions = useEntryActions({ entry, books, currency, reading, setOutcome, setTried, startNext });

  const rowProblems = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const item of outcome.problems) {
      if (item.line === undefined) continue;
      const row = outcome.rowOfLine[item.line] ?? item.line;
      map.set(row, [...(map.get(row) ?? []), problemText(item, t, regional, currency)]);
    }
    return map;
  }, [outcome, t, regional, currency]);
  const wide = outcome.problems.filter((item) => item.line === undefined && item.key !== 'ledger.entry.dateLocked');
  const locked = outcome.problems.find((item) => item.key === 'ledger.entry.dateLocked');

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void actions.saveDraft();
    }
  };

  const heading = entry ? t('bookkeeping.editor.draftHeading', { number: entry.number || '—' }) : t('bookkeeping.editor.newHeading');
  return (
    <form className="panel entry-editor" noValidate onKeyDown={onKeyDown} onSubmit={(event) => event.preventDefault()} aria-labelledby="entry-editor-heading">
      <h2 id="entry-editor-heading">
        {heading} <span className="badge badge-draft">{t('bookkeeping.status.draft')}</span>
      </h2>
      <EntryHeaderFields
        draft={draft}
        onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
        dateError={tried && reading.dateError ? (reading.dateProblem ? dateProblemText(reading.dateProblem, t) : t(reading.dateError)) : undefined}
        dateProblem={locked ? problemText(locked, t, regional, currency) : undefined}
      />
      <LinesGrid
        lines={draft.lines}
        onChange={(lines) => setDraft((current) => ({ ...current, lines }))}
        accountOptions={options}
        vatCodes={books.vatCodes}
        currency={currency}
        lineErrors={reading.lineErrors}
        showAllErrors={tried}
        rowProblems={rowProblems}
        footer={<EntryTotalsRow totals={reading.totals} trailingColumns={3} amountsUnread={reading.lineErrors.some((errors) => errors.debit !== undefined || errors.credit !== undefined)} />}
      />
      <p className="field-hint keyboard-hint">{t('bookkeeping.editor.keyboardHint')}</p>
      {wide.length > 0 || outcome.message ? (
        <div className="problems" role="alert" data-testid="entry-problems">
          {outcome.message ? <p>{outcome.message}</p> : null}
          {wide.length > 0 ? (
            <ul>
              {wide.map((item, index) => (
                <li key={`${item.key}-${index}`}>{problemText(item, t, regional, currency)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <EntryButtons
        busy={actions.busy}
        post={() => void actions.post()}
        postAndNew={entry ? undefined : () => void actions.post({ andNew: true })}
        saveDraft={() => void actions.saveDraft()}
        shortcut="saveDraft"
      >
        {entry ? (
          <button type="button" className="button button-quiet-danger" disabled={actions.busy} onClick={() => setConfirmDelete(true)}>
            {t('bookkeeping.editor.deleteDraft')}
          </button>
        ) : null}
      </EntryButtons>
      <ConfirmDialog
        open={confirmDelete}
        title={t('bookkeeping.editor.deleteTitle')}
        confirmLabel={t('bookkeeping.editor.deleteConfirm')}
        danger
        busy={actions.busy}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void actions.deleteDraft().finally(() => setConfirmDelete(false))}
      >
        <p>{t('bookkeeping.editor.deleteBody')}</p>
      </ConfirmDialog>
    </form>
  );
}
