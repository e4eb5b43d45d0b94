import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import type { PurchaseOrder } from '../../../../../shared/purchasing/types';
import { now, writeWithAudit } from '../../audit';
import { createStockRepository } from '../stock';
import { seedRecords } from '../stock/stockTesting';
import { createDraftOrders } from './draftOrders';
import { purchasingTestBook, testSupplier } from './purchasingTesting';
import { readReorderSuggestions } from './reorder';
import { reorderDrafts } from '../../../../../shared/purchasing/reorder';
import { createRequest } from './requests';
import { storePrices, testPrice } from './requestsTesting';

describe('reorder suggestions of a book', () => {
  it('suggests what is low in whole packs of the preferred supplier, and a created draft stops the suggestion', async () => {
    const { db, items, places, suppliers } = await purchasingTestBook();
    await seedRecords(db, async () => {
      await db.items.update(items.paper.id, { reorderPoint: 2000, reorderQuantity: 2600 });
      await db.items.update(items.toner.id, { reorderPoint: 2, reorderQuantity: null, maxLevel: 6 });
    });
    await createStockRepository(db).record([
      { date: '2026-11-02', kind: 'opening', itemId: items.paper.id, locationId: places.main.id, quantity: 1500, value: 1350, source: { kind: 'import' } },
      { date: '2026-11-02', kind: 'opening', itemId: items.paper.id, locationId: places.shelf.id, quantity: 500, value: 450, source: { kind: 'import' } },
      { date: '2026-11-02', kind: 'opening', itemId: items.toner.id, locationId: places.main.id, quantity: 3, value: 9000, source: { kind: 'import' } },
    ]);
    await storePrices(db, [
      testPrice(items.paper.id, suppliers.office.id, { packSize: 2500, price: 2250, priceUnit: 2500 }),
      testPrice(items.paper.id, suppliers.toner.id, { preferred: false }),
    ]);
    await createRequest(db, { itemId: items.toner.id, description: 'Toner 05A', quantity: 2, unit: { code: 'pcs', decimals: 0 }, requestedBy: 'Anna', department: '', neededBy: null });

    const groups = await readReorderSuggestions(db);
    expect(groups.map((group) => group.supplier?.name ?? null)).toEqual(['Office Depot Kft.', null]);
    expect(groups[0]!.suggestions[0]).toMatchObject({ onHand: 2000, onOrder: 0, requested: 0, available: 2000, need: 2600, quantity: 5000 });
    // Toner: 3 on hand − 2 requested = 1, at or below 2: up to its maximum of 6.
    expect(groups[1]!.suggestions[0]).toMatchObject({ onHand: 3, requested: 2, available: 1, need: 5, quantity: 5, price: null });

    const [paper] = groups[0]!.suggestions;
    await createDraftOrders(db, reorderDrafts([{ item: paper!.item, quantity: paper!.quantity, supplierId: suppliers.office.id, price: paper!.price }], '2026-12-03'));
    const after = await readReorderSuggestions(db);
    expect(after.map((group) => group.supplier?.name ?? null)).toEqual([null]);
  });

  it('answers a second opening from the last read until anything is written, then reads the change', async () => {
    const { db, items, places, suppliers } = await purchasingTestBook();
    await seedRecords(db, async () => {
      await db.items.update(items.paper.id, { reorderPoint: 10, reorderQuantity: 20 });
    });
    const first = await readReorderSuggestions(db);
    expect(first.flatMap((group) => group.suggestions.map((row) => row.onHand))).toEqual([0]);
    // Nothing written: the same suggestions, not read again.
    expect(await readReorderSuggestions(db)).toBe(first);

    // Stock arriving lifts paper above its point.
    await createStockRepository(db).record([{ date: '2026-11-02', kind: 'opening', itemId: items.paper.id, locationId: places.main.id, quantity: 50, value: 45, source: { kind: 'import' } }]);
    expect(await readReorderSuggestions(db)).toEqual([]);

    // A new price makes the office supplier its preferred one.
    await seedRecords(db, async () => {
      await db.items.update(items.paper.id, { reorderPoint: 60 });
    });
    expect((await readReorderSuggestions(db)).map((group) => group.supplier?.name ?? null)).toEqual([null]);
    await storePrices(db, [testPrice(items.paper.id, suppliers.office.id)]);
    const priced = await readReorderSuggestions(db);
    expect(priced.map((group) => group.supplier?.name ?? null)).toEqual(['Office Depot Kft.']);
    expect(await readReorderSuggestions(db)).toBe(priced);
    // A write to nothing the suggestions are made of (a new place) keeps them.
    await writeWithAudit(db, [db.locations], 'locationSaved', async () => {
      await db.locations.add({ ...places.shelf, id: 'place-back', name: 'Back room' });
      return { result: undefined, recordIds: ['place-back'] };
    });
    expect(await readReorderSuggestions(db)).toBe(priced);
  });

  it('reads a book of 5,000 items and 20,000 orders of 100,000 lines right', async () => {
    const { db } = await purchasingTestBook();
    const at = now();
    const supplierList = Array.from({ length: 300 }, (_, index) => testSupplier(`Supplier ${String(index).padStart(3, '0')}`));
    const catalog: CatalogItem[] = Array.from({ length: 5000 }, (_, index) => ({
      id: `item-${index}`, createdAt: at, updatedAt: at, sku: `SKU-${String(index).padStart(5, '0')}`, name: `Item ${index}`, categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 },
      packs: [], barcodes: [], vatCodeId: null, accountId: null, reorderPoint: 20, reorderQuantity: 30, archived: false,
    }));
    const statuses: PurchaseOrder['status'][] = ['closed', 'closed', 'received', 'cancelled', 'closed', 'ordered', 'closed', 'closed', 'partiallyReceived', 'draft'];
    const orders: PurchaseOrder[] = Array.from({ length: 20_000 }, (_, index) => ({
      id: `order-${index}`, createdAt: at, updatedAt: at, number: `PO-2026-${String(index).padStart(5, '0')}`, supplierId: supplierList[index % 300]!.id, supplierName: '',
      status: statuses[Math.floor(index / 1000) % statuses.length]!, orderDate: '2026-06-01', expectedDate: null, deliveryAddress: '', locationId: null, currency: 'EUR', terms: '', notes: '', department: '',
      lines: Array.from({ length: 5 }, (_, line) => ({
        id: `line-${index}-${line}`, itemId: `item-${(index * 5 + line) % 5000}`, description: '', supplierSku: '', quantity: 1, unit: { code: 'pcs', decimals: 0 },
        price: 100, priceUnit: 1, vatCodeId: null, accountId: null, received: 0, billed: 0, closedShort: false, requestIds: [],
      })),
      receiptIds: [], billIds: [], orderedAt: null, closedAt: null, cancelledAt: null,
    }));
    await writeWithAudit(db, [db.items, db.suppliers, db.supplierPrices, db.purchaseOrders, db.stockLevels], 'itemsImported', async () => {
      await db.items.bulkAdd(catalog);
      await db.suppliers.bulkAdd(supplierList);
      await db.supplierPrices.bulkAdd(catalog.map((item, index) => testPrice(item.id, supplierList[index % 300]!.id, { packSize: 12 })));
      await db.purchaseOrders.bulkAdd(orders);
      // Every item has 10 + (index mod 20) on hand: items 0..9 of each twenty are low.
      await db.stockLevels.bulkAdd(catalog.map((item, index) => ({ itemId: item.id, quantity: 10 + (index % 20), value: 0, byLocation: {}, periods: [] })));
      return { result: undefined, recordIds: [] };
    });
    const groups = await readReorderSuggestions(db);
    const suggestions = groups.flatMap((group) => group.suggestions);
    // Item j is on orders j div 5 + 1000 k (k < 20), one of each status block twice; 3 of 10 are open: 6 to come.
    expect(new Set(suggestions.map((row) => row.onOrder))).toEqual(new Set([6]));
    // Available = 16 + (index mod 20): at or below 20 for index mod 20 in 0..4.
    expect(suggestions).toHaveLength(1250);
    expect(suggestions.every((row) => row.quantity === 36 && row.need === 30)).toBe(true);
    // Item i goes to supplier i mod 300: the low ones (i mod 20 < 5) to 75 of them.
    expect(groups).toHaveLength(75);
  }, 300_000);
});
