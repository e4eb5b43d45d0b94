import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { FailureNote } from '../../../components/FailureNote';
import { dateText, readDate, dateReadingError } from '../../../components/dateText';
import { Field } from '../../../components/Field';
import { notify } from '../../../components/notices';
import { ledgerRepository } from '../../../db/repositories';
import { describeBookkeepingError } from '../problemText';
import type { Books } from '../useBooks';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type ReverseDialogProps = { open: boolean; entry: JournalEntry; books: Books; onClose(): void };

/** Asks for the reversal date (today unless changed) and posts the reversing entry. */
export function ReverseDialog({ open, entry, onClose }: ReverseDialogProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const hint = useDateHint();
  const go = useNavigationStore((state) => state.go);
  const [text, setText] = useState(() => dateText(todayIso(), regional));
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reading = readDate(text, regional);

  const reverse = async () => {
    if (reading.kind !== 'date') return;
    setBusy(true);
    setFailure(null);
    try {
      const { reversal } = await ledgerRepository.reverseEntry(entry.id, reading.iso);
      notify({ text: t('bookkeeping.editor.reversed', { number: entry.number, reversal: reversal.number }) });
      onClose();
      go('bookkeeping', ['entries', reversal.id]);
    } catch (error) {
      setFailure(describeBookkeepingError(error, t, regional, entry.currency));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      open={open}
      title={t('bookkeeping.editor.reverseTitle', { number: entry.number })}
      confirmLabel={t('bookkeeping.editor.reverseConfirm')}
      busy={busy}
      canConfirm={reading.kind === 'date'}
      onConfirm={() => void reverse()}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
    >
      <p>{t('bookkeeping.editor.reverseBody')}</p>
      <Field id={`${id}date`} label={t('bookkeeping.editor.reverseDate')} hint={hint} error={reading.kind === 'date' ? undefined : (dateReadingError(reading, t) ?? t('components.date.invalid'))}>
        {(a11y) => <DateInput {...a11y} value={text} onChange={setText} />}
      </Field>
      <FailureNote message={failure} />
    </ConfirmDialog>
  );
}
