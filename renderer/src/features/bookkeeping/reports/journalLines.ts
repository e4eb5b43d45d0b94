import type { JournalReport } from '../../../../../shared/ledger/journalReport';

/** One line of the journal as listed: an entry's first line carries its date, number and payee. */
export type JournalLine = {
  key: string;
  entryId: string;
  first: boolean;
  /** The payee on an entry's first line, its memo on the second (or the memo first when there is no payee). */
  description: string;
  date: string;
  number: string;
  payee: string;
  memo: string;
  path: string;
  lineMemo: string;
  currency: string;
  debit: number;
  credit: number;
};

function descriptionOf(payee: string, memo: string, index: number): string {
  const parts = [payee, memo].filter(Boolean);
  return parts[index] ?? '';
}

/** The journal's entries laid out line by line, in the report's order. */
export function journalLines(report: JournalReport): JournalLine[] {
  const lines: JournalLine[] = [];
  for (const entry of report.entries) {
    entry.lines.forEach((line, index) => {
      lines.push({
        key: `${entry.entryId}:${index}`,
        entryId: entry.entryId,
        first: index === 0,
        description: descriptionOf(entry.payee, entry.memo, index),
        date: entry.date,
        number: entry.number,
        payee: entry.payee,
        memo: entry.memo,
        path: line.path,
        lineMemo: line.memo ?? '',
        currency: line.currency,
        debit: line.debit,
        credit: line.credit,
      });
    });
  }
  return lines;
}
