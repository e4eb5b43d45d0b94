import type { ExportCell, ExportColumn } from '../../../../../shared/export';

/**
 * Amount columns of a report table. One currency: one column per heading. Several: one
 * per heading and currency ("Debit EUR", "Debit USD"), so every column keeps its own
 * decimals and a spreadsheet can add a column up without mixing currencies.
 */
export function amountColumns(headers: readonly string[], currencies: readonly string[]): ExportColumn[] {
  if (currencies.length <= 1) return headers.map((header) => ({ kind: 'amount', header, currency: currencies[0] ?? 'EUR' }));
  return headers.flatMap((header) => currencies.map((currency): ExportColumn => ({ kind: 'amount', header: `${header} ${currency}`, currency })));
}

/** The cells under `amountColumns` for one row in `currency`: its values, blanks under other currencies. */
export function amountCells(values: ReadonlyArray<number | null>, currency: string, currencies: readonly string[]): ExportCell[] {
  if (currencies.length <= 1) return [...values];
  return values.flatMap((value) => currencies.map((other) => (other === currency ? value : null)));
}

/** The currencies of a report's rows, sorted. */
export function currenciesOf(rows: ReadonlyArray<{ currency: string }>, fallback: string): string[] {
  const found = [...new Set(rows.map((row) => row.currency))].sort();
  return found.length > 0 ? found : [fallback];
}
