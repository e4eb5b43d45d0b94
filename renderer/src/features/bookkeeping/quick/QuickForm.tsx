import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type IsoDate } from '../../../../../shared/dates';
import { AccountPicker } from '../../../components/AccountPicker';
import { FailureNote } from '../../../components/FailureNote';
import { accountOptions } from '../../../components/accountOptions';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { amountExample, amountText } from '../../../components/amountText';
import { dateProblemText, dateText, readDate } from '../../../components/dateText';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { EntryButtons } from '../entries/EntryButtons';
import type { Books } from '../useBooks';
import { OpenBillsPicker } from './OpenBillsPicker';
import { partyChoices } from './partyChoices';
import { QuickPreview } from './QuickPreview';
import { buildQuickEntry, quickFormShapes, startingAccounts, supplierAccountId, supplierSlotOf, valuesForNext, type QuickKind, type QuickValues } from './quickForms';
import { useOpenBills } from './useOpenBills';
import { useSuppliers } from '../../purchasing/suppliers/useSuppliers';
import { useQuickActions } from './useQuickActions';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** One everyday case as a short form; the lines it makes are shown before anything is saved. */
export function QuickForm({ kind, party: initialParty = '', books }: { kind: QuickKind; party?: string; books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const prefix = useId();
  const dateHint = useDateHint();
  const shape = quickFormShapes[kind];
  const [values, setValues] = useState<QuickValues>(() => ({
    date: dateText(todayIso(), regional),
    party: initialParty,
    memo: '',
    amount: '',
    amountIs: 'gross',
    vatCodeId: '',
    ...startingAccounts(kind, books.accounts, initialParty),
    billIds: [],
  }));
  const [tried, setTried] = useState(false);
  const [entryId, setEntryId] = useState(() => `quick-${Date.now()}`);
  const set = (change: Partial<QuickValues>) => setValues((current) => ({ ...current, ...change }));
  const typedDate = readDate(values.date, regional);
  const asOf = typedDate.kind === 'date' ? (typedDate.iso as IsoDate) : todayIso();
  const suppliers = useOpenBills(kind === 'billPayment', asOf).filter((row) => row.currency === books.currency);
  const supplierRecords = useSuppliers();
  const offersSuppliers = kind === 'bill' || kind === 'billPayment';
  const party = partyChoices(offersSuppliers ? (supplierRecords ?? []) : [], suppliers, values.party);
  const supplierRow = party.row;
  const { errors, dateProblem, entry } = buildQuickEntry(kind, values, books, regional, entryId, supplierRow?.bills);
  const startNext = () => {
    setValues(valuesForNext);
    setTried(false);
    setEntryId(`quick-${Date.now()}`);
    document.getElementById(`${prefix}party`)?.focus();
  };
  const actions = useQuickActions({ entry, books, setTried, startNext });
  // The payment defaults to what is open of the bills picked, from the account they are on.
  const pickBills = (billIds: string[]) => {
    const bills = (supplierRow?.bills ?? []).filter((bill) => billIds.includes(bill.entryId));
    const accounts = [...new Set(bills.map((bill) => bill.accountId))];
    const open = bills.reduce((sum, bill) => sum + bill.open, 0);
    set({ billIds, amount: bills.length > 0 ? amountText(open, books.currency, regional) : values.amount, ...(accounts.length === 1 ? { mainAccountId: accounts[0]! } : {}) });
  };
  // A supplier with an account of their own under the payables group is booked there.
  const changeParty = (party: string) => {
    const slot = supplierSlotOf[kind];
    const slotKey = slot === 'main' ? 'mainAccountId' : 'otherAccountId';
    const own = slot ? supplierAccountId(books.accounts, values[slotKey], party) : undefined;
    set({ party, billIds: [], ...(own ? { [slotKey]: own } : {}) });
  };
  // A supplier typed by an earlier name is booked under its name of today.
  const settleParty = () => {
    if (party.payee !== values.party) changeParty(party.payee);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void actions.post({ andNew: true });
    }
  };

  const optionsOf = (types: readonly string[], keep: string) =>
    accountOptions(books.accounts, { keepIds: [keep] }).filter((option) => types.includes(option.type) || option.id === keep);
  const mainOptions = optionsOf(shape.main.types, values.mainAccountId);
  const otherOptions = optionsOf(shape.other.types, values.otherAccountId);
  const vatCodes = books.vatCodes.filter((code) => !code.archived && code.kind === shape.vat);
  const example = amountExample(books.currency, regional);
  const error = (field: keyof typeof errors) =>
    tried && field === 'date' && dateProblem ? dateProblemText(dateProblem, t) : tried && errors[field] ? t(errors[field]!, { example }) : undefined;

  return (
    <form className="panel quick-form" noValidate onKeyDown={onKeyDown} onSubmit={(event) => event.preventDefault()} aria-labelledby={`${prefix}heading`}>
      <h2 id={`${prefix}heading`}>{t(`bookkeeping.quick.${kind}`)}</h2>
      <p className="muted">{t(`bookkeeping.quick.intro.${kind}`)}</p>
      <div className="form-grid">
        <Field id={`${prefix}date`} label={t('bookkeeping.quick.date')} hint={dateHint} error={error('date')}>
          {(a11y) => <DateInput {...a11y} value={values.date} onChange={(date) => set({ date })} />}
        </Field>
        <Field id={`${prefix}party`} label={t(shape.partyKey)}>
          {(a11y) => (
            <input
              type="text"
              {...a11y}
              list={offersSuppliers ? `${prefix}suppliers` : undefined}
              autoComplete="off"
              value={values.party}
              onChange={(event) => changeParty(event.target.value)}
              onBlur={settleParty}
            />
          )}
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
      {offersSuppliers ? (
        <datalist id={`${prefix}suppliers`} data-testid="quick-suppliers">
          {party.names.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      ) : null}
      {kind === 'billPayment' ? <OpenBillsPicker row={supplierRow} supplierTyped={values.party.trim() !== ''} picked={values.billIds} onChange={pickBills} /> : null}
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
      <EntryButtons busy={actions.busy} post={() => void actions.post()} postAndNew={() => void actions.post({ andNew: true })} saveDraft={() => void actions.saveDraft()} shortcut="postAndNew" />
    </form>
  );
}
