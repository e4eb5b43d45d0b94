import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountWithRole } from '../../../../../shared/ledger/accounts';
import { LedgerRejected, type LedgerProblem } from '../../../../../shared/ledger/problems';
import type { Account, VatCode } from '../../../../../shared/ledger/types';
import { validateVatCode } from '../../../../../shared/ledger/vat';
import { numberSymbolsOf, type Rate } from '../../../../../shared/money';
import { AccountPicker } from '../../../components/AccountPicker';
import { FailureNote } from '../../../components/FailureNote';
import { accountOptions } from '../../../components/accountOptions';
import { Field } from '../../../components/Field';
import { describeBookkeepingError, problemText } from '../problemText';
import { parseRatePercent, ratePercentInputText } from './ratePercent';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

export type VatCodeChange = { id?: string; code: string; name: string; rate: Rate; kind: 'input' | 'output'; accountId: string; archived: boolean };

type VatCodeFormProps = {
  existing?: VatCode;
  vatCodes: readonly VatCode[];
  accounts: readonly Account[];
  onSave(change: VatCodeChange): Promise<void>;
  onCancel(): void;
};

type Values = { code: string; name: string; rate: string; kind: 'input' | 'output'; accountId: string; archived: boolean };

/** Code, name, rate, input or output, and the account the tax goes to. */
export function VatCodeForm({ existing, vatCodes, accounts, onSave, onCancel }: VatCodeFormProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const prefix = useId();
  const decimalMark = numberSymbolsOf(regional.locale).decimal;
  const [values, setValues] = useState<Values>(() => ({
    code: existing?.code ?? '',
    name: existing?.name ?? '',
    rate: existing ? ratePercentInputText(existing.rate, decimalMark) : '',
    kind: existing?.kind ?? 'input',
    accountId: existing?.accountId ?? accountWithRole(accounts, 'vatInput')?.id ?? '',
    archived: existing?.archived ?? false,
  }));
  const [problems, setProblems] = useState<LedgerProblem[]>([]);
  const [rateError, setRateError] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const options = useMemo(() => accountOptions(accounts, { keepIds: [values.accountId] }), [accounts, values.accountId]);
  const set = (change: Partial<Values>) => setValues((current) => ({ ...current, ...change }));

  const messageFor = (keys: readonly string[]) => {
    const found = problems.find((item) => keys.includes(item.key));
    return found ? problemText(found, t, regional) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const rate = parseRatePercent(values.rate);
    setRateError(rate === null);
    const change: VatCodeChange = { code: values.code.trim(), name: values.name.trim(), rate: rate ?? { numerator: 0, denominator: 100 }, kind: values.kind, accountId: values.accountId, archived: values.archived };
    if (existing) change.id = existing.id;
    const candidate: VatCode = { ...change, id: existing?.id ?? '(new)', createdAt: '', updatedAt: '' };
    const found = validateVatCode(candidate, vatCodes, accounts);
    setProblems(found);
    if (found.length > 0 || rate === null) return;
    setSaving(true);
    try {
      await onSave(change);
    } catch (error) {
      if (error instanceof LedgerRejected) setProblems(error.problems);
      setFailure(describeBookkeepingError(error, t, regional));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label={existing ? t('bookkeeping.vat.editTitle', { code: existing.code }) : t('bookkeeping.vat.addTitle')}>
      <div className="form-grid">
        <Field id={`${prefix}code`} label={t('bookkeeping.vat.code')} hint={t('bookkeeping.vat.codeHint')} error={messageFor(['ledger.vat.codeRequired', 'ledger.vat.codeTaken'])}>
          {(a11y) => <input type="text" autoFocus {...a11y} value={values.code} onChange={(event) => set({ code: event.target.value })} />}
        </Field>
        <Field id={`${prefix}name`} label={t('bookkeeping.vat.name')}>
          {(a11y) => <input type="text" {...a11y} value={values.name} onChange={(event) => set({ name: event.target.value })} />}
        </Field>
        <Field
          id={`${prefix}rate`}
          label={t('bookkeeping.vat.rate')}
          hint={t('bookkeeping.vat.rateHint')}
          error={rateError ? t('bookkeeping.vat.rateInvalid') : messageFor(['ledger.vat.rateInvalid'])}
        >
          {(a11y) => <input type="text" inputMode="decimal" className="input-amount" {...a11y} value={values.rate} onChange={(event) => set({ rate: event.target.value })} />}
        </Field>
        <Field id={`${prefix}kind`} label={t('bookkeeping.vat.kind')}>
          {(a11y) => (
            <select
              {...a11y}
              value={values.kind}
              onChange={(event) => {
                const kind = event.target.value as Values['kind'];
                const roleAccount = accountWithRole(accounts, kind === 'input' ? 'vatInput' : 'vatOutput');
                set(existing || !roleAccount ? { kind } : { kind, accountId: roleAccount.id });
              }}
            >
              <option value="input">{t('bookkeeping.vat.kinds.input')}</option>
              <option value="output">{t('bookkeeping.vat.kinds.output')}</option>
            </select>
          )}
        </Field>
        <Field id={`${prefix}account`} label={t('bookkeeping.vat.account')} error={messageFor(['ledger.vat.accountMissing'])}>
          {(a11y) => <AccountPicker {...a11y} options={options} value={values.accountId} onChange={(accountId) => set({ accountId })} />}
        </Field>
        {existing ? (
          <div className="field field-check">
            <label>
              <input type="checkbox" checked={values.archived} onChange={(event) => set({ archived: event.target.checked })} /> {t('bookkeeping.vat.archived')}
            </label>
          </div>
        ) : null}
      </div>
      <div className="form-actions button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('bookkeeping.vat.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('components.confirm.cancel')}
        </button>
      </div>
      <FailureNote message={failure} />
    </form>
  );
}
