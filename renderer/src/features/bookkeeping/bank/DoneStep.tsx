import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import type { Books } from '../useBooks';
import { restartBankImport, useBankImportStore } from './bankImportStore';

/** What the import posted and what it skipped. */
export function DoneStep({ books }: { books: Books }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const summary = useBankImportStore((state) => state.summary);
  const accountId = useBankImportStore((state) => state.accountId);
  if (!summary) return null;
  const account = books.accounts.find((candidate) => candidate.id === accountId);
  const first = summary.entries[0]?.number ?? '';
  const last = summary.entries[summary.entries.length - 1]?.number ?? '';
  return (
    <div className="panel bank-done" role="status" data-testid="import-summary">
      <h3>{t('bank.done.heading')}</h3>
      <p>{t('bank.done.posted', { count: summary.entries.length, account: account?.name ?? '', first, last })}</p>
      {summary.skipped > 0 ? <p>{t('bank.done.skipped', { count: summary.skipped })}</p> : null}
      {summary.leftOut > 0 ? <p>{t('bank.done.leftOut', { count: summary.leftOut })}</p> : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => go('bookkeeping', ['entries'])}>
          {t('bank.done.showEntries')}
        </button>
        <button type="button" className="button" onClick={restartBankImport}>
          {t('bank.done.another')}
        </button>
      </div>
    </div>
  );
}
