import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PurchasingRejected } from '../../../../../shared/purchasing/problems';
import type { OrderLineDraft } from '../../../../../shared/purchasing/orderDrafts';
import { createDraftOrders } from './draftOrders';
import { purchasingTestBook, storeSuppliers, testSupplier } from './purchasingTesting';

const paperLine = (itemId: string): OrderLineDraft => ({
  itemId, description: 'Copy paper A4', supplierSku: 'CP-500', quantity: 2500, unit: { code: 'pcs', decimals: 0 },
  price: 450, priceUnit: 500, vatCodeId: null, accountId: null, requestIds: [],
});

describe('draft purchase orders', () => {
  it('numbers orders per year of their date and sets the expected date from the lead time', async () => {
    const { db, suppliers, items } = await purchasingTestBook();
    const orders = await createDraftOrders(db, [
      { supplierId: suppliers.office.id, orderDate: '2026-12-30', lines: [paperLine(items.paper.id)] },
      { supplierId: suppliers.toner.id, orderDate: '2027-01-02', lines: [] },
      { supplierId: suppliers.office.id, orderDate: '2026-12-31', lines: [] },
    ]);
    expect(orders.map((order) => order.number)).toEqual(['PO-2026-0001', 'PO-2027-0001', 'PO-2026-0002']);
    expect(orders[0]).toMatchObject({ status: 'draft', supplierName: 'Office Depot Kft.', expectedDate: '2027-01-04', currency: 'EUR' });
    expect(orders[0]!.lines[0]).toMatchObject({ received: 0, billed: 0, closedShort: false, quantity: 2500 });
    expect(await db.purchaseOrders.count()).toBe(3);
  });

  it('refuses an archived supplier and writes nothing, not even a number', async () => {
    const { db, suppliers, items } = await purchasingTestBook();
    const gone = testSupplier('Closed Shop Bt.', { archived: true });
    await storeSuppliers(db, [gone]);
    const attempt = createDraftOrders(db, [
      { supplierId: suppliers.office.id, orderDate: '2026-12-01', lines: [paperLine(items.paper.id)] },
      { supplierId: gone.id, orderDate: '2026-12-01', lines: [] },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(PurchasingRejected);
    expect(await db.purchaseOrders.count()).toBe(0);
    const [order] = await createDraftOrders(db, [{ supplierId: suppliers.office.id, orderDate: '2026-12-01', lines: [] }]);
    expect(order!.number).toBe('PO-2026-0001');
  });
});
