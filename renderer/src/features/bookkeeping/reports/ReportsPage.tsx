import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import { describeIpcError } from '../../../ipc/client';
import '../../../styles/reports.css';
import { useBooks, type Books } from '../useBooks';
import { FailureNote } from '../../../components/FailureNote';
import { AccountRegisterPage } from './AccountRegisterPage';
import { AgedPayablesPage } from './AgedPayablesPage';
import { BalanceSheetPage } from './BalanceSheetPage';
import { IncomeStatementPage } from './IncomeStatementPage';
import { JournalPage } from './JournalPage';
import { ReportNav, ReportsOverview } from './ReportNav';
import { reportPlaceOf, type ReportPlace } from './reportPlace';
import { TrialBalancePage } from './TrialBalancePage';
import { VatSummaryPage } from './VatSummaryPage';

function ReportContent({ place, books }: { place: ReportPlace; books: Books }) {
  const props = { books, params: place.params };
  switch (place.kind) {
    case 'trial-balance':
      return <TrialBalancePage {...props} />;
    case 'income-statement':
      return <IncomeStatementPage {...props} />;
    case 'balance-sheet':
      return <BalanceSheetPage {...props} />;
    case 'register':
      return <AccountRegisterPage {...props} />;
    case 'journal':
      return <JournalPage {...props} />;
    case 'aged-payables':
      return <AgedPayablesPage {...props} />;
    case 'vat-summary':
      return <VatSummaryPage {...props} />;
    case null:
      return <ReportsOverview params={place.params} />;
  }
}

function Reports({ books }: { books: Books }) {
  const path = useNavigationStore((state) => state.path);
  const place = reportPlaceOf(path);
  return (
    <div className="reports">
      <ReportNav current={place.kind} params={place.params} />
      <ReportContent place={place} books={books} />
    </div>
  );
}

function ReportsWithOwnBooks() {
  const { t } = useTranslation();
  const { books, failed } = useBooks();
  if (failed) {
    return (
      <FailureNote>
        {describeIpcError(failed, t)}
      </FailureNote>
    );
  }
  return books ? <Reports books={books} /> : <p className="muted">{t('reports.loading')}</p>;
}

/**
 * Bookkeeping › Reports: the list of reports, or one report with its period in the
 * address (['reports', 'trial-balance', 'from=…', 'to=…']). Takes the page's live books
 * when given, else reads them itself.
 */
export function ReportsPage({ books }: { books?: Books | undefined }) {
  return books ? <Reports books={books} /> : <ReportsWithOwnBooks />;
}
