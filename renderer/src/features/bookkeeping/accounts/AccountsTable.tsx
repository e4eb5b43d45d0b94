import { useTranslation } from 'react-i18next';
import type { AccountInTree } from '../../../../../shared/ledger/accounts';
import type { Account } from '../../../../../shared/ledger/types';

type AccountsTableProps = {
  rows: readonly AccountInTree[];
  /** The balance as people read it (natural sign), already formatted; absent when zero. */
  balanceText(account: Account): string;
  onEdit(account: Account): void;
  onArchive(account: Account, archived: boolean): void;
  onDelete(account: Account): void;
};

/** The chart as a tree: code, indented name, type and balance; archived accounts muted. */
export function AccountsTable({ rows, balanceText, onEdit, onArchive, onDelete }: AccountsTableProps) {
  const { t } = useTranslation();
  return (
    <table className="table accounts-table">
      <caption className="visually-hidden">{t('bookkeeping.accounts.tableLabel')}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-code">{t('bookkeeping.accounts.code')}</th>
          <th scope="col">{t('bookkeeping.accounts.name')}</th>
          <th scope="col" className="col-type">{t('bookkeeping.accounts.type')}</th>
          <th scope="col" className="amount">{t('bookkeeping.accounts.balance')}</th>
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('bookkeeping.accounts.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ account, depth, path }) => (
          <tr key={account.id} className={account.archived ? 'is-archived' : undefined} data-account-path={path}>
            <td className="col-code">{account.code ?? ''}</td>
            <th scope="row" className="account-name" style={{ paddingInlineStart: `${0.6 + depth * 1.4}rem` }}>
              {depth === 0 ? <strong>{account.name}</strong> : account.name}
              {account.archived ? <span className="badge badge-pending archived-badge">{t('bookkeeping.accounts.archived')}</span> : null}
            </th>
            <td className="col-type">{t(`bookkeeping.accountTypes.${account.type}`)}</td>
            <td className="amount" data-testid="account-balance">
              {balanceText(account)}
            </td>
            <td className="col-actions">
              <div className="row-actions">
                <button type="button" className="button button-small" onClick={() => onEdit(account)} aria-label={t('bookkeeping.accounts.editNamed', { name: account.name })}>
                  {t('bookkeeping.accounts.edit')}
                </button>
                {account.archived ? (
                  <button type="button" className="button button-small" onClick={() => onArchive(account, false)} aria-label={t('bookkeeping.accounts.unarchiveNamed', { name: account.name })}>
                    {t('bookkeeping.accounts.unarchive')}
                  </button>
                ) : (
                  <button type="button" className="button button-small" onClick={() => onArchive(account, true)} aria-label={t('bookkeeping.accounts.archiveNamed', { name: account.name })}>
                    {t('bookkeeping.accounts.archive')}
                  </button>
                )}
                <button type="button" className="button button-small" onClick={() => onDelete(account)} aria-label={t('bookkeeping.accounts.deleteNamed', { name: account.name })}>
                  {t('bookkeeping.accounts.delete')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
