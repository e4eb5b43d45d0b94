import type { IsoDate } from '../../../../../shared/dates';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { isInRange, type DateRange } from '../../../components/periodPresets';
import { entryTotalsOf } from './entryTotals';

export type EntryListStatus = 'draft' | 'posted' | 'reversed';

/** One row of the entry list. */
export type EntryRow = {
  id: string;
  number: string;
  date: IsoDate;
  payee: string;
  memo: string;
  currency: string;
  /** Sum of the debits (= sum of the credits once posted), in minor units. */
  total: number;
  status: EntryListStatus;
  /** Lower-cased text the search looks in. */
  search: string;
};

export function statusOfEntry(entry: JournalEntry): EntryListStatus {
  if (entry.status === 'draft') return 'draft';
  return entry.reversedBy ? 'reversed' : 'posted';
}

export function entryRowOf(entry: JournalEntry): EntryRow {
  return {
    id: entry.id,
    number: entry.number,
    date: entry.date,
    payee: entry.payee,
    memo: entry.memo,
    currency: entry.currency,
    total: entryTotalsOf(entry.lines, entry.currency).debit.minor,
    status: statusOfEntry(entry),
    search: `${entry.number}\n${entry.payee}\n${entry.memo}`.toLocaleLowerCase(),
  };
}

/** Newest first; drafts of the same day before posted entries; then by number, highest first. */
export function compareEntryRows(a: EntryRow, b: EntryRow): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if ((a.status === 'draft') !== (b.status === 'draft')) return a.status === 'draft' ? -1 : 1;
  return b.number.localeCompare(a.number, 'en', { numeric: true }) || (a.id < b.id ? 1 : -1);
}

/** The rows in the period whose number, payee or memo contains every word of the search text. */
export function filterEntryRows(rows: readonly EntryRow[], range: DateRange, text: string): EntryRow[] {
  const words = text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => isInRange(row.date, range) && words.every((word) => row.search.includes(word)));
}
