import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountTree } from '../../../../../shared/ledger/accounts';
import type { Account } from '../../../../../shared/ledger/types';
import { formatMoney } from '../../../../../shared/money';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import { ledgerRepository } from '../../../db/repositories';
import { describeBookkeepingError } from '../problemText';
import type { Books } from '../useBooks';
import { AccountForm } from './AccountForm';
import type { AccountChange } from './accountFormValues';
import { AccountsTable } from './AccountsTable';
import { accountBalances } from './accountBalances';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type Editing = { kind: 'add' } | { kind: 'edit'; account: Account } | null;

/** The chart of accounts: the tree with balances, add, change (rename, code, move), archive, delete. */
export function AccountsPage({ books }: { books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Account | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const balances = useLiveQuery(() => accountBalances(books.currency), [books.currency]);
  const rows = useMemo(() => accountTree(books.accounts).filter(({ account }) => showArchived || !account.archived), [books.accounts, showArchived]);

  const balanceText = (account: Account) => {
    const balance = balances?.get(account.id);
    return balance ? formatMoney(balance, regional.locale) : '';
  };

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
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} /> {t('bookkeeping.accounts.showArchived')}
        </label>
      </div>
      {editing ? (
        <div className="panel">
          <h3>{editing.kind === 'edit' ? t('bookkeeping.accounts.editTitle') : t('bookkeeping.accounts.addTitle')}</h3>
          <AccountForm
            key={editing.kind === 'edit' ? editing.account.id : 'new'}
            existing={editing.kind === 'edit' ? editing.account : undefined}
            accounts={books.accounts}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : null}
      <FailureNote message={failure} />
      {rows.length === 0 ? (
        <p className="panel empty-state">{t('bookkeeping.accounts.empty')}</p>
      ) : (
        <div className="panel panel-flush">
          <AccountsTable rows={rows} balanceText={balanceText} onEdit={(account) => setEditing({ kind: 'edit', account })} onArchive={(account, archived) => void archive(account, archived)} onDelete={setDeleting} />
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
