import { exportJournal } from '../../../../../shared/journal';
import type { JournalEntry } from '../../../../../shared/ledger';
import { journalFileRepository } from '../../../db/repositories';
import type { ExportWorkerReply, ExportWorkerRequest } from './exportWorker';

/** Lets the window paint between pages. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The book as an hledger journal's text: the chart and the posted entries read page by page
 * and formatted in a Web Worker (in this thread where no worker can start).
 */
export async function journalTextOfBook(onRead: (entries: number) => void): Promise<{ text: string; entries: number }> {
  const accounts = await journalFileRepository.listAccounts();
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module', name: 'journal-export' });
  } catch {
    worker = null;
  }
  if (!worker) {
    const entries: JournalEntry[] = [];
    const count = await journalFileRepository.readPostedEntries((page) => {
      entries.push(...page);
      onRead(entries.length);
    });
    return { text: exportJournal({ accounts, entries }), entries: count };
  }
  const send = (message: ExportWorkerRequest) => worker.postMessage(message);
  const answer = new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ExportWorkerReply>) => (event.data.kind === 'text' ? resolve(event.data.text) : reject(new Error(event.data.message)));
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'The journal writer stopped.'));
    };
  });
  try {
    send({ kind: 'accounts', accounts });
    let read = 0;
    const count = await journalFileRepository.readPostedEntries(async (page) => {
      send({ kind: 'entries', entries: page });
      read += page.length;
      onRead(read);
      await nextTask();
    });
    send({ kind: 'finish' });
    return { text: await answer, entries: count };
  } finally {
    worker.terminate();
  }
}
