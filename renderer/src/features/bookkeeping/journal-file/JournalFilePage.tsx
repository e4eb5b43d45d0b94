import { useLiveQuery } from 'dexie-react-hooks';
import { companyRepository } from '../../../db/repositories';
import type { Books } from '../useBooks';
import { JournalExportPanel } from './JournalExportPanel';
import { JournalImportPanel } from './JournalImportPanel';

/** Plain-text accounting files: import an hledger / ledger journal, export the ledger as one. */
export function JournalFilePage({ books }: { books: Books }) {
  const company = useLiveQuery(() => companyRepository.getCompany(), []);
  return (
    <div className="journal-file">
      <JournalImportPanel books={books} />
      <JournalExportPanel companyName={company?.name ?? ''} />
    </div>
  );
}
