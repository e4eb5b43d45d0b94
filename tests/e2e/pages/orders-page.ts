import { expect, type Locator, type Page } from '@playwright/test';

/** A record to put straight into one of the app's IndexedDB stores. */
export type SeedRecord = Record<string, unknown>;

/**
 * Puts records straight into the app's IndexedDB, as other screens (suppliers, receipts)
 * would have left them; raw IndexedDB, so the order screens are tested on their own.
 */
export async function seedStore(page: Page, store: string, records: readonly SeedRecord[]): Promise<void> {
  await page.evaluate(
    async ([name, rows]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('backoffice');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(name, 'readwrite');
        for (const row of rows) tx.objectStore(name).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [store, records] as const,
  );
}

/** Every record of a store, as stored. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, store) as Promise<T[]>;
}

/** Purchasing › Orders as the office manager uses it (English screen). */
export class OrdersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Purchasing' }).click();
    await this.page.getByRole('navigation', { name: 'Purchasing pages' }).getByRole('link', { name: 'Orders', exact: true }).click();
  }

  /** A new draft for the supplier, opened on its page. */
  async newOrder(supplier: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New order' }).click();
    await this.page.getByLabel('Supplier').selectOption({ label: supplier });
    await this.page.getByRole('button', { name: 'Create draft' }).click();
    await expect(this.page.getByRole('heading', { name: /Purchase order PO-/ })).toBeVisible();
  }

  /** Adds a line: an item by SKU, name or barcode, or free text; then its quantity and (when given) price and VAT code. */
  async addLine(answers: { what: string; quantity: string; price?: string; vat?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add line' }).click();
    const count = await this.page.locator('[data-testid="order-lines"] [data-line]').count();
    await this.fillLine(count, answers);
  }

  async fillLine(line: number, answers: { what?: string; quantity?: string; price?: string; vat?: string }): Promise<void> {
    const row = this.line(line);
    if (answers.what !== undefined) {
      await row.getByLabel(`Line ${line}: item or description`).fill(answers.what);
      await row.getByLabel(`Line ${line}: item or description`).press('Tab');
    }
    if (answers.quantity !== undefined) {
      await row.getByLabel(`Line ${line}: quantity`).fill(answers.quantity);
      await row.getByLabel(`Line ${line}: quantity`).press('Tab');
    }
    if (answers.price !== undefined) {
      await row.getByLabel(`Line ${line}: unit price`).fill(answers.price);
      await row.getByLabel(`Line ${line}: unit price`).press('Tab');
    }
    if (answers.vat !== undefined) await row.getByLabel(`Line ${line}: VAT code`).selectOption({ label: answers.vat });
  }

  line(line: number): Locator {
    return this.page.locator(`[data-testid="order-lines"] [data-line="${line}"]`);
  }

  totalsRow(vat: string): Locator {
    return this.page.locator(`[data-testid="order-totals"] tr[data-vat="${vat}"]`);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.page.getByText('Unsaved changes')).toHaveCount(0);
  }

  status(): Locator {
    return this.page.locator('#order-heading .order-status');
  }

  /** Runs an action; those that cannot be undone are confirmed in their dialog. */
  async act(action: 'Send (mark as ordered)' | 'Cancel order' | 'Close order' | 'Delete draft', confirm?: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Order actions' }).getByRole('button', { name: action }).click();
    if (confirm) await this.page.getByRole('dialog').getByRole('button', { name: confirm }).click();
  }

  listRows(): Locator {
    return this.page.locator('[data-testid="order-list"] .vtable-data');
  }
}
