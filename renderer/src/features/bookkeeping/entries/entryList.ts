import type { JournalReportEntry } from '../../../../../shared/ledger/journalReport';
import { ledgerRepository } from '../../../db/repositories';
import type { DateRange } from '../../../components/periodPresets';
import { compareEntryRows, entryRowOf, type EntryRow } from './entryRows';
import { entryTotalsOf } from './entryTotals';

const firstDay = '0001-01-01';
const lastDay = '9999-12-31';

/** A posted entry as the journal report gives it, as a list row. */
function rowOfJournalEntry(entry: JournalReportEntry, baseCurrency: string): EntryRow {
  const currency = entry.lines[0]?.currency ?? baseCurrency;
  return {
    id: entry.entryId,
    number: entry.number,
    date: entry.date,
    payee: entry.payee,
    memo: entry.memo,
    currency,
    total: entryTotalsOf(entry.lines, currency).debit.minor,
    status: entry.reversedBy ? 'reversed' : 'posted',
    search: `${entry.number}\n${entry.payee}\n${entry.memo}`.toLocaleLowerCase(),
  };
}

/**
 * Posted entries of the period and all drafts, newest first. Posted entries come through
 * the journal report (the date index); drafts are few and read whole.
 */
export async function loadEntryRows(range: DateRange, baseCurrency: string): Promise<EntryRow[]> {
  const [journal, drafts] = await Promise.all([ledgerRepository.loadJournal(range.from ?? firstDay, range.to ?? lastDay), ledgerRepository.listDrafts()]);
  const rows = [...journal.entries.map((entry) => rowOfJournalEntry(entry, baseCurrency)), ...drafts.map(entryRowOf)];
  return rows.sort(compareEntryRows);
}
