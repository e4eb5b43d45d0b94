import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PriceDraft } from '../../../../../shared/purchasing/prices';
import { PurchasingRejected } from '../../../../../shared/purchasing/problems';
import { deleteSupplierPrice, pricesOfItem, saveSupplierPrice, setPreferredPrice } from './prices';
import { purchasingTestBook, storeSuppliers, testSupplier } from './purchasingTesting';

const draft = (itemId: string, supplierId: string, extra: Partial<PriceDraft> = {}): PriceDraft => ({
  itemId, supplierId, preferred: false, supplierSku: 'CP-500', price: 450, priceUnit: 500, currency: 'EUR', packSize: 500, minimumQuantity: 0, ...extra,
});
const preferredOf = async (db: Awaited<ReturnType<typeof purchasingTestBook>>['db'], itemId: string) =>
  (await pricesOfItem(db, itemId)).filter((price) => price.preferred).map((price) => price.supplierId);

describe('supplier prices', () => {
  it("makes an item's first price preferred, and one preferred price unmarks the others in the same write", async () => {
    const { db, items, suppliers } = await purchasingTestBook();
    const office = await saveSupplierPrice(db, draft(items.paper.id, suppliers.office.id));
    expect(office.preferred).toBe(true);
    await saveSupplierPrice(db, draft(items.paper.id, suppliers.toner.id, { price: 430 }));
    expect(await preferredOf(db, items.paper.id)).toEqual([suppliers.office.id]);
    const toner = await saveSupplierPrice(db, draft(items.paper.id, suppliers.toner.id, { price: 430, preferred: true }), (await pricesOfItem(db, items.paper.id)).find((price) => price.supplierId === suppliers.toner.id)!.id);
    expect(await preferredOf(db, items.paper.id)).toEqual([suppliers.toner.id]);
    expect((await db.auditLog.toArray()).at(-1)).toMatchObject({ action: 'supplierPriceSaved', recordIds: [toner.id, office.id] });
    await setPreferredPrice(db, office.id);
    expect(await preferredOf(db, items.paper.id)).toEqual([suppliers.office.id]);
    // Another item's preferred price is its own business.
    await saveSupplierPrice(db, draft(items.toner.id, suppliers.toner.id));
    expect(await preferredOf(db, items.toner.id)).toEqual([suppliers.toner.id]);
    // Removing the preferred price hands the mark on.
    await deleteSupplierPrice(db, office.id);
    expect(await preferredOf(db, items.paper.id)).toEqual([suppliers.toner.id]);
  });

  it('keeps the earlier price in the history when the price changes', async () => {
    const { db, items, suppliers } = await purchasingTestBook();
    const first = await saveSupplierPrice(db, draft(items.paper.id, suppliers.office.id));
    const changed = await saveSupplierPrice(db, draft(items.paper.id, suppliers.office.id, { price: 480 }), first.id);
    expect(changed.history).toEqual([{ price: 450, priceUnit: 500, validFrom: first.validFrom, changedAt: changed.updatedAt }]);
    expect((await db.supplierPrices.get(first.id))!.price).toBe(480);
  });

  it('refuses a second price of one supplier for an item and an archived supplier, writing nothing', async () => {
    const { db, items, suppliers } = await purchasingTestBook();
    await saveSupplierPrice(db, draft(items.paper.id, suppliers.office.id));
    const gone = testSupplier('Closed Shop', { archived: true });
    await storeSuppliers(db, [gone]);
    for (const [write, code] of [
      [saveSupplierPrice(db, draft(items.paper.id, suppliers.office.id, { price: 1 })), 'priceSupplierTwice'],
      [saveSupplierPrice(db, draft(items.paper.id, gone.id)), 'supplierArchived'],
      [saveSupplierPrice(db, draft(items.paper.id, suppliers.toner.id, { packSize: 0 })), 'pricePackSizeInvalid'],
    ] as const) {
      await expect(write).rejects.toThrow(PurchasingRejected);
      await write.catch((error: PurchasingRejected) => expect(error.problems.map((problem) => problem.code)).toEqual([code]));
    }
    expect(await db.supplierPrices.count()).toBe(1);
  });
});
