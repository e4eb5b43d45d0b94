import { expect, type Locator, type Page } from '@playwright/test';

/** Purchasing › Reorder as the office manager uses it (English screen). */
export class ReorderPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Purchasing' }).click();
    await this.page.getByRole('navigation', { name: 'Purchasing pages' }).getByRole('link', { name: 'Reorder', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Reorder suggestions' })).toBeVisible();
  }

  /** The suggestions of one supplier ("No supplier" for items without one). */
  group(supplier: string): Locator {
    return this.page.getByRole('region', { name: supplier, exact: true });
  }

  row(sku: string): Locator {
    return this.page.locator(`tr[data-item="${sku}"]`);
  }

  quantity(sku: string): Locator {
    return this.row(sku).locator('.reorder-quantity input');
  }

  supplierFor(sku: string): Locator {
    return this.row(sku).getByRole('combobox');
  }

  /** Creates the draft orders of what is selected and returns the links to them. */
  async createDraftOrders(suppliers: number): Promise<Locator> {
    await this.page.getByRole('button', { name: `Create draft orders (${suppliers})` }).click();
    const created = this.page.getByRole('status').filter({ hasText: 'Draft orders created:' });
    await expect(created).toBeVisible();
    return created;
  }

  empty(): Locator {
    return this.page.getByText('Nothing is at or below its reorder point.');
  }
}
