import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountTree } from '../../../../../shared/ledger/accounts';
import type { Account } from '../../../../../shared/ledger/types';
import { formatMoney } from '../../../../../shared/money';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import { ledgerRepository } from '../../../db/repositories';
import { useNavigationStore } from '../../../app/navigationStore';
import { describeBookkeepingError } from '../problemText';
import type { Books } from '../useBooks';
import { AccountForm } from './AccountForm';
import type { AccountChange } from './accountFormValues';
import { AccountsTable } from './AccountsTable';
import { accountBalances } from './accountBalances';
import { chartRows } from './chartRows';
import { useChartViewStore } from './chartViewStore';
import { reportPath } from '../reports/reportPlace';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type Editing = { kind: 'add'; parent?: Account } | { kind: 'edit'; account: Account } | null;

/** The chart of accounts: the tree with balances and subtotals, search and folding; add, change (rename, code, move), archive, delete. */
export function AccountsPage({ books }: { books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Account | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const go = useNavigationStore((state) => state.go);
  const searchId = useId();
  const { search, collapsed, setSearch, toggle, setCollapsed } = useChartViewStore();
  const balances = useLiveQuery(() => accountBalances(), []);
  const tree = useMemo(() => accountTree(books.accounts), [books.accounts]);
  const rows = useMemo(
    () => chartRows(tree, balances ?? new Map(), { baseCurrency: books.currency, search, collapsed, showArchived }),
    [tree, balances, books.currency, search, collapsed, showArchived],
  );
  const parentIds = useMemo(() => new Set(books.accounts.flatMap((account) => (account.parentId ? [account.parentId] : []))), [books.accounts]);

  const save = async (change: AccountChange) => {
    if (editing?.kind === 'edit') {
      const saved = await ledgerRepository.updateAccount(editing.account.id, { ...change, code: change.code ?? '' });
      notify({ text: t('bookkeeping.accounts.changed', { name: saved.name }) });
    } else {
      const saved = await ledgerRepository.addAccount(change);
      notify({ text: t('bookkeeping.accounts.added', { name: saved.name }) });
    }
    setEditing(null);
  };

  const archive = async (account: Account, archived: boolean) => {
    setFailure(null);
    try {
      await ledgerRepository.archiveAccount(account.id, archived);
      notify({
        text: t(archived ? 'bookkeeping.accounts.archivedDone' : 'bookkeeping.accounts.unarchivedDone', { name: account.name }),
        action: { label: t(archived ? 'bookkeeping.accounts.unarchive' : 'bookkeeping.accounts.archive'), run: () => void ledgerRepository.archiveAccount(account.id, !archived) },
      });
    } catch (error) {
      setFailure(describeBookkeepingError(error, t, regional));
    }
  };

  const remove = async (account: Account) => {
    setFailure(null);
    try {
      await ledgerRepository.deleteAccount(account.id);
      notify({ text: t('bookkeeping.accounts.deletedDone', { name: account.name }) });
    } catch (error) {
      setFailure(t('bookkeeping.accounts.deleteRefused', { name: account.name, reasons: describeBookkeepingError(error, t, regional) }));
    } finally {
      setDeleting(null);
    }
  };

  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading" className="visually-hidden">
        {t('bookkeeping.accounts.heading')}
      </h2>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'add' })} disabled={editing !== null}>
          {t('bookkeeping.accounts.addAccount')}
        </button>
        <div className="field field-inline">
          <label htmlFor={searchId}>{t('bookkeeping.accounts.search')}</label>
          <input id={searchId} type="search" className="input-search" value={search} placeholder={t('bookkeeping.accounts.searchHint')} onChange={(event) => setSearch(event.target.value)} />
        </div>
        <button type="button" className="button" onClick={() => setCollapsed([])} disabled={search !== '' || collapsed.size === 0}>
          {t('bookkeeping.accounts.expandAll')}
        </button>
        <button type="button" className="button" onClick={() => setCollapsed(parentIds)} disabled={search !== '' || parentIds.size === 0}>
          {t('bookkeeping.accounts.collapseAll')}
        </button>
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} /> {t('bookkeeping.accounts.showArchived')}
        </label>
      </div>
      {editing ? (
        <div className="panel">
          <h3>{editing.kind === 'edit' ? t('bookkeeping.accounts.editTitle') : t('bookkeeping.accounts.addTitle')}</h3>
          <AccountForm
            key={editing.kind === 'edit' ? editing.account.id : `new-${editing.parent?.id ?? ''}`}
            existing={editing.kind === 'edit' ? editing.account : undefined}
            defaultParent={editing.kind === 'add' ? editing.parent : undefined}
            accounts={books.accounts}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : null}
      <FailureNote message={failure} />
      {rows.length === 0 && search !== '' ? (
        <p className="panel empty-state">
          {t('bookkeeping.accounts.noneMatch')}{' '}
          <button type="button" className="button button-small" onClick={() => setSearch('')}>
            {t('bookkeeping.accounts.clearSearch')}
          </button>
        </p>
      ) : rows.length === 0 ? (
        <p className="panel empty-state">{t('bookkeeping.accounts.empty')}</p>
      ) : (
        <div className="panel panel-flush">
          <AccountsTable
            rows={rows}
            moneyText={(amount) => formatMoney(amount, regional.locale)}
            onToggle={(account) => toggle(account.id)}
            onEdit={(account) => setEditing({ kind: 'edit', account })}
            onAddSub={(parent) => setEditing({ kind: 'add', parent })}
            onRegister={(account) => go('bookkeeping', reportPath('register', { account: account.id, preset: 'all' }))}
            onArchive={(account, archived) => void archive(account, archived)}
            onDelete={setDeleting}
          />
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('bookkeeping.accounts.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('bookkeeping.accounts.delete')}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      >
        <p>{t('bookkeeping.accounts.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
