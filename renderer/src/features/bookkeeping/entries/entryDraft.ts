import { todayIso, type DateProblem, type IsoDate } from '../../../../../shared/dates';
import type { EntryInput } from '../../../../../shared/ledger/entries';
import type { EntryLine, JournalEntry } from '../../../../../shared/ledger/types';
import { amountText, readAmount } from '../../../components/amountText';
import { dateText, readDate } from '../../../components/dateText';
import { entryTotalsOf, type EntryTotals } from './entryTotals';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

/** One row of the lines grid as typed: amounts and the date stay text until saved. */
export type LineDraft = { key: string; accountId: string; debit: string; credit: string; memo: string; vatCode: string };

/** The entry editor's form, exactly as the user typed it (never lost on a failed save). */
export type EntryDraft = { date: string; number: string; payee: string; memo: string; lines: LineDraft[] };

export type LineFieldErrors = { account?: string; debit?: string; credit?: string };

/** What the typed form means: messages for fields that cannot be read, and the entry when all can. */
export type DraftReading = {
  dateError?: string;
  /** Why the typed date is not one, for a message that names the problem. */
  dateProblem?: DateProblem;
  lineErrors: LineFieldErrors[];
  totals: EntryTotals;
  /** The entry input (empty rows left out), when every field could be read. */
  input?: EntryInput;
  /** For each line of `input`, the grid row it came from (so domain problems land on the right row). */
  rowOfLine: number[];
};

let keySeed = 0;
export function newLineKey(): string {
  keySeed += 1;
  return `line-${keySeed}`;
}

export function emptyLine(): LineDraft {
  return { key: newLineKey(), accountId: '', debit: '', credit: '', memo: '', vatCode: '' };
}

export function emptyEntryDraft(regional: RegionalFormat, today: IsoDate = todayIso()): EntryDraft {
  return { date: dateText(today, regional), number: '', payee: '', memo: '', lines: [emptyLine(), emptyLine()] };
}

/** The form for an existing entry, amounts and date in the interface language. */
export function draftOfEntry(entry: JournalEntry, regional: RegionalFormat): EntryDraft {
  const text = (minor: number) => (minor === 0 ? '' : amountText(minor, entry.currency, regional));
  return {
    date: dateText(entry.date, regional),
    number: entry.number,
    payee: entry.payee,
    memo: entry.memo,
    lines: entry.lines.map((line) => ({
      key: newLineKey(),
      accountId: line.accountId,
      debit: text(line.debit),
      credit: text(line.credit),
      memo: line.memo ?? '',
      vatCode: line.vatCode ?? '',
    })),
  };
}

function isBlank(line: LineDraft): boolean {
  return !line.accountId && !line.debit.trim() && !line.credit.trim() && !line.memo.trim() && !line.vatCode;
}

/** Reads the typed form in the interface language; nothing here decides whether it may be posted. */
export function readEntryDraft(draft: EntryDraft, currency: string, regional: RegionalFormat): DraftReading {
  const date = readDate(draft.date, regional);
  const dateError = date.kind === 'date' ? undefined : date.kind === 'empty' ? 'bookkeeping.editor.dateRequired' : 'components.date.invalid';
  const lineErrors: LineFieldErrors[] = [];
  const lines: EntryLine[] = [];
  const rowOfLine: number[] = [];
  const amounts: { debit: number; credit: number }[] = [];
  let readable = dateError === undefined;

  draft.lines.forEach((row, index) => {
    const errors: LineFieldErrors = {};
    const debit = readAmount(row.debit, currency, regional);
    const credit = readAmount(row.credit, currency, regional);
    if (debit.kind === 'invalid') errors.debit = debit.messageKey;
    if (credit.kind === 'invalid') errors.credit = credit.messageKey;
    const debitMinor = debit.kind === 'amount' ? debit.minor : 0;
    const creditMinor = credit.kind === 'amount' ? credit.minor : 0;
    amounts.push({ debit: debitMinor, credit: creditMinor });
    if (!isBlank(row) && !row.accountId) errors.account = 'bookkeeping.editor.accountRequired';
    lineErrors.push(errors);
    if (Object.keys(errors).length > 0) readable = false;
    if (isBlank(row)) return;
    const line: EntryLine = { accountId: row.accountId, debit: debitMinor, credit: creditMinor };
    if (row.memo.trim()) line.memo = row.memo.trim();
    if (row.vatCode) line.vatCode = row.vatCode;
    lines.push(line);
    rowOfLine.push(index);
  });

  const reading: DraftReading = { lineErrors, totals: entryTotalsOf(amounts, currency), rowOfLine };
  if (dateError) reading.dateError = dateError;
  if (date.kind === 'invalid') reading.dateProblem = date.problem;
  if (readable && date.kind === 'date') {
    reading.input = { number: draft.number, date: date.iso, payee: draft.payee, memo: draft.memo, currency, lines, origin: 'manual' };
  }
  return reading;
}
