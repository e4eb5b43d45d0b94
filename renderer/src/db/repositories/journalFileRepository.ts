import type { Account, JournalEntry } from '../../../../shared/ledger';
import type { BackofficeDb } from '../database';
import { readPostedPages } from './ledger/postedEntries';

/** What a journal file export needs: the chart and every posted entry. */
export function createJournalFileRepository(db: BackofficeDb) {
  async function listAccounts(): Promise<Account[]> {
    return db.accounts.toArray();
  }

  /** Every posted entry (drafts are not part of the ledger), page by page; returns how many. */
  async function readPostedEntries(onPage: (entries: JournalEntry[]) => void | Promise<void>): Promise<number> {
    return readPostedPages(db, onPage);
  }

  return { listAccounts, readPostedEntries };
}
