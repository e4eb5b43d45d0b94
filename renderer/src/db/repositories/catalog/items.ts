import {
  CatalogRejected,
  normalizeBarcode,
  skuKey,
  tidyItemDraft,
  validateItem,
  type CatalogItem,
  type ItemDraft,
} from '../../../../../shared/catalog';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { readCategories, storeBuiltInCategories } from './categories';

/** The items holding this SKU in any case (an index lookup, not a scan). */
function itemsWithSku(db: BackofficeDb, sku: string): Promise<CatalogItem[]> {
  return db.items.where('sku').equalsIgnoreCase(sku.trim()).toArray();
}

/** True when the item has stock on hand anywhere. */
export async function hasStockOnHand(db: BackofficeDb, itemId: string): Promise<boolean> {
  const level = await db.stockLevels.get(itemId);
  return level !== undefined && (level.quantity !== 0 || Object.values(level.byLocation ?? {}).some((place) => place.quantity !== 0));
}

export function createCatalogItems(db: BackofficeDb) {
  /** Every item, archived ones too (the screen filters); a catalog of 10,000 reads in one go. */
  const listItems = (): Promise<CatalogItem[]> => db.items.toArray();

  const getItem = (id: string): Promise<CatalogItem | undefined> => db.items.get(id);

  /** The item a scanned or typed barcode belongs to (spaces ignored), archived ones included. */
  async function findItemByBarcode(barcode: string): Promise<CatalogItem | undefined> {
    const code = normalizeBarcode(barcode);
    return code === '' ? undefined : db.items.where('barcodes').equals(code).first();
  }

  /** The item with this SKU, whatever its case. */
  async function findItemBySku(sku: string): Promise<CatalogItem | undefined> {
    return (await itemsWithSku(db, sku))[0];
  }

  /**
   * Adds an item (no id) or changes one, after checking it again inside the transaction
   * against the catalog, the chart and the VAT codes as they are then. Refuses with
   * CatalogRejected; nothing is stored then.
   */
  async function saveItem(input: ItemDraft, id?: string): Promise<CatalogItem> {
    const draft = tidyItemDraft(input);
    return writeWithAudit(
      db,
      [db.items, db.itemCategories],
      'itemSaved',
      async () => {
        const existing = id === undefined ? undefined : await db.items.get(id);
        if (id !== undefined && !existing) throw new CatalogRejected([{ key: 'itemNotFound', field: 'item' }]);
        const [skuTwins, barcodeTwins, categories, vatCodes, accounts, hasStock] = await Promise.all([
          itemsWithSku(db, draft.sku),
          draft.barcodes.length > 0 ? db.items.where('barcodes').anyOf(draft.barcodes).toArray() : Promise.resolve([]),
          readCategories(db),
          db.vatCodes.toArray(),
          db.accounts.toArray(),
          existing ? hasStockOnHand(db, existing.id) : Promise.resolve(false),
        ]);
        const problems = validateItem(draft, {
          ...(existing ? { existing } : {}),
          skuOwner: (sku) => skuTwins.find((item) => skuKey(item.sku) === skuKey(sku) && item.id !== existing?.id) ?? skuTwins[0],
          barcodeOwner: (code) => barcodeTwins.find((item) => item.barcodes.includes(code) && item.id !== existing?.id),
          categories,
          vatCodes,
          accounts,
          hasStock,
        });
        if (problems.length > 0) throw new CatalogRejected(problems);
        const created = await storeBuiltInCategories(db);
        const at = now();
        const item: CatalogItem = { ...draft, id: existing?.id ?? newId(), createdAt: existing?.createdAt ?? at, updatedAt: at };
        if (!draft.notes) delete item.notes;
        await db.items.put(item);
        return { result: item, recordIds: [item.id, ...created] };
      },
      { alsoReads: [db.vatCodes, db.accounts, db.stockLevels] },
    );
  }

  /** Archives an item (it keeps its SKU and barcodes, and leaves the pickers) or brings it back. */
  async function setItemArchived(id: string, archived: boolean): Promise<CatalogItem> {
    return writeWithAudit(db, [db.items], 'itemSaved', async () => {
      const existing = await db.items.get(id);
      if (!existing) throw new CatalogRejected([{ key: 'itemNotFound', field: 'item' }]);
      const item: CatalogItem = { ...existing, archived, updatedAt: now() };
      await db.items.put(item);
      return { result: item, recordIds: [id] };
    });
  }

  /** Stock on hand per item id, in the item's smallest units, for the items that have a level. */
  async function onHandByItem(): Promise<Map<string, number>> {
    const levels = await db.stockLevels.toArray();
    return new Map(levels.map((level) => [level.itemId, level.quantity]));
  }

  return { listItems, getItem, findItemByBarcode, findItemBySku, saveItem, setItemArchived, onHandByItem };
}
