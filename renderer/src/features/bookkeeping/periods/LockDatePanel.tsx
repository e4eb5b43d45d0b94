import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { FailureNote } from '../../../components/FailureNote';
import { readDate, dateReadingError } from '../../../components/dateText';
import { Field } from '../../../components/Field';
import { notify } from '../../../components/notices';
import { ledgerRepository } from '../../../db/repositories';
import { describeBookkeepingError } from '../problemText';
import type { Books } from '../useBooks';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** Shows the lock date and sets or removes it, each after a confirmation that says what it refuses. */
export function LockDatePanel({ books }: { books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const hint = useDateHint();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [asking, setAsking] = useState<'lock' | 'unlock' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reading = readDate(text, regional);
  const longDate = (iso: string) => formatDate(iso, regional, 'long');
  const fieldError = !tried ? undefined : reading.kind === 'empty' ? t('bookkeeping.periods.lockDateRequired') : dateReadingError(reading, t);

  const apply = async (date: string | null) => {
    setBusy(true);
    setFailure(null);
    try {
      await ledgerRepository.setLockDate(date);
      notify({ text: date ? t('bookkeeping.periods.lockSet', { date: longDate(date) }) : t('bookkeeping.periods.lockRemoved') });
      setText('');
      setTried(false);
    } catch (error) {
      setFailure(describeBookkeepingError(error, t, regional));
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}heading`}>
      <h2 id={`${id}heading`}>{t('bookkeeping.periods.lockHeading')}</h2>
      <p className="muted">{t('bookkeeping.periods.lockIntro')}</p>
      <p className="lock-state" data-testid="lock-state">
        {books.lockDate ? t('bookkeeping.periods.currentLock', { date: longDate(books.lockDate) }) : t('bookkeeping.periods.noLock')}
      </p>
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (reading.kind === 'date') setAsking('lock');
        }}
      >
        <Field id={`${id}date`} label={t('bookkeeping.periods.newLockDate')} hint={hint} error={fieldError}>
          {(a11y) => <DateInput {...a11y} value={text} onChange={setText} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('bookkeeping.periods.setLock')}
          </button>
          {books.lockDate ? (
            <button type="button" className="button" onClick={() => setAsking('unlock')}>
              {t('bookkeeping.periods.removeLock')}
            </button>
          ) : null}
        </div>
      </form>
      <FailureNote message={failure} />
      <ConfirmDialog
        open={asking === 'lock' && reading.kind === 'date'}
        title={reading.kind === 'date' ? t('bookkeeping.periods.lockTitle', { date: longDate(reading.iso) }) : ''}
        confirmLabel={t('bookkeeping.periods.lockConfirm')}
        busy={busy}
        onCancel={() => setAsking(null)}
        onConfirm={() => reading.kind === 'date' && void apply(reading.iso)}
      >
        <p>{reading.kind === 'date' ? t('bookkeeping.periods.lockBody', { date: longDate(reading.iso) }) : null}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'unlock'}
        title={t('bookkeeping.periods.unlockTitle')}
        confirmLabel={t('bookkeeping.periods.unlockConfirm')}
        busy={busy}
        onCancel={() => setAsking(null)}
        onConfirm={() => void apply(null)}
      >
        <p>{t('bookkeeping.periods.unlockBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
