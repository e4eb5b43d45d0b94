import type { Account, JournalEntry } from '../../../../shared/ledger';
import type { BackofficeDb } from '../database';

/** Entries read per request when reading the whole book, so the window can paint between them. */
const pageSize = 10_000;

/** What a journal file export needs: the chart and every posted entry. */
export function createJournalFileRepository(db: BackofficeDb) {
  async function listAccounts(): Promise<Account[]> {
    return db.accounts.toArray();
  }

  /** Every posted entry (drafts are not part of the ledger), page by page in id order; returns how many. */
  async function readPostedEntries(onPage: (entries: JournalEntry[]) => void | Promise<void>): Promise<number> {
    let read = 0;
    let last: string | undefined;
    for (;;) {
      const page = await (last === undefined ? db.entries.orderBy(':id') : db.entries.where(':id').above(last)).limit(pageSize).toArray();
      if (page.length > 0) await onPage(page);
      read += page.length;
      last = page[page.length - 1]?.id;
      if (page.length < pageSize) return read;
    }
  }

  return { listAccounts, readPostedEntries };
}
