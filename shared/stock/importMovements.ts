import { isIsoDate } from '../dates';
import { minorDigits } from '../money';
import type { CatalogItem, StockUnit } from '../catalog/types';
import type { StockMovement } from './types';

/**
 * Stock movements and opening balances from a CSV file: one row per movement, a header row
 * naming the columns (in English, Russian or Hungarian, any order, any case):
 *   date, type, sku, location, quantity, value, reason, to location
 * `type` is opening, receipt, issue, writeOff or transfer (transfer needs `to location`);
 * `location` is a location's code; `quantity` is in the item's stock unit ("1.5" or "1,5");
 * `value` is the cost in the book's currency, for openings and receipts (others are priced
 * at the moving-average cost). Rows are checked one by one; a file with any bad row is
 * refused whole, listing the rows, so nothing half-imported is left to untangle.
 */

export const importColumns = ['date', 'type', 'sku', 'location', 'quantity', 'value', 'reason', 'toLocation'] as const;
export type ImportColumn = (typeof importColumns)[number];
const requiredColumns: readonly ImportColumn[] = ['date', 'type', 'sku', 'location', 'quantity'];

/** Header texts each column is recognised by (compared trimmed and lower-cased, spaces and underscores ignored). */
const headerNames: Record<ImportColumn, readonly string[]> = {
  date: ['date', 'дата', 'dátum'],
  type: ['type', 'kind', 'тип', 'вид', 'típus', 'mozgásnem'],
  sku: ['sku', 'item', 'article', 'артикул', 'cikkszám'],
  location: ['location', 'from', 'fromlocation', 'место', 'местохранения', 'hely', 'tárolásihely', 'tárolóhely'],
  quantity: ['quantity', 'qty', 'количество', 'кол-во', 'mennyiség'],
  value: ['value', 'cost', 'amount', 'стоимость', 'сумма', 'érték', 'összeg'],
  reason: ['reason', 'note', 'причина', 'основание', 'ok', 'megjegyzés'],
  toLocation: ['tolocation', 'to', 'куда', 'hova', 'céltárolásihely', 'céltárolóhely'],
};

const typeNames: Record<string, ImportedKind> = {
  opening: 'opening',
  openingbalance: 'opening',
  receipt: 'receipt',
  issue: 'issue',
  writeoff: 'writeOff',
  transfer: 'transfer',
  остаток: 'opening',
  поступление: 'receipt',
  выдача: 'issue',
  списание: 'writeOff',
  перемещение: 'transfer',
  nyitókészlet: 'opening',
  bevételezés: 'receipt',
  kiadás: 'issue',
  selejtezés: 'writeOff',
  áthelyezés: 'transfer',
};
export type ImportedKind = 'opening' | 'receipt' | 'issue' | 'writeOff' | 'transfer';

/** A movement as the stock core takes it: a StockMovement without its id and time, value only where it carries its cost. */
export type ImportedDraft = Omit<StockMovement, 'id' | 'at' | 'value'> & { value?: number };

export type ImportRowProblem = 'dateInvalid' | 'typeUnknown' | 'itemUnknown' | 'locationUnknown' | 'quantityInvalid' | 'valueInvalid' | 'valueMissing' | 'toLocationMissing';
export type ImportRowError = { row: number; problem: ImportRowProblem; text: string };

export type ImportContext = {
  itemsBySku: ReadonlyMap<string, Pick<CatalogItem, 'id' | 'unit'>>;
  /** Live locations by code (compared case-insensitively: keys lower-cased). */
  locationIdsByCode: ReadonlyMap<string, string>;
  currency: string;
  /** The exact quantity in smallest units, or null when the text is not one. */
  parseQuantity(text: string, unit: StockUnit): number | null;
};

/**
 * A value as the file writes it: digits with '.' or ',' as the decimal mark and no more
 * decimals than the currency has ("12.5", "12,50"), as exact minor units; null otherwise.
 * Read by hand, not through the locale-aware money parser, which costs far more per row
 * than a million rows can afford.
 */
