import { expect, type Locator, type Page } from '@playwright/test';

export type RequestAnswers = { what: string; quantity: string; person: string; department?: string; neededBy?: string };

/** Purchasing › Requests as anyone in the office and the office manager use it (English screen). */
export class RequestsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Purchasing' }).click();
    await this.page.getByRole('navigation', { name: 'Purchasing pages' }).getByRole('link', { name: 'Requests', exact: true }).click();
    await expect(this.form()).toBeVisible();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'New request' });
  }

  /** Fills the quick form and saves it with Ctrl+Enter; returns the new request's number (the list shows newest first). */
  async note(answers: RequestAnswers): Promise<string> {
    const form = this.form();
    const rows = this.page.locator('tr[data-request]');
    const before = await rows.count();
    await form.getByLabel('What is needed').fill(answers.what);
    await form.getByLabel(/^Quantity/).fill(answers.quantity);
    await form.getByLabel('Requested by').fill(answers.person);
    if (answers.department !== undefined) await form.getByLabel('Department').fill(answers.department);
    if (answers.neededBy !== undefined) await form.getByLabel('Needed by').fill(answers.neededBy);
    await form.getByLabel('Requested by').press('Control+Enter');
    await expect(rows).toHaveCount(before + 1);
    const number = (await rows.first().getAttribute('data-request')) ?? '';
    await expect(this.page.locator('.notices').getByText(`Request ${number} saved.`)).toBeVisible();
    return number;
  }

  row(number: string): Locator {
    return this.page.locator(`tr[data-request="${number}"]`);
  }

  standing(number: string): Locator {
    return this.row(number).locator('.request-standing');
  }

  async approve(number: string): Promise<void> {
    await this.page.getByRole('button', { name: `Approve ${number}` }).click();
    await expect(this.standing(number)).toHaveText('Approved, not ordered yet');
  }

  async reject(number: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `Reject ${number}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Reject ${number}` });
    await dialog.getByLabel(/Why is it rejected/).fill(reason);
    await dialog.getByRole('button', { name: 'Reject' }).click();
  }

  /** Selects requests, opens "Create orders", picks suppliers where asked ({ number: supplier name }) and creates the drafts. */
  async createOrders(numbers: string[], suppliers: Record<string, string> = {}): Promise<void> {
    for (const number of numbers) await this.page.getByRole('checkbox', { name: `Select ${number}` }).check();
    await this.page.getByRole('button', { name: `Create orders (${numbers.length})` }).click();
    const dialog = this.page.getByRole('dialog');
    for (const [number, supplier] of Object.entries(suppliers)) await dialog.getByLabel(`Supplier for ${number}`).selectOption({ label: supplier });
    await dialog.getByRole('button', { name: 'Create draft orders' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Draft orders created:' })).toBeVisible();
  }

  supplierChoice(number: string): Locator {
    return this.page.getByRole('dialog').getByLabel(`Supplier for ${number}`);
  }
}
