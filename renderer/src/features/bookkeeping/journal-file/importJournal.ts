import { monotonicFactory } from 'ulidx';
import type { IsoDate } from '../../../../../shared/dates';
import { applyMapping, type AccountMapping } from '../../../../../shared/journal/accountMapping';
import { LedgerRejected, type Account } from '../../../../../shared/ledger';
import { ledgerRepository } from '../../../db/repositories';
import { onMappedAccounts } from './journalPlan';
import type { JournalSession } from './journalSession';

export type JournalImportProgress = { done: number; total: number };
export type JournalImportOutcome = { imported: number; total: number; cancelled: boolean; accountsAdded: number };

/**
 * Writes a read journal into the books, its accounts where the mapping puts them (checked
 * first: an account mapped onto one of another type refuses the import with MappingRefused
 * before anything is written): its new accounts in one transaction, then its
 * entries slice by slice (each slice one bulkImportEntries call, which posts in chunks and
 * lets the window paint between them). Checked first against the lock date, so a journal
 * that reaches into a locked period writes nothing. Cancelling stops between chunks; what
 * was imported stays, complete and balanced. If the first slice is refused, the accounts
 * just added are removed again, so a refused import leaves the chart as it was.
 */
export async function importJournal(
  session: JournalSession,
  mapping: AccountMapping,
  chart: readonly Account[],
  lockDate: IsoDate | null,
  onProgress: (progress: JournalImportProgress) => void,
  signal: AbortSignal,
): Promise<JournalImportOutcome> {
  const { summary } = session;
  const total = summary.entries;
  if (lockDate !== null && summary.firstDate !== null && summary.firstDate <= lockDate) {
    throw new LedgerRejected([{ key: 'ledger.entry.dateLocked', params: { lockDate } }]);
  }
  const newId = monotonicFactory();
  const { idOf, newAccounts } = applyMapping(session.journalAccounts, chart, mapping, () => newId());
  const added = newAccounts.length > 0 ? await ledgerRepository.importAccounts(newAccounts) : [];
  let done = 0;
  onProgress({ done, total });
  let next = session.sliceCount > 0 ? session.slice(0) : null;
  try {
    for (let index = 0; index < session.sliceCount; index += 1) {
      if (signal.aborted) return { imported: done, total, cancelled: true, accountsAdded: added.length };
      const inputs = onMappedAccounts(await next!, idOf);
      // The worker prepares the next slice while this one is written.
      next = index + 1 < session.sliceCount ? session.slice(index + 1) : null;
      const before = done;
      const outcome = await ledgerRepository.bulkImportEntries(inputs, (progress) => onProgress({ done: before + progress.done, total }), signal);
      done += outcome.imported;
      if (outcome.cancelled) return { imported: done, total, cancelled: true, accountsAdded: added.length };
    }
  } catch (error) {
    if (done === 0) await removeAccounts(added);
    throw error;
  }
  return { imported: done, total, cancelled: false, accountsAdded: added.length };
}

/** Children before parents, so each is empty when it goes. */
async function removeAccounts(accounts: readonly Account[]): Promise<void> {
  for (const account of [...accounts].reverse()) {
    await ledgerRepository.deleteAccount(account.id).catch(() => undefined);
  }
}
