import { ZodError } from 'zod';
import {
  draftFromInput,
  indexAccounts,
  LedgerRejected,
  validateEntryForPosting,
  type EntryInput,
  type JournalEntry,
  type LedgerProblem,
} from '../../../../../shared/ledger';
import { newId, now } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { LedgerSettingsRecord } from '../../records';
import { ledgerWrite, settingsForWrite } from './context';
import { postWithinTransaction } from './posting';

export type ImportProgress = { done: number; total: number };
export type ImportOutcome = { imported: number; total: number; cancelled: boolean };

/** Entries per transaction: big enough that per-transaction costs vanish, small enough to keep the window responsive. */
export const importChunkSize = 2000;

/** Lets the window paint and take clicks between chunks. */
const yieldToWindow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createLedgerImport(db: BackofficeDb, ensureLedger: () => Promise<LedgerSettingsRecord>) {
  /**
   * Posts many entries (a journal or bank import). First every entry is checked — shape,
   * balance, accounts, lock date — and if any is refused, LedgerRejected lists them all (with
   * `entry` = index in `inputs`) and nothing is written. Then, in date order, chunks of
   * ~2,000 entries are posted, each in its own transaction with its balance and register
   * updates merged in memory first and one audit entry. Cancelling (the signal) stops before
   * the next chunk: the chunks already written stay, complete and consistent.
   */
  async function bulkImportEntries(
    inputs: readonly EntryInput[],
    onProgress?: (progress: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<ImportOutcome> {
    await ensureLedger();
    const at = now();
    const [accounts, settings] = await db.transaction('r', [db.accounts, db.settings], () => Promise.all([db.accounts.toArray(), settingsForWrite(db)]));
    const accountsById = indexAccounts(accounts);

    // Date order (stable), so numbers and register chunks grow in order; ids follow it.
    const order = inputs.map((_, index) => index).sort((a, b) => {
      const da = inputs[a]!.date;
      const dbb = inputs[b]!.date;
      return da < dbb ? -1 : da > dbb ? 1 : a - b;
    });
    const problems: LedgerProblem[] = [];
    const drafts: JournalEntry[] = [];
    for (const index of order) {
      try {
        const draft = draftFromInput(inputs[index]!, { id: inputs[index]!.id ?? newId(), at });
        for (const found of validateEntryForPosting(draft, accountsById, settings.lockDate)) problems.push({ ...found, entry: index });
        drafts.push(draft);
      } catch (error) {
        if (!(error instanceof ZodError)) throw error;
        problems.push({ key: 'ledger.entry.shapeInvalid', entry: index });
      }
    }
    if (problems.length > 0) throw new LedgerRejected(problems.sort((a, b) => (a.entry ?? 0) - (b.entry ?? 0)));

    const total = drafts.length;
    let done = 0;
    onProgress?.({ done, total });
    while (done < total) {
      if (signal?.aborted) return { imported: done, total, cancelled: true };
      const chunk = drafts.slice(done, done + importChunkSize);
      const entryIndexes = order.slice(done, done + importChunkSize);
      await ledgerWrite(db, [db.entryBlocks, db.balances, db.registers, db.settings], 'entriesImported', async () => {
        const posted = await postWithinTransaction(db, chunk, { entryIndexes });
        return { result: undefined, recordIds: posted.map((entry) => entry.id) };
      });
      done += chunk.length;
      onProgress?.({ done, total });
      await yieldToWindow();
    }
    return { imported: done, total, cancelled: false };
  }

  return { bulkImportEntries };
}
