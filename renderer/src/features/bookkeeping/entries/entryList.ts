import type { JournalReportEntry } from '../../../../../shared/ledger/journalReport';
import type { Account } from '../../../../../shared/ledger/types';
import { ledgerRepository } from '../../../db/repositories';
import type { DateRange } from '../../../components/periodPresets';
import { compareEntryRows, entryRowsOf, sourceOfEntry, type EntryRow, type EntrySource } from './entryRows';

const firstDay = '0001-01-01';
const lastDay = '9999-12-31';

/** A posted entry as the journal report gives it. */
function sourceOfJournalEntry(entry: JournalReportEntry, baseCurrency: string): EntrySource {
  return {
    ...entry,
    id: entry.entryId,
    currency: entry.lines[0]?.currency ?? baseCurrency,
    status: entry.reversedBy ? 'reversed' : 'posted',
  };
}

/**
 * Posted entries of the period and all drafts, newest first. Posted entries come through
 * the journal report (the date index); drafts are few and read whole.
 */
export async function loadEntryRows(range: DateRange, baseCurrency: string, accounts: readonly Account[]): Promise<EntryRow[]> {
  const [journal, drafts] = await Promise.all([ledgerRepository.loadJournal(range.from ?? firstDay, range.to ?? lastDay), ledgerRepository.listDrafts()]);
  const sources = [...journal.entries.map((entry) => sourceOfJournalEntry(entry, baseCurrency)), ...drafts.map(sourceOfEntry)];
  return entryRowsOf(sources, accounts).sort(compareEntryRows);
}
