import '../../../styles/bank.css';
import { JournalFilePage } from '../journal-file/JournalFilePage';
import { ReconcilePage } from '../reconcile/ReconcilePage';
import type { Books } from '../useBooks';
import { BankPage } from './BankPage';

/** The bank and file tabs of Bookkeeping: statement import and rules, reconciliation, journal files. */
export function BankWorkPage({ tab, path, books }: { tab: 'bank' | 'reconcile' | 'journal-file'; path: readonly string[]; books: Books }) {
  switch (tab) {
    case 'bank':
      return <BankPage page={path[1]} books={books} />;
    case 'reconcile':
      return <ReconcilePage books={books} />;
    case 'journal-file':
      return <JournalFilePage books={books} />;
  }
}
