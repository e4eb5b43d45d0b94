import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Books } from '../useBooks';
import { bankAccountChoices, defaultBankAccount } from '../bank/bankAccounts';
import { PostingsToTick } from './PostingsToTick';
import { ReconcileWork } from './ReconcileWork';
import { ReconciliationHistory } from './ReconciliationHistory';
import { StartReconciliation } from './StartReconciliation';
import { useReconciliation } from './useReconciliation';

/** Bank reconciliation: the statement's date and closing balance, the postings it shows ticked, finished at zero difference. */
export function ReconcilePage({ books }: { books: Books }) {
  const { t } = useTranslation();
  const id = useId();
  const choices = useMemo(() => bankAccountChoices(books.accounts), [books.accounts]);
  const [picked, setPicked] = useState('');
  const accountId = defaultBankAccount(choices, picked);
  const view = useReconciliation(accountId, books.currency);

  return (
    <section className="reconcile" aria-labelledby="reconcile-heading">
      <h2 id="reconcile-heading" className="visually-hidden">
        {t('reconcile.heading')}
      </h2>
      <div className="field field-inline">
        <label htmlFor={`${id}account`}>{t('reconcile.account')}</label>
        <select id={`${id}account`} value={accountId} onChange={(event) => setPicked(event.target.value)}>
          {choices.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {!view ? (
        <p className="muted">{t('bookkeeping.loading')}</p>
      ) : (
        <>
          {view.open && view.figures ? (
            <ReconcileWork key={view.open.id} reconciliation={view.open} figures={view.figures} rows={view.rows} currency={books.currency} />
          ) : (
            <StartReconciliation key={accountId} accountId={accountId} currency={books.currency} lastBalance={view.lastBalance} lastDate={view.finished[0]?.statementDate ?? null} />
          )}
          <PostingsToTick rows={view.rows} open={view.open} currency={books.currency} />
          <ReconciliationHistory finished={view.finished} currency={books.currency} />
        </>
      )}
    </section>
  );
}
