import type { IsoDate } from '../dates';
import { accountPath, indexAccounts } from './accounts';
import type { Account, EntryOrigin, JournalEntry, QuickFormKind } from './types';

export type JournalReportLine = { accountId: string; path: string; currency: string; debit: number; credit: number; memo?: string; vatCode?: string };

export type JournalReportEntry = {
  entryId: string;
  date: IsoDate;
  number: string;
  payee: string;
  memo: string;
  origin: EntryOrigin;
  quickForm?: QuickFormKind;
  reversalOf?: string;
  reversedBy?: string;
  lines: JournalReportLine[];
};

export type JournalReport = { from: IsoDate; to: IsoDate; entries: JournalReportEntry[]; totals: Array<{ currency: string; debit: number; credit: number }> };

/** The posted entries of [from, to] by date (then entry id), each with its lines and account paths. */
export function journalReport(input: { accounts: readonly Account[]; entries: readonly JournalEntry[]; from: IsoDate; to: IsoDate }): JournalReport {
  const { from, to } = input;
  const byId = indexAccounts(input.accounts);
  const paths = new Map<string, string>();
  const pathOf = (accountId: string) => {
    let path = paths.get(accountId);
    if (path === undefined) {
      const account = byId.get(accountId);
      path = account ? accountPath(account, byId) : accountId;
      paths.set(accountId, path);
    }
    return path;
  };
  const totals = new Map<string, { currency: string; debit: number; credit: number }>();
  const entries = input.entries
    .filter((entry) => entry.status === 'posted' && entry.date >= from && entry.date <= to)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry): JournalReportEntry => {
      const lines = entry.lines.map((line): JournalReportLine => {
        const currency = line.currency ?? entry.currency;
        const total = totals.get(currency) ?? { currency, debit: 0, credit: 0 };
        total.debit += line.debit;
        total.credit += line.credit;
        totals.set(currency, total);
        const out: JournalReportLine = { accountId: line.accountId, path: pathOf(line.accountId), currency, debit: line.debit, credit: line.credit };
        if (line.memo !== undefined) out.memo = line.memo;
        if (line.vatCode !== undefined) out.vatCode = line.vatCode;
        return out;
      });
      const out: JournalReportEntry = { entryId: entry.id, date: entry.date, number: entry.number, payee: entry.payee, memo: entry.memo, origin: entry.origin, lines };
      if (entry.quickForm) out.quickForm = entry.quickForm;
      if (entry.reversalOf !== undefined) out.reversalOf = entry.reversalOf;
      if (entry.reversedBy !== undefined) out.reversedBy = entry.reversedBy;
      return out;
    });
  return { from, to, entries, totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)) };
}
