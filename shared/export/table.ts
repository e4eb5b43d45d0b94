import { z } from 'zod';
import { isIsoDate } from '../dates';
import { isCurrencyCode } from '../money';

/**
 * A report table as it leaves the app for a spreadsheet: CSV or XLSX. Amounts travel as
 * integer minor units with their currency, so the file gets exact decimals, never floats
 * formatted on screen.
 */

export const exportColumnSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), header: z.string().max(200) }),
  z.object({ kind: z.literal('date'), header: z.string().max(200) }),
  z.object({ kind: z.literal('amount'), header: z.string().max(200), currency: z.string().refine(isCurrencyCode) }),
]);
export type ExportColumn = z.infer<typeof exportColumnSchema>;

const cellSchema = z.union([z.string().max(10_000), z.number().int().refine(Number.isSafeInteger), z.null()]);
export type ExportCell = z.infer<typeof cellSchema>;

export const tableExportSchema = z
  .object({
    /** Report title: the sheet name and the suggested file name. */
    title: z.string().trim().min(1).max(200),
    columns: z.array(exportColumnSchema).min(1).max(100),
    rows: z.array(z.array(cellSchema)).max(1_000_000),
    /** The regional format (en-IE, hu-HU…) dates are written in; none: ISO yyyy-MM-dd. */
    locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).max(35).optional(),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, index) => {
      if (row.length !== table.columns.length) {
        ctx.addIssue({ code: 'custom', path: ['rows', index], message: 'Row has a different number of cells than the table has columns.' });
        return;
      }
      row.forEach((cell, column) => {
        const kind = table.columns[column]!.kind;
        const fits =
          cell === null ||
          (kind === 'amount' && typeof cell === 'number') ||
          (kind === 'date' && typeof cell === 'string' && isIsoDate(cell)) ||
          (kind === 'text' && typeof cell === 'string');
        if (!fits) ctx.addIssue({ code: 'custom', path: ['rows', index, column], message: `Cell is not a valid ${kind}.` });
      });
    });
  });
export type TableExport = z.infer<typeof tableExportSchema>;

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];
