import { expect, type Locator, type Page } from '@playwright/test';
import { BookkeepingPage } from './bookkeeping-page';

export type SupplierAnswers = {
  name: string;
  taxNumber?: string;
  email?: string;
  paymentTermsDays?: string;
  contacts?: { name: string; email?: string }[];
};

export type PriceAnswers = { supplier: string; sku?: string; price: string; per?: string; packSize?: string; minimum?: string; preferred?: boolean };

/** Purchasing › Suppliers and an item's supplier prices, as the office manager uses them (English screen). */
export class SuppliersPage {
  constructor(readonly page: Page) {}

  /** Opens Purchasing › Suppliers from the sidebar and its sub-navigation. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Purchasing' }).click();
    await this.page.getByRole('navigation', { name: 'Purchasing pages' }).getByRole('link', { name: 'Suppliers', exact: true }).click();
  }

  list(): Locator {
    return this.page.getByTestId('supplier-list');
  }

  /** A supplier's row of the list, by its name (an archived one carries a badge after it). */
  row(name: string): Locator {
    const cell = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*Archived)?$`);
    return this.list().getByRole('row').filter({ has: this.page.getByRole('cell', { name: cell }) });
  }

  form(): Locator {
    return this.page.locator('form.supplier-form');
  }

  /** Fills the supplier form (new or open) with what is given; does not save. */
  async fill(answers: Partial<SupplierAnswers>): Promise<void> {
    const form = this.form();
    if (answers.name !== undefined) await form.getByLabel('Name', { exact: true }).fill(answers.name);
    if (answers.taxNumber !== undefined) await form.getByLabel('Tax number').fill(answers.taxNumber);
    if (answers.email !== undefined) await form.getByLabel('E-mail for orders').fill(answers.email);
    if (answers.paymentTermsDays !== undefined) await form.getByLabel('Payment terms (days)').fill(answers.paymentTermsDays);
    for (const [index, contact] of (answers.contacts ?? []).entries()) {
      if ((await form.getByLabel(`Contact ${index + 1}: name`).count()) === 0) await form.getByRole('button', { name: 'Add contact' }).click();
      await form.getByLabel(`Contact ${index + 1}: name`).fill(contact.name);
      if (contact.email !== undefined) await form.getByLabel(`Contact ${index + 1}: e-mail`).fill(contact.email);
    }
  }

  /** Adds a supplier through the form and waits for the list. */
  async add(answers: SupplierAnswers): Promise<void> {
    await this.page.getByRole('button', { name: 'New supplier' }).first().click();
    await this.fill(answers);
    await this.form().getByRole('button', { name: 'Add supplier' }).click();
    await expect(this.row(answers.name)).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search', { exact: true }).fill(text);
  }

  /** The item page's "Suppliers and prices" panel. */
  pricesPanel(): Locator {
    return this.page.getByTestId('item-supplier-prices');
  }

  priceRow(supplier: string): Locator {
    return this.pricesPanel().locator(`tr[data-supplier="${supplier}"]`);
  }

  /** Adds (or, given `change`, changes) a supplier's price on the open item page. */
  async savePrice(answers: PriceAnswers, change = false): Promise<void> {
    const panel = this.pricesPanel();
    if (change) await panel.getByRole('button', { name: `Change ${answers.supplier}'s price` }).click();
    else await panel.getByRole('button', { name: 'Add supplier price' }).click();
    const form = panel.locator('form.price-form');
    if (!change) await form.getByLabel('Supplier', { exact: true }).selectOption({ label: answers.supplier });
    if (answers.sku !== undefined) await form.getByLabel('Supplier SKU').fill(answers.sku);
    await form.getByLabel(/^Price \(/).fill(answers.price);
    if (answers.per !== undefined) await form.getByLabel('Price per').selectOption({ label: answers.per });
    if (answers.packSize !== undefined) await form.getByLabel(/^Pack size/).fill(answers.packSize);
    if (answers.minimum !== undefined) await form.getByLabel(/^Minimum order/).fill(answers.minimum);
    if (answers.preferred !== undefined) await form.getByLabel('Preferred supplier of this item').setChecked(answers.preferred);
    await form.getByRole('button', { name: 'Save price' }).click();
    await expect(form).toHaveCount(0);
  }

  /** Opens the supplier bill quick form. */
  async startBill(): Promise<void> {
    await new BookkeepingPage(this.page).open('New entry');
    await this.page.getByRole('link', { name: 'Supplier bill' }).click();
  }

  /** Completes the open supplier bill form (expense on office supplies, the payable on the default account) and posts it. */
  async finishBill(amount: string): Promise<void> {
    const form = this.page.locator('form.quick-form');
    await new BookkeepingPage(this.page).pickAccount(form.getByLabel('Expense account'), '5300');
    await form.getByLabel('Amount (EUR)').fill(amount);
    await form.getByRole('button', { name: 'Post', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: /^Entry 2026-\d+ Posted$/ })).toBeVisible();
  }

  /** Posts a supplier bill through the quick form. */
  async postBill(supplier: string, amount: string, date?: string): Promise<void> {
    await this.startBill();
    const form = this.page.locator('form.quick-form');
    if (date !== undefined) await form.getByLabel('Date', { exact: true }).fill(date);
    await form.getByLabel('Supplier').fill(supplier);
    await this.finishBill(amount);
  }
}
