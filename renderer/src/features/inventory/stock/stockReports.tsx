import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { formatDate } from '../../../../../shared/dates';
import type { TableExport } from '../../../../../shared/export';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { formatAmount } from '../../../../../shared/money';
import type { StockUnit } from '../../../../../shared/catalog/types';

/**
 * Every stock view prints and exports through the same description: its columns (text,
 * quantity, amount or date) and its rows. One description gives the printed table and
 * the CSV/XLSX table, so both always show the same figures.
 */
export type StockColumn = { header: string; kind: 'text' | 'quantity' | 'amount' | 'date' };
export type StockCell = string | number | null | { quantity: number; unit: StockUnit | undefined };
export type StockTable = {
  columns: StockColumn[];
  rows: StockCell[][];
  /** A stable key per row; an item's id where the row opens that item's history. */
  keys: string[];
  /** Rows that open an item's movement history: the item id per row. */
  itemIds?: (string | null)[];
  total?: { label: string; value: number };
};

/** A quantity for a spreadsheet: plain decimal digits, no grouping, so it reads as a number anywhere. */
export function plainQuantity(quantity: number, unit: StockUnit | undefined): string {
  const decimals = unit?.decimals ?? 0;
  if (decimals === 0) return String(quantity);
  const digits = Math.abs(quantity).toString().padStart(decimals + 1, '0');
  return `${quantity < 0 ? '-' : ''}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

export function cellText(cell: StockCell, column: StockColumn, currency: string, regional: RegionalFormat, quantityText: (q: number, unit: StockUnit | undefined) => string): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return quantityText(cell.quantity, cell.unit);
  if (column.kind === 'amount' && typeof cell === 'number') return formatAmount(cell, currency, regional.locale);
  if (column.kind === 'date' && typeof cell === 'string') return formatDate(cell, regional, 'short');
  return String(cell);
}

/** The printed table of a stock view. */
export function stockPrintBody(table: StockTable, currency: string, regional: RegionalFormat, quantityText: (q: number, unit: StockUnit | undefined) => string, t: TFunction): ReactElement {
  const numeric = (column: StockColumn) => column.kind === 'amount' || column.kind === 'quantity';
  return (
    <table>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column.header} className={numeric(column) ? 'num' : undefined}>
              {column.kind === 'amount' ? `${column.header} (${currency})` : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column} className={numeric(table.columns[column]!) ? 'num' : 'text'}>
                {cellText(cell, table.columns[column]!, currency, regional, quantityText)}
              </td>
            ))}
          </tr>
        ))}
        {table.rows.length === 0 ? (
          <tr>
            <td colSpan={table.columns.length}>{t('inventory.stock.empty.print')}</td>
          </tr>
        ) : null}
      </tbody>
      {table.total ? (
        <tfoot>
          <tr className="total">
            <td colSpan={table.columns.length - 1}>{table.total.label}</td>
            <td className="num">{formatAmount(table.total.value, currency, regional.locale)}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

/** The same table for CSV/XLSX: amounts in minor units with their currency, quantities as plain decimals. */
export function stockExport(title: string, table: StockTable, currency: string): TableExport {
  return {
    title,
    columns: table.columns.map((column) =>
      column.kind === 'amount' ? { kind: 'amount' as const, header: column.header, currency } : { kind: column.kind === 'date' ? ('date' as const) : ('text' as const), header: column.header },
    ),
    rows: table.rows.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' ? plainQuantity(cell.quantity, cell.unit) : cell))),
  };
}
