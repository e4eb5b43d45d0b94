import { expect, type Locator, type Page } from '@playwright/test';
import type { ItemCategory, CatalogItem } from '../../../shared/catalog/types';
import type { GoodsReceipt, OrderLine, PurchaseBill, PurchaseOrder, PurchaseRequest, Supplier, SupplierPrice } from '../../../shared/purchasing/types';

/** Records for the purchasing tables, written as they are. */
export type PurchasingRecords = {
  itemCategories?: ItemCategory[];
  items?: CatalogItem[];
  suppliers?: Supplier[];
  supplierPrices?: SupplierPrice[];
  purchaseRequests?: PurchaseRequest[];
  purchaseOrders?: PurchaseOrder[];
  goodsReceipts?: GoodsReceipt[];
  purchaseBills?: PurchaseBill[];
};

/**
 * Writes records straight into the app's IndexedDB (raw IndexedDB, one transaction), as
 * the purchasing screens would have left them; the page under test only reads them.
 */
export async function seedPurchasing(page: Page, records: PurchasingRecords): Promise<void> {
  await page.evaluate(async (tables) => {
    const names = (await indexedDB.databases()).map((info) => info.name);
    let name = 'backoffice';
    if (names.includes('backoffice-directory')) {
      const directory = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('backoffice-directory');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const active = await new Promise<unknown>((resolve) => {
        const request = directory.transaction('directory').objectStore('directory').get('active');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(undefined);
      });
      directory.close();
      if (typeof active === 'string') name = active;
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [table, list] of Object.entries(tables)) for (const record of list as unknown[]) tx.objectStore(table).put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records as Record<string, unknown[]>);
}

/** The id of the first record of a table whose `field` is `value`, read raw from the app's database. */
export async function recordIdWhere(page: Page, table: string, field: string, value: string): Promise<string | undefined> {
  return page.evaluate(
    async ([store, key, wanted]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('backoffice');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const records = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return records.find((record) => record[key] === wanted)?.id as string | undefined;
    },
    [table, field, value] as const,
  );
}

/** The ids of the ledger's accounts by their chart template key, read raw (the chart exists once Bookkeeping was opened). */
export async function accountIdsByTemplate(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const accounts = await new Promise<{ id: string; templateKey?: string }[]>((resolve, reject) => {
      const request = db.transaction('accounts').objectStore('accounts').getAll();
      request.onsuccess = () => resolve(request.result as { id: string; templateKey?: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return Object.fromEntries(accounts.filter((account) => account.templateKey).map((account) => [account.templateKey!, account.id]));
  });
}

const at = '2026-01-05T09:00:00.000Z';

/**
 * A record in every purchasing table, for books that must have something everywhere (the
 * full-book backup): a supplier with a price for `itemId`, a request it orders, the order
 * partly received and billed in draft.
 */
export function purchasingSample(itemId: string, locationId: string | null): Required<Pick<PurchasingRecords, 'suppliers' | 'supplierPrices' | 'purchaseRequests' | 'purchaseOrders' | 'goodsReceipts' | 'purchaseBills'>> {
  const supplier = supplierRecord('sample-supplier', 'Paper & Co');
  const line = { ...orderLineRecord('sample-line', itemId, 20, 1_250, 10), billed: 0, requestIds: ['sample-request'] };
  return {
    suppliers: [supplier],
    supplierPrices: [{ id: 'sample-price', createdAt: at, updatedAt: at, itemId, supplierId: supplier.id, preferred: true, supplierSku: 'PC-1', price: 1_250, priceUnit: 1, currency: 'EUR', packSize: 1, minimumQuantity: 0, validFrom: '2026-01-01', history: [] }],
    purchaseRequests: [{ id: 'sample-request', createdAt: at, updatedAt: at, number: 'RQ-2026-0001', itemId, description: 'Paper', quantity: 20, unit: { code: 'pcs', decimals: 0 }, requestedBy: 'Anna', department: 'Sales', neededBy: null, status: 'ordered', decisionNote: '', decidedAt: at, orderId: 'sample-order', orderLineId: line.id }],
    purchaseOrders: [orderRecord('sample-order', 'PO-2026-0001', supplier, 'partiallyReceived', { department: 'Sales', locationId, expectedDate: '2026-03-25', lines: [line], receiptIds: ['sample-receipt'], billIds: ['sample-bill'] })],
    goodsReceipts: [{ id: 'sample-receipt', createdAt: at, number: 'GR-2026-0001', orderId: 'sample-order', date: '2026-03-21', lines: [{ orderLineId: line.id, itemId, quantity: 10, value: 12_500, locationId: locationId ?? '' }], deliveryNote: 'DN-1', note: '', movementIds: [], entryId: null }],
    purchaseBills: [billRecord('sample-bill', supplier, '2026-03-22', [{ id: 'sample-bill-line', orderId: 'sample-order', orderLineId: line.id, description: 'Paper', quantity: 10, price: 1_250, priceUnit: 1, vatCodeId: null, accountId: null }], 'draft')],
  };
}

export function supplierRecord(id: string, name: string): Supplier {
  return {
    id, createdAt: at, updatedAt: at, name, otherNames: [], taxNumber: '', contacts: [], address: '', email: '', phone: '',
    paymentTermsDays: 30, leadTimeDays: 7, currency: 'EUR', tolerance: null, notes: '', archived: false,
  };
}

export function itemRecord(id: string, sku: string, name: string, categoryId: string): CatalogItem {
  return {
    id, createdAt: at, updatedAt: at, sku, name, categoryId, unit: { code: 'pcs', decimals: 0 }, packs: [], barcodes: [], vatCodeId: null, accountId: null,
    reorderPoint: null, reorderQuantity: null, archived: false,
  };
}

export function orderRecord(id: string, number: string, supplier: Supplier, status: PurchaseOrder['status'], fields: Partial<PurchaseOrder> & { lines: OrderLine[] }): PurchaseOrder {
  return {
    id, createdAt: at, updatedAt: at, number, supplierId: supplier.id, supplierName: supplier.name, status, orderDate: '2026-01-05', expectedDate: null,
    deliveryAddress: '', locationId: null, currency: 'EUR', terms: '', notes: '', department: '', receiptIds: [], billIds: [], orderedAt: at, closedAt: null, cancelledAt: null, ...fields,
  };
}

export function orderLineRecord(id: string, itemId: string | null, quantity: number, price: number, received: number): OrderLine {
  return {
    id, itemId, description: id, supplierSku: '', quantity, unit: { code: 'pcs', decimals: 0 }, price, priceUnit: 1, vatCodeId: null, accountId: null,
    received, billed: received, closedShort: false, requestIds: [],
  };
}

export function billRecord(id: string, supplier: Supplier, billDate: string, lines: PurchaseBill['lines'], status: PurchaseBill['status'] = 'posted'): PurchaseBill {
  return {
    id, createdAt: at, updatedAt: at, supplierId: supplier.id, number: id, billDate, dueDate: billDate, currency: 'EUR',
    orderIds: [...new Set(lines.flatMap((line) => (line.orderId ? [line.orderId] : [])))], lines, status,
    entryId: status === 'posted' ? `entry-${id}` : null, postedAt: status === 'posted' ? at : null, note: '',
  };
}

/** Purchasing › Spending. */
export class SpendingPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => (location.hash = '#/purchasing/spending'));
    await expect(this.page.getByTestId('spending')).toHaveAttribute('aria-busy', 'false');
  }

  /** Chooses the grouping by its value (category, supplier, department, month), whatever the language. */
  async groupBy(grouping: 'category' | 'supplier' | 'department' | 'month'): Promise<void> {
    await this.page.locator('.spending-by select').selectOption(grouping);
  }

  /** The spending table's rows as [name, amount, share]. */
  async rows(): Promise<string[][]> {
    return this.page.getByTestId('spending-table').locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
  }

  chart(): Locator {
    return this.page.getByTestId('bar-chart');
  }

  delivery(number: string): Locator {
    return this.page.getByTestId('open-deliveries').locator(`tr[data-order="${number}"]`);
  }
}