export function decimalMinor(text: string, digits: number): number | null {
  const match = /^(\d{1,15})(?:[.,](\d*))?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(match[1]! + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

const normalHeader = (text: string) => text.trim().toLocaleLowerCase().replace(/[\s_]+/g, '');

/** Which column holds what, from the header row; null when a required column is missing (its names are listed). */
export function columnsOf(header: readonly string[]): { ok: true; columns: Partial<Record<ImportColumn, number>> } | { ok: false; missing: ImportColumn[] } {
  const columns: Partial<Record<ImportColumn, number>> = {};
  header.forEach((cell, index) => {
    const name = normalHeader(cell);
    const column = importColumns.find((candidate) => headerNames[candidate].includes(name));
    if (column && columns[column] === undefined) columns[column] = index;
  });
  const missing = requiredColumns.filter((column) => columns[column] === undefined);
  return missing.length > 0 ? { ok: false, missing } : { ok: true, columns };
}

/**
 * The movements of some data rows (a chunk of the file), or the problems found in them.
 * `firstRow` is the 1-based file row of `rows[0]`, so messages point at the spreadsheet row.
 * A transfer becomes its two halves, sharing a transfer id made from the row number.
 */
export function movementsOfRows(
  rows: readonly (readonly string[])[],
  columns: Partial<Record<ImportColumn, number>>,
  context: ImportContext,
  firstRow: number,
  importId: string,
): { drafts: ImportedDraft[]; errors: ImportRowError[] } {
  const drafts: ImportedDraft[] = [];
  const errors: ImportRowError[] = [];
  const digits = minorDigits(context.currency);
  const cell = (row: readonly string[], column: ImportColumn) => (columns[column] === undefined ? '' : (row[columns[column]!] ?? '').trim());
  rows.forEach((row, index) => {
    if (row.every((text) => text.trim() === '')) return;
    const rowNumber = firstRow + index;
    const fail = (problem: ImportRowProblem, text: string) => errors.push({ row: rowNumber, problem, text });
    const date = cell(row, 'date');
    const kind = typeNames[normalHeader(cell(row, 'type'))];
    const item = context.itemsBySku.get(cell(row, 'sku'));
    const locationId = context.locationIdsByCode.get(cell(row, 'location').toLocaleLowerCase());
    if (!isIsoDate(date)) return fail('dateInvalid', date);
    if (!kind) return fail('typeUnknown', cell(row, 'type'));
    if (!item) return fail('itemUnknown', cell(row, 'sku'));
    if (!locationId) return fail('locationUnknown', cell(row, 'location'));
    const quantity = context.parseQuantity(cell(row, 'quantity'), item.unit);
    if (quantity === null || quantity <= 0) return fail('quantityInvalid', cell(row, 'quantity'));
    const base = { date, itemId: item.id, locationId, source: { kind: 'import' as const, id: importId } };
    const reason = cell(row, 'reason');
    const withReason = reason ? { reason } : {};
    if (kind === 'opening' || kind === 'receipt') {
      const valueText = cell(row, 'value');
      if (!valueText) return fail('valueMissing', '');
      const value = decimalMinor(valueText, digits);
      if (value === null) return fail('valueInvalid', valueText);
      drafts.push({ ...base, ...withReason, kind, quantity, value });
    } else if (kind === 'transfer') {
      const toText = cell(row, 'toLocation');
      const to = context.locationIdsByCode.get(toText.toLocaleLowerCase());
      if (!to) return fail(toText ? 'locationUnknown' : 'toLocationMissing', toText);
      const transferId = `${importId}-${rowNumber}`;
      drafts.push({ ...base, ...withReason, kind: 'transferOut', quantity: -quantity, transferId });
      drafts.push({ ...base, ...withReason, kind: 'transferIn', locationId: to, quantity, transferId });
    } else {
      drafts.push({ ...base, ...withReason, kind, quantity: -quantity });
    }
  });
  return { drafts, errors };
}
