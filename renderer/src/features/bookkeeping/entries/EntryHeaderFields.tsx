import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { readDate } from '../../../components/dateText';
import { Field } from '../../../components/Field';
import { ledgerRepository } from '../../../db/repositories';
import type { EntryDraft } from './entryDraft';
import './entries.css';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type EntryHeaderFieldsProps = {
  draft: EntryDraft;
  onChange(change: Partial<EntryDraft>): void;
  /** The date field's message, already in words, when it should show. */
  dateError: string | undefined;
  /** Problems of the whole entry that concern the date (locked period). */
  dateProblem: string | undefined;
};

/** Date, number, payee and memo of an entry. The number shows the one posting would give. */
export function EntryHeaderFields({ draft, onChange, dateError, dateProblem }: EntryHeaderFieldsProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const prefix = useId();
  const dateHint = useDateHint();
  const date = readDate(draft.date, regional);
  const iso = date.kind === 'date' ? date.iso : null;
  const suggested = useLiveQuery(() => (iso ? ledgerRepository.suggestEntryNumber(iso) : Promise.resolve('')), [iso]);

  return (
    <div className="entry-header">
      <Field id={`${prefix}date`} label={t('bookkeeping.editor.date')} hint={dateHint} error={dateError ?? dateProblem} className="field-date">
        {(a11y) => <DateInput {...a11y} value={draft.date} onChange={(text) => onChange({ date: text })} />}
      </Field>
      <Field id={`${prefix}number`} label={t('bookkeeping.editor.number')} hint={t('bookkeeping.editor.numberHint')} className="field-number">
        {(a11y) => <input type="text" {...a11y} value={draft.number} placeholder={suggested ?? ''} onChange={(event) => onChange({ number: event.target.value })} />}
      </Field>
      <Field id={`${prefix}payee`} label={t('bookkeeping.editor.payee')} className="field-payee">
        {(a11y) => <input type="text" {...a11y} value={draft.payee} onChange={(event) => onChange({ payee: event.target.value })} />}
      </Field>
      <Field id={`${prefix}memo`} label={t('bookkeeping.editor.memo')} className="field-memo">
        {(a11y) => <input type="text" {...a11y} value={draft.memo} onChange={(event) => onChange({ memo: event.target.value })} />}
      </Field>
    </div>
  );
}
