import type { CatalogItem } from '../../../../../shared/catalog/types';
import { lineStatus, type LineStatus } from '../../../../../shared/stock/countVariance';
import type { CountLine, StockLocation } from '../../../../../shared/stock/types';
import { orderedSheets } from './countSheetsReport';
import type { StocktakeView } from '../../../db/repositories/stocktakes';

/** One row of the counting screen: a line of a sheet with its item and place. */
export type CountingRow = { key: string; locationId: string; location: StockLocation; item: CatalogItem; line: CountLine; status: LineStatus };

/** The rows of the chosen place (or of every place), in walking order: by shelf code, then SKU. */
export function countingRows(view: StocktakeView, locationId: string | null): CountingRow[] {
  const rows: CountingRow[] = [];
  for (const { sheet, location } of orderedSheets(view, locationId === null ? undefined : [locationId])) {
    for (const line of sheet.lines) {
      const item = view.items.get(line.itemId);
      if (!item) continue;
      const status = lineStatus(line, sheet.locationId, view.moved, view.stocktake.tolerancePercent);
      rows.push({ key: `${sheet.locationId}/${line.itemId}`, locationId: sheet.locationId, location, item, line, status });
    }
  }
  return rows;
}

/** Scanned codes to row positions: every barcode and SKU of each row's item (upper case), in row order. */
export function scanIndex(rows: readonly CountingRow[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (code: string, at: number) => {
    const key = code.trim().toUpperCase();
    if (key === '') return;
    const found = index.get(key);
    if (found) {
      if (found[found.length - 1] !== at) found.push(at);
    } else {
      index.set(key, [at]);
    }
  };
  rows.forEach((row, at) => {
    for (const code of row.item.barcodes) add(code, at);
    add(row.item.sku, at);
  });
  return index;
}

/** Every item of the catalog by code, for a scan of an item that is not on the sheets. */
export function catalogIndex(items: Iterable<CatalogItem>): Map<string, CatalogItem> {
  const index = new Map<string, CatalogItem>();
  for (const item of items) {
    for (const code of [...item.barcodes, item.sku]) {
      const key = code.trim().toUpperCase();
      if (key !== '' && !index.has(key)) index.set(key, item);
    }
  }
  return index;
}

/** Of the rows carrying a code, the first still to count, else the first. */
export function rowForScan(rows: readonly CountingRow[], positions: readonly number[]): number {
  return positions.find((at) => rows[at]!.line.counted === null) ?? positions[0]!;
}
