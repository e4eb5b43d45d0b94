import { todayIso } from '../../../../../shared/dates';
import { preferredMarks, priceAfterChange, validatePrice, type PriceDraft } from '../../../../../shared/purchasing/prices';
import { PurchasingRejected, refuseIfAny } from '../../../../../shared/purchasing/problems';
import type { SupplierPrice } from '../../../../../shared/purchasing/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';

const priceMissing = (id: string) => new PurchasingRejected([{ code: 'priceGone', params: { id } }]);

/** Every price of an item, by supplier. */
export const pricesOfItem = (db: BackofficeDb, itemId: string) => db.supplierPrices.where('itemId').equals(itemId).toArray();

/** Every price a supplier has given. */
export const pricesOfSupplier = (db: BackofficeDb, supplierId: string) => db.supplierPrices.where('supplierId').equals(supplierId).toArray();

/**
 * Adds a supplier's price for an item (no id) or changes one, in one audited transaction:
 * a new price keeps the old one in its history; marking it preferred unmarks the item's
 * other prices, and an item's first price is its preferred one.
 */
export async function saveSupplierPrice(db: BackofficeDb, draft: PriceDraft, id?: string): Promise<SupplierPrice> {
  return writeWithAudit(
    db,
    [db.supplierPrices],
    'supplierPriceSaved',
    async () => {
      const [itemPrices, supplier, item] = await Promise.all([pricesOfItem(db, draft.itemId), db.suppliers.get(draft.supplierId), db.items.get(draft.itemId)]);
      const existing = id === undefined ? undefined : itemPrices.find((price) => price.id === id);
      if (id !== undefined && !existing) throw priceMissing(id);
      if (!item) throw new PurchasingRejected([{ code: 'priceItemMissing', params: { item: draft.itemId } }]);
      refuseIfAny(validatePrice(draft, { supplier, itemPrices, ...(id ? { id } : {}) }));
      const at = now();
      const saved = priceAfterChange(existing, draft, { id: newId(), at, today: todayIso() });
      const others = itemPrices.filter((price) => price.id !== saved.id);
      // Unticking the preferred price hands the mark to another price of the item.
      const marks = preferredMarks(saved.preferred ? [saved, ...others] : [...others, saved], saved.preferred ? saved.id : undefined);
      const marked = (price: SupplierPrice) => marks.find((mark) => mark.id === price.id) ?? price;
      const written = [marked(saved), ...others.filter((price) => marks.some((mark) => mark.id === price.id)).map((price) => ({ ...marked(price), updatedAt: at }))];
      await db.supplierPrices.bulkPut(written);
      return { result: written[0]!, recordIds: written.map((price) => price.id) };
    },
    { alsoReads: [db.suppliers, db.items] },
  );
}

/** Makes one price the item's preferred one and unmarks the others, in one transaction. */
export async function setPreferredPrice(db: BackofficeDb, id: string): Promise<void> {
  await writeWithAudit(db, [db.supplierPrices], 'supplierPriceSaved', async () => {
    const price = await db.supplierPrices.get(id);
    if (!price) throw priceMissing(id);
    const marks = preferredMarks(await pricesOfItem(db, price.itemId), id).map((mark) => ({ ...mark, updatedAt: now() }));
    await db.supplierPrices.bulkPut(marks);
    return { result: undefined, recordIds: marks.map((mark) => mark.id) };
  });
}

/** Removes a supplier's price of an item; when it was the preferred one, the next price becomes preferred. */
export async function deleteSupplierPrice(db: BackofficeDb, id: string): Promise<void> {
  await writeWithAudit(db, [db.supplierPrices], 'supplierPriceSaved', async () => {
    const price = await db.supplierPrices.get(id);
    if (!price) throw priceMissing(id);
    await db.supplierPrices.delete(id);
    const marks = preferredMarks((await pricesOfItem(db, price.itemId)).filter((other) => other.id !== id));
    await db.supplierPrices.bulkPut(marks);
    return { result: undefined, recordIds: [id, ...marks.map((mark) => mark.id)] };
  });
}
