import { expect, type Locator, type Page } from '@playwright/test';

/** Purchasing → receiving against an order: a quantity, place and shortfall choice per open line. */
export class ReceivingPage {
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Goods received' });
  }

  async open(orderId: string): Promise<void> {
    await this.page.goto(`#/purchasing/orders/${orderId}/receive`);
    await expect(this.form).toBeVisible();
  }

  row(line: string): Locator {
    return this.form.locator(`tr[data-line="${line}"]`);
  }

  async receive(line: string, quantity: string): Promise<void> {
    await this.form.getByLabel(`Quantity of ${line} received now`).fill(quantity);
  }

  async shortfall(line: string, choice: 'Keep open (backorder)' | 'Close short'): Promise<void> {
    await this.form.getByLabel(`What happens to the rest of ${line}`).selectOption({ label: choice });
  }

  async receiveAll(): Promise<void> {
    await this.form.getByRole('button', { name: 'Receive all' }).click();
  }

  /** Saves, double-clicking as a hurried user would; the screen stores one receipt. */
  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save receipt' }).dblclick();
    await expect(this.form).toBeHidden();
  }
}
