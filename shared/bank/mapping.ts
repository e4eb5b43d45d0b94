import { z } from 'zod';
import { decimalStyles, type DecimalStyle } from './amounts';
import { csvDelimiters, type CsvDelimiter } from './csv';
import { statementDateFormats, type StatementDateFormat } from './statement-dates';

/**
 * How one bank's CSV maps onto statement lines. A plain object the app remembers per bank
 * account, so the second import of the same bank's file needs no questions. Columns are
 * 0-based positions in the row.
 */
export type AmountColumns =
  /** One column, negative for money out. */
  | { kind: 'signed'; column: number }
  /** Money out in one column, money in in another (either may be written with or without a sign). */
  | { kind: 'debitCredit'; debit: number; credit: number }
  /** An unsigned amount and a mark saying which way it went (OTP's "T/J": Terhelés/Jóváírás). */
  | { kind: 'withIndicator'; column: number; indicator: number; debitMarks: string[] };

export type ColumnMapping = {
  delimiter: CsvDelimiter;
  /** Records above the header row (the bank's title lines). */
  skipRows: number;
  hasHeader: boolean;
  /** Records at the end that are not transactions (totals, closing balance). */
  skipTrailingRows?: number;
  date: number;
  description: number;
  /** More columns whose text is added to the description (e.g. a second "Közlemény" column). */
  extraDescription?: number[];
  payee?: number;
  amount: AmountColumns;
  /** Signs reversed: card statements that show purchases as positive. */
  invertSign?: boolean;
  balance?: number;
  reference?: number;
  dateFormat: StatementDateFormat;
  decimalStyle: DecimalStyle;
};

const column = z.number().int().min(0).max(999);

const amountColumnsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('signed'), column }),
  z.object({ kind: z.literal('debitCredit'), debit: column, credit: column }),
  z.object({ kind: z.literal('withIndicator'), column, indicator: column, debitMarks: z.array(z.string().min(1)).min(1) }),
]);

/** For a mapping read back from storage or sent over IPC. */
export const columnMappingSchema = z.object({
  delimiter: z.enum(csvDelimiters),
  skipRows: z.number().int().min(0),
  hasHeader: z.boolean(),
  skipTrailingRows: z.number().int().min(0).optional(),
  date: column,
  description: column,
  extraDescription: z.array(column).optional(),
  payee: column.optional(),
  amount: amountColumnsSchema,
  invertSign: z.boolean().optional(),
  balance: column.optional(),
  reference: column.optional(),
  dateFormat: z.enum(statementDateFormats),
  decimalStyle: z.enum(decimalStyles),
});

export const mappingProblems = ['invalidShape', 'sameColumnTwice'] as const;
export type MappingProblem = (typeof mappingProblems)[number];

/** Problems with the mapping itself (before any file is read against it); empty when it is usable. */
export function validateMapping(mapping: unknown): MappingProblem[] {
  const parsed = columnMappingSchema.safeParse(mapping);
  if (!parsed.success) return ['invalidShape'];
  const m = parsed.data;
  const amountColumns =
    m.amount.kind === 'signed' ? [m.amount.column] : m.amount.kind === 'debitCredit' ? [m.amount.debit, m.amount.credit] : [m.amount.column, m.amount.indicator];
  // Description may share a column with payee or reference (some banks put all in one); amounts, date and balance may not.
  const exclusive = [m.date, ...amountColumns, ...(m.balance === undefined ? [] : [m.balance])];
  return new Set(exclusive).size === exclusive.length && !exclusive.includes(m.description) ? [] : ['sameColumnTwice'];
}

/** The columns a mapping reads, named by field, for error messages and the preview's column titles. */
export function mappedColumns(mapping: ColumnMapping): { field: string; column: number }[] {
  const a = mapping.amount;
  const amounts =
    a.kind === 'signed'
      ? [{ field: 'amount', column: a.column }]
      : a.kind === 'debitCredit'
        ? [{ field: 'debit', column: a.debit }, { field: 'credit', column: a.credit }]
        : [{ field: 'amount', column: a.column }, { field: 'indicator', column: a.indicator }];
  const optional = (field: string, col: number | undefined) => (col === undefined ? [] : [{ field, column: col }]);
  return [
    { field: 'date', column: mapping.date },
    { field: 'description', column: mapping.description },
    ...(mapping.extraDescription ?? []).map((col) => ({ field: 'description', column: col })),
    ...optional('payee', mapping.payee),
    ...amounts,
    ...optional('balance', mapping.balance),
    ...optional('reference', mapping.reference),
  ];
}
