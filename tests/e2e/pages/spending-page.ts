import { expect, type Locator, type Page } from '@playwright/test';
import type { ItemCategory, CatalogItem } from '../../../shared/catalog/types';
import type { OrderLine, PurchaseBill, PurchaseOrder, Supplier } from '../../../shared/purchasing/types';

/** Records for the purchasing tables, written as they are. */
export type PurchasingRecords = {
  itemCategories?: ItemCategory[];
  items?: CatalogItem[];
  suppliers?: Supplier[];
  purchaseOrders?: PurchaseOrder[];
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
