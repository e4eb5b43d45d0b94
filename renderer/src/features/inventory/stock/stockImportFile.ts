import { parseQuantity } from '../../../../../shared/catalog/quantities';
import { readCsvRows } from '../../../../../shared/bank/csv';
import { decodeStatement } from '../../../../../shared/bank/encoding';
import type { StatementEncoding } from '../../../../../shared/bank/types';
import { columnsOf, movementsOfRows, type ImportColumn, type ImportedDraft, type ImportRowError } from '../../../../../shared/stock/importMovements';
import { appDb } from '../../../db/appDb';
import { newId } from '../../../db/audit';
import { readCurrency } from './stockData';

/** A checked file: its movements ready to import, or why it cannot be. */
export type CheckedFile =
  | { kind: 'ready'; fileName: string; encoding: StatementEncoding; drafts: ImportedDraft[]; rows: number; from: string; to: string }
  | { kind: 'rowErrors'; fileName: string; errors: ImportRowError[]; rows: number }
  | { kind: 'columnsMissing'; fileName: string; missing: ImportColumn[] }
  | { kind: 'unreadable'; fileName: string; reason: string };

const checkChunk = 50_000;

/**
 * Reads a CSV file of movements: its encoding as the bank import detects it, its columns
 * from the header, then the rows a chunk at a time (the window stays responsive and shows
 * how far it got) against the catalog's SKUs and the live locations' codes.
 */
export async function checkStockFile(file: { name: string; bytes: Uint8Array }, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<CheckedFile | null> {
  const decoded = decodeStatement(file.bytes);
  if (!decoded.ok) return { kind: 'unreadable', fileName: file.name, reason: decoded.error };
  const { rows } = readCsvRows(decoded.text);
  const header = rows[0] ?? [];
  const columns = columnsOf(header);
  if (!columns.ok) return { kind: 'columnsMissing', fileName: file.name, missing: columns.missing };
  const [items, locations, currency] = await Promise.all([appDb.items.toArray(), appDb.locations.toArray(), readCurrency()]);
  const context = {
    itemsBySku: new Map(items.filter((item) => !item.archived).map((item) => [item.sku, item])),
    locationIdsByCode: new Map(locations.filter((location) => !location.archived).map((location) => [location.code.toLocaleLowerCase(), location.id])),
    currency,
    parseQuantity: (text: string, unit: (typeof items)[number]['unit']) => {
      const read = parseQuantity(text, unit);
      return read.ok ? read.value : null;
    },
  };
  const importId = newId();
  const drafts: ImportedDraft[] = [];
  const errors: ImportRowError[] = [];
  const total = rows.length - 1;
  for (let start = 1; start < rows.length; start += checkChunk) {
    if (signal.aborted) return null;
    const part = movementsOfRows(rows.slice(start, start + checkChunk), columns.columns, context, start + 1, importId);
    for (const draft of part.drafts) drafts.push(draft);
    for (const error of part.errors) if (errors.length < 200) errors.push(error);
    onProgress(Math.min(start - 1 + checkChunk, total), total);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (errors.length > 0) return { kind: 'rowErrors', fileName: file.name, errors, rows: total };
  let from = '';
  let to = '';
  for (const draft of drafts) {
    if (!from || draft.date < from) from = draft.date;
    if (!to || draft.date > to) to = draft.date;
  }
  return { kind: 'ready', fileName: file.name, encoding: decoded.encoding, drafts, rows: total, from, to };
}
