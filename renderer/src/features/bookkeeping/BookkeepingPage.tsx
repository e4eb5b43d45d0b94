import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigationStore';
import { PageHeading } from '../../app/PageHeading';
import { FailureNote } from '../../components/FailureNote';
import { Notices } from '../../components/Notices';
import { describeIpcError } from '../../ipc/client';
import '../../styles/bookkeeping.css';
import { AccountsPage } from './accounts/AccountsPage';
import { BankWorkPage } from './bank/BankWorkPage';
import { tabOfPath } from './bookkeepingTabs';
import { BookkeepingTabs } from './BookkeepingTabs';
import { EntriesPage } from './entries/EntriesPage';
import { EntryPage } from './entries/EntryPage';
import { PeriodsPage } from './periods/PeriodsPage';
import { NewEntryPage } from './quick/NewEntryPage';
import { ReportsPage } from './reports/ReportsPage';
import { useBooks, type Books } from './useBooks';
import { VatCodesPage } from './vat/VatCodesPage';

function TabContent({ path, books }: { path: string[]; books: Books }) {
  const [, id, party] = path;
  switch (tabOfPath(path)) {
    case 'entries':
      return id ? <EntryPage key={id} entryId={id} books={books} /> : <EntriesPage books={books} />;
    case 'new':
      return <NewEntryPage kind={id} party={party} books={books} />;
    case 'accounts':
      return <AccountsPage books={books} />;
    case 'vat':
      return <VatCodesPage books={books} />;
    case 'periods':
      return <PeriodsPage books={books} />;
    case 'reports':
      return <ReportsPage books={books} />;
    case 'bank':
    case 'reconcile':
    case 'journal-file':
      return <BankWorkPage tab={tabOfPath(path) as 'bank' | 'reconcile' | 'journal-file'} path={path} books={books} />;
  }
}

/** Bookkeeping: the sub-navigation and the page it points at, over the live books. */
export function BookkeepingPage() {
  const { t } = useTranslation();
  const path = useNavigationStore((state) => state.path);
  const { books, failed } = useBooks();
  return (
    <div className="bookkeeping">
      <PageHeading>{t('nav.bookkeeping')}</PageHeading>
      <BookkeepingTabs current={tabOfPath(path)} />
      {failed ? (
        <FailureNote>
          {describeIpcError(failed, t)}
        </FailureNote>
      ) : books ? (
        <TabContent path={path} books={books} />
      ) : (
        <p className="muted">{t('bookkeeping.loading')}</p>
      )}
      <Notices />
    </div>
  );
}
