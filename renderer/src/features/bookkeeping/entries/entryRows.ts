import type { IsoDate } from '../../../../../shared/dates';
import type { Account, EntryLine, JournalEntry } from '../../../../../shared/ledger/types';
import { isInRange, type DateRange } from '../../../components/periodPresets';
import { autoDescriptionOf, entryKindOf, type AutoDescription, type EntryKind } from './entryKinds';
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
  kind: EntryKind;
  /** Shown instead of payee and memo when both are empty. */
  auto: AutoDescription | null;
  /** Every account the entry posts to. */
  accountIds: string[];
  /** Lower-cased text the search looks in. */
  search: string;
};

/** What a row is built from: a stored entry or a journal report's entry. */
export type EntrySource = Pick<JournalEntry, 'id' | 'number' | 'date' | 'payee' | 'memo' | 'currency' | 'origin' | 'quickForm' | 'reversalOf'> & {
  status: EntryListStatus;
  lines: ReadonlyArray<Pick<EntryLine, 'accountId' | 'debit' | 'credit' | 'currency'>>;
};

export function statusOfEntry(entry: JournalEntry): EntryListStatus {
  if (entry.status === 'draft') return 'draft';
  return entry.reversedBy ? 'reversed' : 'posted';
}

export function sourceOfEntry(entry: JournalEntry): EntrySource {
  return { ...entry, status: statusOfEntry(entry) };
}

/**
 * The list's rows, with each entry's kind and, where payee and memo are empty, a
 * description made from the entry (a reversal names the entry it reverses).
 */
export function entryRowsOf(sources: readonly EntrySource[], accounts: readonly Account[]): EntryRow[] {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const numbers = new Map(sources.map((source) => [source.id, source.number]));
  return sources.map((source) => {
    const kind = entryKindOf(source, byId);
    const auto = source.payee || source.memo ? null : autoDescriptionOf(source, kind, byId, (id) => numbers.get(id) || undefined);
    return {
      id: source.id,
      number: source.number,
      date: source.date,
      payee: source.payee,
      memo: source.memo,
      currency: source.currency,
      total: entryTotalsOf(source.lines, source.currency).debit.minor,
      status: source.status,
      kind,
      auto,
      accountIds: [...new Set(source.lines.map((line) => line.accountId))],
      search: `${source.number}\n${source.payee}\n${source.memo}`.toLocaleLowerCase(),
    };
  });
}

/** Newest first; drafts of the same day before posted entries; then by number, highest first. */
export function compareEntryRows(a: EntryRow, b: EntryRow): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if ((a.status === 'draft') !== (b.status === 'draft')) return a.status === 'draft' ? -1 : 1;
  return b.number.localeCompare(a.number, 'en', { numeric: true }) || (a.id < b.id ? 1 : -1);
}

/** The list's narrowing beyond the period and search text: any of them may be absent. */
export type EntryFilters = {
  /** The chosen account and its sub-accounts: an entry posting to any of them. */
  accountIds?: ReadonlySet<string>;
  kind?: EntryKind;
  /** The total's bounds (inclusive) per currency, in that currency's minor units. */
  amount?: (currency: string) => { min: number; max: number } | null;
};

/** The rows in the period whose number, payee or memo contains every word of the search text, and that pass the filters. */
export function filterEntryRows(rows: readonly EntryRow[], range: DateRange, text: string, filters: EntryFilters = {}): EntryRow[] {
  const words = text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const { accountIds, kind, amount } = filters;
  const boundsOf = new Map<string, { min: number; max: number } | null>();
  const amountFits = (row: EntryRow) => {
    if (!amount) return true;
    if (!boundsOf.has(row.currency)) boundsOf.set(row.currency, amount(row.currency));
    const bounds = boundsOf.get(row.currency);
    return bounds !== null && bounds !== undefined && row.total >= bounds.min && row.total <= bounds.max;
  };
  return rows.filter(
    (row) =>
      isInRange(row.date, range) &&
      words.every((word) => row.search.includes(word)) &&
      (!accountIds || row.accountIds.some((id) => accountIds.has(id))) &&
      (!kind || row.kind === kind) &&
      amountFits(row),
  );
}
