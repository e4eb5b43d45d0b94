import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { formatAmount } from '../../../../../shared/money';
import { FailureNote } from '../../../components/FailureNote';
import { readAmount } from '../../../components/amountText';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { readDate, dateReadingError } from '../../../components/dateText';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { bankRepository } from '../../../db/repositories';
import { describeBankError } from '../bank/bankText';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type StartProps = { accountId: string; currency: string; lastBalance: number; lastDate: string | null };

/** The statement to reconcile against: its date and closing balance. */
export function StartReconciliation({ accountId, currency, lastBalance, lastDate }: StartProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const hint = useDateHint();
  const [dateText, setDateText] = useState('');
  const [balanceText, setBalanceText] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const date = readDate(dateText, regional);
  const balance = readAmount(balanceText, currency, regional, { allowNegative: true });
  const dateError = !tried ? undefined : date.kind === 'empty' ? t('reconcile.start.dateRequired') : dateReadingError(date, t);
  const balanceError = !tried ? undefined : balance.kind === 'empty' ? t('reconcile.start.balanceRequired') : balance.kind === 'invalid' ? t(balance.messageKey) : undefined;

  const start = async () => {
    setTried(true);
    if (date.kind !== 'date' || balance.kind !== 'amount' || accountId === '') return;
    setBusy(true);
    setFailure(null);
    try {
      await bankRepository.startReconciliation({ accountId, currency, statementDate: date.iso, closingBalance: balance.minor });
    } catch (error) {
      setFailure(describeBankError(error, t, regional, currency));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="panel reconcile-start">
      <h3>{t('reconcile.start.heading')}</h3>
      <p className="muted">
        {lastDate
          ? t('reconcile.start.since', { date: formatDate(lastDate, regional, 'long'), balance: formatAmount(lastBalance, currency, regional.locale) })
          : t('reconcile.start.first')}
      </p>
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <Field id={`${id}date`} label={t('reconcile.statementDate')} hint={hint} error={dateError}>
          {(a11y) => <DateInput {...a11y} value={dateText} onChange={setDateText} />}
        </Field>
        <Field id={`${id}balance`} label={t('reconcile.closingBalance', { currency })} error={balanceError}>
          {(a11y) => <MoneyInput {...a11y} value={balanceText} onChange={setBalanceText} currency={currency} allowNegative />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('reconcile.start.submit')}
          </button>
        </div>
      </form>
      <FailureNote message={failure} />
    </div>
  );
}
