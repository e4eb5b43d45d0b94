import { z } from 'zod';
import { fiscalYearOf, type FiscalYearStart, type IsoDate } from '../dates';
import type { EntryLine, EntryOrigin, JournalEntry, QuickFormKind, Stamp } from './types';

export const entryOrigins = ['manual', 'quickForm', 'reversal', 'yearEndClose', 'bankImport', 'journalImport', 'stock', 'purchasing'] as const satisfies readonly EntryOrigin[];
export const quickFormKinds = ['expense', 'bill', 'billPayment', 'income', 'transfer'] as const satisfies readonly QuickFormKind[];

const shape = { error: 'ledger.entry.shapeInvalid' };
const amount = z.number(shape).refine((n) => Number.isSafeInteger(n) && n >= 0, shape);

/** A line as a form, an import or IPC hands it in. Amounts are integer minor units. */
export const entryLineSchema = z.object(
  {
    accountId: z.string(shape),
    debit: amount,
    credit: amount,
    memo: z.string(shape).optional(),
    vatCode: z.string(shape).optional(),
    currency: z.string(shape).optional(),
  },
  shape,
);

/**
 * A new or edited entry as a form, an import or IPC hands it in: the shape only. Whether it
 * may be posted (balanced, accounts active, date open) is `validateEntryForPosting`.
 */
export const entryInputSchema = z.object(
  {
    id: z.string(shape).optional(),
    number: z.string(shape).trim().default(''),
    date: z.string(shape),
    payee: z.string(shape).trim().default(''),
    memo: z.string(shape).trim().default(''),
    currency: z.string(shape),
    lines: z.array(entryLineSchema, shape),
    origin: z.enum(entryOrigins, shape).default('manual'),
    quickForm: z.enum(quickFormKinds, shape).optional(),
    documentIds: z.array(z.string(shape), shape).default([]),
    settles: z.array(z.object({ entryId: z.string(shape).min(1, shape), amount: amount.refine((n) => n > 0, shape) }, shape), shape).optional(),
  },
  shape,
);
export type EntryInput = z.input<typeof entryInputSchema>;

function cleanLine(line: EntryLine): EntryLine {
  const out: EntryLine = { accountId: line.accountId, debit: line.debit, credit: line.credit };
  if (line.memo !== undefined && line.memo !== '') out.memo = line.memo;
  if (line.vatCode !== undefined && line.vatCode !== '') out.vatCode = line.vatCode;
  if (line.currency !== undefined && line.currency !== '') out.currency = line.currency;
  return out;
}

/** A draft entry from checked input; throws a ZodError with 'ledger.entry.shapeInvalid' on bad shape. */
export function draftFromInput(input: EntryInput, stamp: Stamp, previous?: JournalEntry): JournalEntry {
  const data = entryInputSchema.parse(input);
  return {
    id: stamp.id,
    number: data.number,
    date: data.date,
    payee: data.payee,
    memo: data.memo,
    currency: data.currency,
    lines: data.lines.map(cleanLine),
    status: 'draft',
    origin: data.origin,
    ...(data.origin === 'quickForm' && data.quickForm ? { quickForm: data.quickForm } : {}),
    documentIds: data.documentIds,
    ...(data.settles && data.settles.length > 0 ? { settles: data.settles.map((settle) => ({ entryId: settle.entryId, amount: settle.amount })) } : {}),
    createdAt: previous?.createdAt ?? stamp.at,
    updatedAt: stamp.at,
  };
}

/** The entry's postings count in balances but not in the income statement (a year-end close). */
export function isClosingEntry(entry: JournalEntry): boolean {
  return entry.closing === true;
}

/** The year entries are numbered in: the calendar year its fiscal year starts in. */
export function numberingYear(date: IsoDate, fiscalYearStart: FiscalYearStart = { month: 1, day: 1 }): number {
  return Number(fiscalYearOf(date, fiscalYearStart).start.slice(0, 4));
}

/** The number after `lastNumber` in the year: nextEntryNumber(2026, 0) is "2026-0001". */
export function nextEntryNumber(year: number, lastNumber: number): string {
  return `${year}-${String(lastNumber + 1).padStart(4, '0')}`;
}

/** The sequence in a number of the year's own form ("2026-0012" → 12), else null. */
export function sequenceOfNumber(year: number, number: string): number | null {
  const match = /^(\d{4})-(\d{4,9})$/.exec(number);
  if (!match || Number(match[1]) !== year) return null;
  return Number(match[2]);
}

/**
 * The entry that undoes `entry` on `date`: every debit becomes a credit and back, linked
 * both ways. Returns the reversal (a draft, ready to post) and the original with its link.
 * A year-end close's reversal is itself a closing entry, so it reopens the year cleanly.
 */
export function reversalOf(entry: JournalEntry, date: IsoDate, number: string, stamp: Stamp): { reversal: JournalEntry; original: JournalEntry } {
  const reversal: JournalEntry = {
    id: stamp.id,
    number,
    date,
    payee: entry.payee,
    memo: entry.memo,
    currency: entry.currency,
    lines: entry.lines.map((line) => ({ ...line, debit: line.credit, credit: line.debit })),
    status: 'draft',
    origin: 'reversal',
    reversalOf: entry.id,
    documentIds: [...entry.documentIds],
    createdAt: stamp.at,
    updatedAt: stamp.at,
  };
  if (entry.closing) reversal.closing = true;
  return { reversal, original: { ...entry, reversedBy: stamp.id, updatedAt: stamp.at } };
}

/** A new draft with the entry's payee, memo and lines; number, links and documents are not copied. */
export function duplicateEntry(entry: JournalEntry, stamp: Stamp, date: IsoDate = entry.date): JournalEntry {
  return {
    id: stamp.id,
    number: '',
    date,
    payee: entry.payee,
    memo: entry.memo,
    currency: entry.currency,
    lines: entry.lines.map((line) => ({ ...line })),
    status: 'draft',
    origin: 'manual',
    documentIds: [],
    createdAt: stamp.at,
    updatedAt: stamp.at,
  };
}
