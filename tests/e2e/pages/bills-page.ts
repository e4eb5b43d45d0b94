import { expect, type Locator, type Page } from '@playwright/test';

/** Purchasing → a supplier bill against an order: number, dates, lines compared with the order, post. */
export class BillsPage {
  constructor(private readonly page: Page) {}

  async openNew(orderId: string): Promise<void> {
    await this.page.goto(`#/purchasing/bills/new/${orderId}`);
    await expect(this.lines).toBeVisible();
  }

  get lines(): Locator {
    return this.page.locator('table.bill-lines');
  }

  row(line: string): Locator {
    return this.lines.locator(`tr[data-line="${line}"]`);
  }

  async billedPrice(line: string, price: string): Promise<void> {
    await this.page.getByLabel(`Billed price of ${line}`).fill(price);
    await this.page.getByLabel(`Billed price of ${line}`).blur();
  }

  async post(): Promise<void> {
    await this.page.getByRole('button', { name: 'Post bill' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Post bill' }).click();
    await expect(this.page.locator('.bill-page')).toContainText('Posted');
  }
}
