import { expect, type Locator, type Page } from '@playwright/test';

/** An item as the office manager types it into "Register equipment" (English screen); absent fields stay empty. */
export type EquipmentAnswers = {
  name: string;
  /** A listed category ("Printer") or the office's own text. */
  category?: string;
  serialNumber?: string;
  where?: string;
  responsible?: string;
  purchaseDate?: string;
  purchaseCost?: string;
  warrantyEnd?: string;
  condition?: 'Working' | 'Needs repair' | 'Out of service' | 'Disposed of';
  serviceIntervalMonths?: string;
  notes?: string;
};

/** A service as typed into "Log service"; the date stays today's unless given. */
export type ServiceAnswers = {
  date?: string;
  work: string;
  cost?: string;
  by?: string;
  /** The number of the supplier bill's posted entry, e.g. "2026-0003". */
  entryNumber?: string;
  conditionAfter?: 'Working' | 'Needs repair' | 'Out of service' | 'Disposed of';
};

/** Inventory › Equipment as the office manager uses it (English screen). */
export class EquipmentPage {
  constructor(readonly page: Page) {}

  /** Opens Inventory from the sidebar and its Equipment tab (the register). */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Inventory' }).click();
    await this.page.getByRole('navigation', { name: 'Inventory pages' }).getByRole('link', { name: 'Equipment', exact: true }).click();
  }

  /** "Register" or "Due for service (n)" above the lists. */
  async view(name: 'Register' | 'Due for service'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Equipment lists' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  }

  registerForm(): Locator {
    return this.page.getByRole('form', { name: 'Register equipment' });
  }

  /** Fills the equipment form (new or change) with the answers given. */
  async fillEquipment(form: Locator, answers: Partial<EquipmentAnswers>): Promise<void> {
    const text: Array<[keyof EquipmentAnswers, string]> = [
      ['name', 'Name'],
      ['category', 'Category'],
      ['serialNumber', 'Serial number'],
      ['where', 'Where it stands'],
      ['responsible', 'Responsible person'],
      ['purchaseDate', 'Purchase date'],
      ['purchaseCost', 'Purchase cost'],
      ['warrantyEnd', 'Warranty until'],
      ['serviceIntervalMonths', 'Service interval (months)'],
      ['notes', 'Notes'],
    ];
    for (const [key, label] of text) {
      const value = answers[key];
      if (value !== undefined) await form.getByLabel(label, { exact: true }).fill(value);
    }
    if (answers.condition) await form.getByLabel('Condition', { exact: true }).selectOption({ label: answers.condition });
  }

  /** From the register: Register equipment, fill, Register; waits for the new item's page. */
  async registerEquipment(answers: EquipmentAnswers): Promise<void> {
    await this.page.getByRole('button', { name: 'Register equipment' }).first().click();
    await this.fillEquipment(this.registerForm(), answers);
    await this.registerForm().getByRole('button', { name: 'Register', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: answers.name, exact: true })).toBeVisible();
  }

  serviceForm(): Locator {
    return this.page.getByRole('form', { name: 'Log service' });
  }

  /** On an item's page: fills "Log service" and logs it; waits until the log shows the work. */
  async logService(answers: ServiceAnswers): Promise<void> {
    const form = this.serviceForm();
    if (answers.date !== undefined) await form.getByLabel('Date', { exact: true }).fill(answers.date);
    await form.getByLabel('What was done', { exact: true }).fill(answers.work);
    if (answers.cost !== undefined) await form.getByLabel('Cost', { exact: true }).fill(answers.cost);
    if (answers.by !== undefined) await form.getByLabel('By whom', { exact: true }).fill(answers.by);
    if (answers.entryNumber !== undefined) {
      await form.getByLabel("Bill's entry number", { exact: true }).fill(answers.entryNumber);
      await expect(form.getByText(`Links to entry ${answers.entryNumber}`)).toBeVisible();
    }
    if (answers.conditionAfter) await form.getByLabel('Condition after', { exact: true }).selectOption({ label: answers.conditionAfter });
    await form.getByRole('button', { name: 'Log service' }).click();
    await expect(this.serviceLogRows().filter({ hasText: answers.work }).first()).toBeVisible();
    await expect(form.getByLabel('What was done', { exact: true })).toHaveValue('');
  }

  /** The register's row of an item, by its name. */
  row(name: string): Locator {
    return this.page.getByRole('table', { name: 'Equipment register' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Opens an item's page from the register or the due list. */
  async openItem(name: string): Promise<void> {
    await this.page.getByRole('rowheader', { name, exact: true }).getByRole('link').first().click();
    await expect(this.page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }

  serviceLogRows(): Locator {
    return this.page.getByRole('table', { name: 'Service log' }).getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** A fact of the item's page by its label ("Next service", "Days out of service"). */
  fact(label: string): Locator {
    return this.page.getByTestId('equipment-facts').locator(`dt:text-is("${label}") + dd`);
  }

  dueRows(): Locator {
    return this.page.getByRole('table', { name: 'Due for service' }).getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
}
