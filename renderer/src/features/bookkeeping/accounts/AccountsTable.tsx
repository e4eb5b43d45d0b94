import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../../shared/ledger/types';
import type { Money } from '../../../../../shared/money';
import { RowMenu } from '../../../components/RowMenu';
import type { ChartRow } from './chartRows';

type AccountsTableProps = {
  rows: readonly ChartRow[];
  /** One amount as people read it (natural sign), with its currency. */
  moneyText(amount: Money): string;
  onToggle(account: Account): void;
  onEdit(account: Account): void;
  onArchive(account: Account, archived: boolean): void;
  onDelete(account: Account): void;
  onAddSub(account: Account): void;
  onRegister(account: Account): void;
};

/** The chart as a tree: code, indented name (parents fold), type, balance or subtotal per currency, and a menu of actions. */
export function AccountsTable({ rows, moneyText, onToggle, onEdit, onArchive, onDelete, onAddSub, onRegister }: AccountsTableProps) {
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
        {rows.map(({ account, depth, path, balance, hasChildren, collapsed }) => (
          <tr key={account.id} className={account.archived ? 'is-archived' : undefined} data-account-path={path}>
            <td className="col-code">{account.code ?? ''}</td>
            <th scope="row" className="account-name" style={{ paddingInlineStart: `${0.6 + depth * 1.4}rem` }}>
              {hasChildren ? (
                <button
                  type="button"
                  className="tree-toggle"
                  aria-expanded={!collapsed}
                  aria-label={t(collapsed ? 'bookkeeping.accounts.expandNamed' : 'bookkeeping.accounts.collapseNamed', { name: account.name })}
                  onClick={() => onToggle(account)}
                >
                  {collapsed ? '▸' : '▾'}
                </button>
              ) : (
                <span className="tree-toggle-space" />
              )}
              {depth === 0 ? <strong>{account.name}</strong> : account.name}
              {account.archived ? <span className="badge badge-pending archived-badge">{t('bookkeeping.accounts.archived')}</span> : null}
            </th>
            <td className="col-type">{t(`bookkeeping.accountTypes.${account.type}`)}</td>
            <td className={hasChildren ? 'amount is-subtotal' : 'amount'} data-testid="account-balance" title={hasChildren ? t('bookkeeping.accounts.subtotalHint') : undefined}>
              {balance.map((amount) => (
                <span key={amount.currency} className="balance-line" data-currency={amount.currency}>
                  {moneyText(amount)}
                </span>
              ))}
            </td>
            <td className="col-actions">
              <RowMenu
                label={t('bookkeeping.accounts.actionsNamed', { name: account.name })}
                items={[
                  { key: 'register', label: t('bookkeeping.accounts.openRegister'), run: () => onRegister(account) },
                  { key: 'edit', label: t('bookkeeping.accounts.edit'), run: () => onEdit(account) },
                  ...(account.archived ? [] : [{ key: 'sub', label: t('bookkeeping.accounts.addSub'), run: () => onAddSub(account) }]),
                  account.archived
                    ? { key: 'restore', label: t('bookkeeping.accounts.unarchive'), run: () => onArchive(account, false) }
                    : { key: 'archive', label: t('bookkeeping.accounts.archive'), run: () => onArchive(account, true) },
                  { key: 'delete', label: t('bookkeeping.accounts.delete'), run: () => onDelete(account), danger: true },
                ]}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
