import { exportJournal } from '../../../../../shared/journal';
import type { Account, JournalEntry } from '../../../../../shared/ledger';

/** Messages between the window and the export worker. */
export type ExportWorkerRequest = { kind: 'accounts'; accounts: Account[] } | { kind: 'entries'; entries: JournalEntry[] } | { kind: 'finish' };
export type ExportWorkerReply = { kind: 'text'; text: string } | { kind: 'failed'; message: string };

/**
 * Writes the journal text off the window's thread: 200,000 entries take seconds to format.
 * The window sends the chart, then the entries page by page as it reads them, then asks
 * for the text.
 */
type WorkerScope = { onmessage: ((event: MessageEvent<ExportWorkerRequest>) => void) | null; postMessage(message: ExportWorkerReply): void };
const scope = self as unknown as WorkerScope;
let accounts: Account[] = [];
let entries: JournalEntry[] = [];

scope.onmessage = ({ data }) => {
  if (data.kind === 'accounts') accounts = data.accounts;
  else if (data.kind === 'entries') for (const entry of data.entries) entries.push(entry);
  else {
    try {
      scope.postMessage({ kind: 'text', text: exportJournal({ accounts, entries }) });
    } catch (error) {
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      entries = [];
    }
  }
};
