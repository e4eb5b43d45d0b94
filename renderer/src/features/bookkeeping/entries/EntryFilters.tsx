import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../../shared/ledger/types';
import { AccountPicker } from '../../../components/AccountPicker';
import { accountOptions } from '../../../components/accountOptions';
import { entryKinds } from './entryKinds';
import { useEntryListStore } from './entryListStore';

/** Account, kind and amount filters of the entry list, each a labelled field reachable by Tab. */
export function EntryFilters({ accounts, amountProblem }: { accounts: readonly Account[]; amountProblem: string | null }) {
  const { t } = useTranslation();
  const prefix = useId();
  const { account, kind, amount, setFilters } = useEntryListStore();
  const options = useMemo(() => accountOptions(accounts, { includeArchived: true }), [accounts]);
  return (
    <>
      <div className="field field-inline entry-filter-account">
        <label htmlFor={`${prefix}-account`}>{t('bookkeeping.entries.accountFilter')}</label>
        <AccountPicker id={`${prefix}-account`} options={options} value={account} onChange={(id) => setFilters({ account: id })} />
      </div>
      <div className="field field-inline">
        <label htmlFor={`${prefix}-kind`}>{t('bookkeeping.entries.kindFilter')}</label>
        <select id={`${prefix}-kind`} value={kind} onChange={(event) => setFilters({ kind: event.target.value as typeof kind })}>
          <option value="">{t('bookkeeping.entries.allKinds')}</option>
          {entryKinds.map((option) => (
            <option key={option} value={option}>
              {t(`bookkeeping.entries.kinds.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor={`${prefix}-amount`}>{t('bookkeeping.entries.amountFilter')}</label>
        <input
          id={`${prefix}-amount`}
          className="input-amount-filter"
          value={amount}
          placeholder={t('bookkeeping.entries.amountFilterHint')}
          aria-invalid={amountProblem ? true : undefined}
          aria-describedby={amountProblem ? `${prefix}-amount-problem` : undefined}
          onChange={(event) => setFilters({ amount: event.target.value })}
        />
        {amountProblem ? (
          <span id={`${prefix}-amount-problem`} className="field-error" role="alert">
            {amountProblem}
          </span>
        ) : null}
      </div>
    </>
  );
}
