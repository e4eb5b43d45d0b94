import { fiscalYearOf, type IsoDate } from '../../shared/dates';
import { balanceSheet, bucketsFromEntries, incomeStatement, trialBalance, type Bucket, type StatementSection } from '../../shared/ledger';
import { currenciesOf } from '../../shared/ledger/totals';
import { csvText } from '../../shared/export/csv';
import { formatMinor } from '../../shared/journal/format';
import type { BackupBook } from './read-book';

export const reportNames = ['trial-balance', 'income-statement', 'balance-sheet'] as const;
export type ReportName = (typeof reportNames)[number];

export type ReportOptions = { from?: IsoDate; to: IsoDate; csv: boolean; currency?: string };

function table(rows: string[][], rightAligned: readonly number[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return `${rows
    .map((row) =>
      row
        .map((cell, column) => (rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** The report's currency: asked for, else the company's, else the one the entries use most. */
export function reportCurrency(book: BackupBook, asked: string | undefined): string {
  if (asked) return asked.toUpperCase();
  if (book.company.baseCurrency) return book.company.baseCurrency;
  const counts = new Map<string, number>();
  for (const entry of book.entries) counts.set(entry.currency, (counts.get(entry.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'EUR';
}

/**
 * Trial balance: one row per account with postings in the range, amounts as plain
 * decimals with a dot; balance = debit − credit. In one currency (the others are named
 * on `notes`, for standard error).
 */
function trialBalanceReport(book: BackupBook, options: ReportOptions, notes: string[]): string {
  const currency = reportCurrency(book, options.currency);
  const report = trialBalance({ accounts: book.accounts, buckets: bucketsFromEntries(book.entries), to: options.to, ...(options.from ? { from: options.from } : {}) });
  const rows = report.rows.filter((row) => row.debit !== 0 || row.credit !== 0);
  const others = [...new Set(rows.filter((row) => row.currency !== currency).map((row) => row.currency))];
  if (others.length > 0) notes.push(`Rows in ${others.join(', ')} are left out; ask for them with --currency.`);
  const mine = rows.filter((row) => row.currency === currency);
  const amount = (minor: number) => formatMinor(minor, currency);
  const body = mine.map((row) => [row.path, amount(row.debit), amount(row.credit), amount(row.debit - row.credit)]);
  if (options.csv) return csvText(['account', 'debit', 'credit', 'balance'], ['text', 'number', 'number', 'number'], body);
  const debit = mine.reduce((sum, row) => sum + row.debit, 0);
  const credit = mine.reduce((sum, row) => sum + row.credit, 0);
  const title = `Trial balance ${options.from ? `${options.from} – ` : 'to '}${options.to}, ${currency} — ${book.company.name}\n\n`;
  return title + table([['Account', 'Debit', 'Credit', 'Balance'], ...body, ['Total', amount(debit), amount(credit), amount(debit - credit)]], [1, 2, 3]);
}

function sectionRows(section: StatementSection, label: string, currency: string): string[][] {
  return section.rows.map((row) => [label, `${'  '.repeat(row.depth)}${row.path}`, formatMinor(row.total, currency)]);
}

function statementOutput(title: string, sections: { label: string; section: StatementSection }[], bottom: [string, number][], currency: string, asCsv: boolean): string {
  if (asCsv) {
    const rows = sections.flatMap(({ label, section }) => section.rows.map((row) => [label, row.path, formatMinor(row.total, currency)]));
    return csvText(['section', 'account', 'amount'], ['text', 'text', 'number'], [...rows, ...bottom.map(([label, value]) => ['total', label, formatMinor(value, currency)])]);
  }
  const rows: string[][] = [['Section', 'Account', 'Amount']];
  for (const { label, section } of sections) {
    rows.push(...sectionRows(section, label, currency));
    rows.push([label, `Total ${label.toLowerCase()}`, formatMinor(section.total, currency)]);
  }
  for (const [label, value] of bottom) rows.push(['', label, formatMinor(value, currency)]);
  return `${title}\n\n${table(rows, [2])}`;
}

/** A statement is in one currency: the others the book holds are named, never dropped silently. */
function noteOtherCurrencies(buckets: readonly Bucket[], currency: string, notes: string[]): void {
  const others = currenciesOf(buckets).filter((other) => other !== currency);
  if (others.length > 0) notes.push(`Amounts in ${others.join(', ')} are not in this statement; ask for them with --currency ${others[0]}.`);
}

export function renderReport(name: ReportName, book: BackupBook, options: ReportOptions, notes: string[]): string {
  const buckets = bucketsFromEntries(book.entries);
  const currency = reportCurrency(book, options.currency);
  if (name === 'trial-balance') return trialBalanceReport(book, options, notes);
  noteOtherCurrencies(buckets, currency, notes);
  if (name === 'income-statement') {
    const from = options.from ?? fiscalYearOf(options.to, book.company.fiscalYearStart).start;
    const statement = incomeStatement({ accounts: book.accounts, buckets, from, to: options.to, currency });
    return statementOutput(
      `Income statement ${from} – ${options.to}, ${currency} — ${book.company.name}`,
      [
        { label: 'Income', section: statement.income },
        { label: 'Expenses', section: statement.expenses },
      ],
      [['Net result', statement.netResult]],
      currency,
      options.csv,
    );
  }
  if (options.from) notes.push('A balance sheet is as of one date: --from is ignored.');
  const sheet = balanceSheet({ accounts: book.accounts, buckets, asOf: options.to, currency, fiscalYearStart: book.company.fiscalYearStart });
  return statementOutput(
    `Balance sheet as of ${options.to}, ${currency} — ${book.company.name}`,
    [
      { label: 'Assets', section: sheet.assets },
      { label: 'Liabilities', section: sheet.liabilities },
      { label: 'Equity', section: sheet.equity },
    ],
    [
      ['Result of the current year', sheet.totals.currentYearResult],
      ['Result of earlier years', sheet.totals.earlierYearsResult],
      ['Total equity with the results', sheet.totals.totalEquity],
      ['Total liabilities and equity', sheet.totals.totalLiabilitiesAndEquity],
    ],
    currency,
    options.csv,
  );
}
