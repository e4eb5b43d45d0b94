import { enterCount } from '../../../../../shared/stock/countVariance';
import type { CountLine, StocktakeSheet } from '../../../../../shared/stock/types';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { StocktakeRejected } from './problems';

/** A figure entered for one item on one sheet; null empties the line again. */
export type CountEntry = { itemId: string; counted: number | null; recount?: boolean };

export type CountSave = { stocktakeId: string; locationId: string; counts: CountEntry[]; countedBy?: string };

function checkCount(entry: CountEntry): void {
  if (entry.counted === null) return;
  if (!Number.isSafeInteger(entry.counted)) throw new StocktakeRejected('negativeCount', { counted: String(entry.counted) });
  if (entry.counted < 0) throw new StocktakeRejected('negativeCount', { counted: entry.counted });
}

/**
 * Saves counts on one place's sheet. The sheet is read again inside the transaction and
 * only the entered lines change, so people counting other places (or other lines of this
 * one, from another window) keep what they saved. An item found where the books had none
 * gets a line of its own (expected zero).
 */
export async function saveCounts(db: BackofficeDb, save: CountSave): Promise<StocktakeSheet> {
  save.counts.forEach(checkCount);
  return writeWithAudit(
    db,
    [db.stocktakeSheets],
    'stocktakeCounted',
    async () => {
      const [stocktake, sheet, items] = await Promise.all([
        db.stocktakes.get(save.stocktakeId),
        db.stocktakeSheets.get([save.stocktakeId, save.locationId]),
        db.items.bulkGet(save.counts.map((entry) => entry.itemId)),
      ]);
      if (!stocktake) throw new StocktakeRejected('notFound');
      if (stocktake.status !== 'counting') throw new StocktakeRejected('notCounting', { number: stocktake.number });
      items.forEach((item, index) => {
        if (!item) throw new StocktakeRejected('notFound');
        if (item.archived && save.counts[index]!.counted !== null) throw new StocktakeRejected('itemArchived', { name: item.name, sku: item.sku });
      });
      const at = now();
      const lines: CountLine[] = [...(sheet?.lines ?? [])];
      const where = new Map(lines.map((line, index) => [line.itemId, index]));
      for (const entry of save.counts) {
        const index = where.get(entry.itemId);
        const line = index === undefined ? { itemId: entry.itemId, expected: 0, counted: null } : lines[index]!;
        const next = enterCount(line, entry.counted, entry.recount === true, at, save.countedBy);
        if (index === undefined) {
          where.set(entry.itemId, lines.length);
          lines.push(next);
        } else {
          lines[index] = next;
        }
      }
      const stored: StocktakeSheet = { stocktakeId: save.stocktakeId, locationId: save.locationId, lines, updatedAt: at };
      await db.stocktakeSheets.put(stored);
      return { result: stored, recordIds: [save.stocktakeId, save.locationId] };
    },
    { alsoReads: [db.stocktakes, db.items] },
  );
}

/**
 * Gives an unknown scanned code to an item, so the next scan finds it. A code that already
 * belongs to another item is refused, naming that item.
 */
export async function attachBarcode(db: BackofficeDb, itemId: string, code: string): Promise<void> {
  const barcode = code.trim();
  await writeWithAudit(db, [db.items], 'itemSaved', async () => {
    const [item, holder] = await Promise.all([db.items.get(itemId), db.items.where('barcodes').equals(barcode).first()]);
    if (!item) throw new StocktakeRejected('notFound');
    if (holder && holder.id !== itemId) throw new StocktakeRejected('barcodeTaken', { code: barcode, name: holder.name });
    if (!item.barcodes.includes(barcode)) await db.items.put({ ...item, barcodes: [...item.barcodes, barcode], updatedAt: now() });
    return { result: undefined, recordIds: [itemId] };
  });
}

export type QuickItem = { sku: string; name: string; unitCode: string; barcode: string };

/**
 * A new catalog item made at the count, from a scanned code no item has: the few facts a
 * counter knows (SKU, name, unit); the catalog screen completes it later.
 */
export async function createItemAtCount(db: BackofficeDb, input: QuickItem): Promise<CatalogItem> {
  const sku = input.sku.trim();
  const name = input.name.trim();
  const barcode = input.barcode.trim();
  if (sku === '' || name === '') throw new StocktakeRejected('itemIncomplete');
  return writeWithAudit(db, [db.items], 'itemSaved', async () => {
    const [sameSku, sameCode] = await Promise.all([db.items.where('sku').equals(sku).first(), db.items.where('barcodes').equals(barcode).first()]);
    if (sameSku) throw new StocktakeRejected('skuTaken', { sku, name: sameSku.name });
    if (sameCode) throw new StocktakeRejected('barcodeTaken', { code: barcode, name: sameCode.name });
    const at = now();
    const item: CatalogItem = {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      sku,
      name,
      categoryId: 'other',
      unit: { code: input.unitCode.trim() || 'pcs', decimals: 0 },
      packs: [],
      barcodes: barcode === '' ? [] : [barcode],
      vatCodeId: null,
      accountId: null,
      reorderPoint: null,
      reorderQuantity: null,
      archived: false,
    };
    await db.items.add(item);
    return { result: item, recordIds: [item.id] };
  });
}
