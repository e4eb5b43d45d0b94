import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { AccountPicker } from '../../../components/AccountPicker';
import { FailureNote } from '../../../components/FailureNote';
import { accountOptions } from '../../../components/accountOptions';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { amountExample } from '../../../components/amountText';
import { dateProblemText, dateText } from '../../../components/dateText';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import type { Books } from '../useBooks';
import { QuickPreview } from './QuickPreview';
import { buildQuickEntry, defaultAccountId, quickFormShapes, type QuickKind, type QuickValues } from './quickForms';
import { useQuickActions } from './useQuickActions';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** One everyday case as a short form; the lines it makes are shown before anything is saved. */
export function QuickForm({ kind, books }: { kind: QuickKind; books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const prefix = useId();
  const dateHint = useDateHint();
  const shape = quickFormShapes[kind];
  const [values, setValues] = useState<QuickValues>(() => ({
    date: dateText(todayIso(), regional),
    party: '',
    memo: '',
    amount: '',
    amountIs: 'gross',
    vatCodeId: '',
    mainAccountId: defaultAccountId(books.accounts, shape.main),
    otherAccountId: defaultAccountId(books.accounts, shape.other),
  }));
  const [tried, setTried] = useState(false);
  const [entryId] = useState(() => `quick-${Date.now()}`);
  const set = (change: Partial<QuickValues>) => setValues((current) => ({ ...current, ...change }));
  const { errors, dateProblem, entry } = buildQuickEntry(kind, values, books, regional, entryId);
  const actions = useQuickActions({ entry, books, setTried });

  const optionsOf = (types: readonly string[], keep: string) =>
    accountOptions(books.accounts, { keepIds: [keep] }).filter((option) => types.includes(option.type) || option.id === keep);
  const mainOptions = optionsOf(shape.main.types, values.mainAccountId);
  const otherOptions = optionsOf(shape.other.types, values.otherAccountId);
  const vatCodes = books.vatCodes.filter((code) => !code.archived && code.kind === shape.vat);
  const example = amountExample(books.currency, regional);
  const error = (field: keyof typeof errors) =>
    tried && field === 'date' && dateProblem ? dateProblemText(dateProblem, t) : tried && errors[field] ? t(errors[field]!, { example }) : undefined;

  return (
    <form className="panel quick-form" noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby={`${prefix}heading`}>
      <h2 id={`${prefix}heading`}>{t(`bookkeeping.quick.${kind}`)}</h2>
      <p className="muted">{t(`bookkeeping.quick.intro.${kind}`)}</p>
      <div className="form-grid">
        <Field id={`${prefix}date`} label={t('bookkeeping.quick.date')} hint={dateHint} error={error('date')}>
          {(a11y) => <DateInput {...a11y} value={values.date} onChange={(date) => set({ date })} />}
        </Field>
        <Field id={`${prefix}party`} label={t(shape.partyKey)}>
          {(a11y) => <input type="text" {...a11y} value={values.party} onChange={(event) => set({ party: event.target.value })} />}
        </Field>
        <Field id={`${prefix}main`} label={t(shape.main.labelKey)} error={error('mainAccountId')}>
          {(a11y) => <AccountPicker {...a11y} options={mainOptions} value={values.mainAccountId} onChange={(mainAccountId) => set({ mainAccountId })} />}
        </Field>
        <Field id={`${prefix}other`} label={t(shape.other.labelKey)} error={error('otherAccountId')}>
          {(a11y) => <AccountPicker {...a11y} options={otherOptions} value={values.otherAccountId} onChange={(otherAccountId) => set({ otherAccountId })} />}
        </Field>
        <Field id={`${prefix}amount`} label={`${t('bookkeeping.quick.amount')} (${books.currency})`} error={error('amount')}>
          {(a11y) => <MoneyInput {...a11y} currency={books.currency} value={values.amount} onChange={(amount) => set({ amount })} />}
        </Field>
        {shape.vat ? (
          <>
            <Field id={`${prefix}vat`} label={t('bookkeeping.quick.vatCode')} error={error('vatCodeId')}>
              {(a11y) => (
                <select {...a11y} value={values.vatCodeId} onChange={(event) => set({ vatCodeId: event.target.value })}>
                  <option value="">{t('bookkeeping.quick.noVat')}</option>
                  {vatCodes.map((code) => (
                    <option key={code.id} value={code.id}>
                      {code.code} — {code.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${prefix}amountIs`} label={t('bookkeeping.quick.amountIs')}>
              {(a11y) => (
                <select {...a11y} value={values.amountIs} disabled={!values.vatCodeId} onChange={(event) => set({ amountIs: event.target.value as QuickValues['amountIs'] })}>
                  <option value="gross">{t('bookkeeping.quick.gross')}</option>
                  <option value="net">{t('bookkeeping.quick.net')}</option>
                </select>
              )}
            </Field>
          </>
        ) : null}
        <Field id={`${prefix}memo`} label={t('bookkeeping.quick.memo')} className="span-2">
          {(a11y) => <input type="text" {...a11y} value={values.memo} onChange={(event) => set({ memo: event.target.value })} />}
        </Field>
      </div>
      <QuickPreview entry={entry} books={books} />
      {actions.outcome ? (
        <div className="problems" role="alert">
          <p>{actions.outcome}</p>
        </div>
      ) : tried && Object.keys(errors).length > 0 ? (
        <FailureNote>
          {t('bookkeeping.editor.fixFields')}
        </FailureNote>
      ) : null}
      <div className="form-actions button-row">
        <button type="button" className="button button-primary" disabled={actions.busy} onClick={() => void actions.post()}>
          {t('bookkeeping.quick.post')}
        </button>
        <button type="button" className="button" disabled={actions.busy} onClick={() => void actions.saveDraft()}>
          {t('bookkeeping.quick.saveDraft')}
        </button>
      </div>
    </form>
  );
}
