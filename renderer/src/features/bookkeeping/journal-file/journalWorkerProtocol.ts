import type { Language } from '../../../../../shared/i18n/languages';
import type { JournalError } from '../../../../../shared/journal';
import type { Account, EntryInput } from '../../../../../shared/ledger';
import type { JournalPlan } from './journalPlan';

/** What the window learns of a journal once read: all but its entries, which come in slices. */
export type JournalReadout = Pick<Extract<JournalPlan, { ok: true }>, 'summary' | 'journalAccounts' | 'accountRows' | 'proposal' | 'warnings'>;

/** Messages between the window and the journal worker (plain data: structured clone). */
export type JournalWorkerRequest =
  | { kind: 'plan'; text: string; chart: Account[]; language: Language }
  | { kind: 'slice'; index: number };

export type JournalWorkerReply =
  | { kind: 'refused'; errors: JournalError[] }
  | ({ kind: 'planned'; sliceCount: number } & JournalReadout)
  | { kind: 'slice'; index: number; inputs: EntryInput[] }
  | { kind: 'failed'; message: string };

/** Entries per slice the window takes from the worker and hands to one bulkImportEntries call. */
export const journalSliceSize = 2000;
