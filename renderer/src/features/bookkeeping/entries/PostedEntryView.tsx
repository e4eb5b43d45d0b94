import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../../../shared/dates';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import { ledgerRepository } from '../../../db/repositories';
import { describeBookkeepingError } from '../problemText';
import type { Books } from '../useBooks';
import { EntryLink } from './EntryLink';
import { EntryLinesTable } from './EntryLinesTable';
import { ReverseDialog } from './ReverseDialog';
import { statusOfEntry } from './entryRows';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** A posted entry, read-only: its facts, lines and totals, with Reverse and Duplicate. */
export function PostedEntryView({ entry, books }: { entry: JournalEntry; books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const [reversing, setReversing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const linkedId = entry.reversedBy ?? entry.reversalOf;
  const linked = useLiveQuery(async () => (linkedId ? ((await ledgerRepository.getEntry(linkedId)) ?? null) : null), [linkedId]);
  const status = statusOfEntry(entry);

  const duplicate = async () => {
    setFailure(null);
    try {
      const copy = await ledgerRepository.duplicateEntry(entry.id);
      notify({ text: t('bookkeeping.editor.duplicated') });
      go('bookkeeping', ['entries', copy.id]);
    } catch (error) {
      setFailure(describeBookkeepingError(error, t, regional, entry.currency));
    }
  };

  return (
    <section className="panel entry-view" aria-labelledby="posted-entry-heading">
      <h2 id="posted-entry-heading">
        {t('bookkeeping.editor.postedHeading', { number: entry.number })} <span className={`badge badge-${status}`}>{t(`bookkeeping.status.${status}`)}</span>
      </h2>
      <p className="muted">{t('bookkeeping.editor.postedReadOnly')}</p>
      <dl className="facts entry-facts">
        <dt>{t('bookkeeping.editor.date')}</dt>
        <dd>
          {formatDate(entry.date, regional, 'long')} <span className="muted">({entry.date})</span>
        </dd>
        <dt>{t('bookkeeping.editor.payee')}</dt>
        <dd>{entry.payee || '—'}</dd>
        <dt>{t('bookkeeping.editor.memo')}</dt>
        <dd>{entry.memo || '—'}</dd>
        <dt>{t('bookkeeping.editor.origin')}</dt>
        <dd>
          {t(`bookkeeping.editor.origins.${entry.origin}`)}
          {entry.postedAt ? <span className="muted"> · {t('bookkeeping.editor.postedOn', { at: formatDateTime(Date.parse(entry.postedAt), regional) })}</span> : null}
        </dd>
        {linked ? (
          <>
            <dt>{entry.reversedBy ? t('bookkeeping.status.reversed') : t('bookkeeping.editor.origins.reversal')}</dt>
            <dd data-testid="entry-link">
              <EntryLink entry={linked} textKey={entry.reversedBy ? 'bookkeeping.editor.reversedBy' : 'bookkeeping.editor.reversalOf'} />
            </dd>
          </>
        ) : null}
      </dl>
      <EntryLinesTable lines={entry.lines} currency={entry.currency} books={books} caption={t('bookkeeping.editor.linesCaption')} withMemo testId="entry-lines" />
      <div className="form-actions button-row">
        {entry.reversedBy ? null : (
          <button type="button" className="button" onClick={() => setReversing(true)}>
            {t('bookkeeping.editor.reverse')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void duplicate()}>
          {t('bookkeeping.editor.duplicate')}
        </button>
      </div>
      <FailureNote message={failure} />
      <ReverseDialog open={reversing} entry={entry} books={books} onClose={() => setReversing(false)} />
    </section>
  );
}
