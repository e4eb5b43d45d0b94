import {
  applyDeltas,
  balancesFromEntries,
  indexAccounts,
  mergeRegisterChunks,
  nextEntryNumber,
  numberingYear,
  registerChunksFromEntries,
  sequenceOfNumber,
  validateEntryForPosting,
  LedgerRejected,
  type Account,
  type JournalEntry,
  type LedgerProblem,
} from '../../../../../shared/ledger';
import type { FiscalYearStart } from '../../../../../shared/dates';
import { newId, now } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { LedgerSettingsRecord } from '../../records';
import { readCompanyFacts, settingsForWrite } from './context';
import { storePostedEntries } from './postedEntries';

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

/** Takes the next number of the entry's year, or notes a typed number of the year's form as used. */
export function numberEntry(entry: JournalEntry, settings: LedgerSettingsRecord, fiscalYearStart: FiscalYearStart): string {
  const year = numberingYear(entry.date, fiscalYearStart);
  const last = settings.lastNumbers[year] ?? 0;
  if (entry.number === '') {
    settings.lastNumbers[year] = last + 1;
    return nextEntryNumber(year, last);
  }
  const typed = sequenceOfNumber(year, entry.number);
  if (typed !== null && typed > last) settings.lastNumbers[year] = typed;
  return entry.number;
}

/** Adds posted entries to the monthly balances and register chunks (inside the caller's transaction). */
export async function addToAggregates(db: BackofficeDb, posted: readonly JournalEntry[]): Promise<void> {
  const deltas = balancesFromEntries(posted);
  const balances = await db.balances.bulkGet(deltas.map((d) => [d.accountId, d.period, d.currency] as [string, string, string]));
  await db.balances.bulkPut(applyDeltas(balances.filter(isDefined), deltas));
  const additions = registerChunksFromEntries(posted);
  const chunks = await db.registers.bulkGet(additions.map((c) => [c.accountId, c.period] as [string, string]));
  await db.registers.bulkPut(mergeRegisterChunks(chunks.filter(isDefined), additions));
}

export type PostOptions = {
  /** A year-end close must reach archived income and expense accounts too. */
  allowArchived?: boolean;
  /** For imports: the index of each entry in the imported list, to name it in problems. */
  entryIndexes?: readonly number[];
};

/**
 * The one way entries become posted, inside a ledger write: validates each against the
 * chart and lock date as they are in this transaction (again, after the form's check),
 * numbers it, stores it, and updates balances, register chunks and the ledger settings.
 * Throws LedgerRejected with every problem before writing anything.
 */
export async function postWithinTransaction(db: BackofficeDb, drafts: readonly JournalEntry[], options: PostOptions = {}): Promise<JournalEntry[]> {
  const [accounts, settings, facts] = await Promise.all([db.accounts.toArray(), settingsForWrite(db), readCompanyFacts(db)]);
  const accountsById = indexAccounts(options.allowArchived ? accounts.map((account): Account => ({ ...account, archived: false })) : accounts);
  const problems: LedgerProblem[] = [];
  drafts.forEach((draft, index) => {
    for (const found of validateEntryForPosting(draft, accountsById, settings.lockDate)) {
      problems.push(options.entryIndexes ? { ...found, entry: options.entryIndexes[index] } : found);
    }
  });
  if (problems.length > 0) throw new LedgerRejected(problems);

  const at = now();
  const posted = drafts.map((draft): JournalEntry => ({
    ...draft,
    number: numberEntry(draft, settings, facts.fiscalYearStart),
    status: 'posted',
    postedAt: at,
    updatedAt: at,
  }));
  await storePostedEntries(db, posted);
  await addToAggregates(db, posted);
  await db.settings.put({ ...settings, balancesRevision: newId(), updatedAt: at });
  return posted;
}
