import { expect, type Locator, type Page } from '@playwright/test';

export type LocationAnswers = { code: string; name: string; /** The code of the location it sits inside; a warehouse when absent. */ inside?: string };
export type MovementAnswers = {
  /** SKU (or "SKU · name"). */
  item: string;
  /** The location's code. */
  location: string;
  quantity: string;
  /** A pack name; the item's own unit when absent. */
  pack?: string;
  date?: string;
  note?: string;
};
export type ReceiveAnswers = MovementAnswers & { cost: string; costMode?: 'per unit' | 'in total' };
export type IssueAnswers = MovementAnswers & { to: string; /** When the issue would take stock below zero: confirm it, or cancel. */ negative?: 'confirm' | 'cancel' };
export type TransferAnswers = MovementAnswers & { toLocation: string };
export type WriteOffAnswers = MovementAnswers & { reason: 'Damaged' | 'Expired' | 'Other' };

/** Inventory › Locations and Inventory › Stock as the office manager uses them (English screen). */
export class StockPage {
  constructor(readonly page: Page) {}

  async openInventory(tab: 'Stock' | 'Locations' = 'Stock'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Inventory' }).click();
    await this.page.getByRole('navigation', { name: 'Inventory pages' }).getByRole('link', { name: tab, exact: true }).click();
  }

  /** A page of Stock: 'On hand', 'Receive', 'Valuation', 'Settings'… */
  async openStock(page: string): Promise<void> {
    await this.openInventory('Stock');
    await this.page.locator('.stock-nav').getByRole('link', { name: page, exact: true }).click();
  }

  /** Adds a location on the Locations tab and waits for it in the tree. */
  async addLocation(answers: LocationAnswers): Promise<void> {
    await this.openInventory('Locations');
    await this.page.getByRole('button', { name: 'Add warehouse' }).click();
    const form = this.page.locator('form.location-form');
    await form.getByLabel('Code', { exact: true }).fill(answers.code);
    await form.getByLabel('Name', { exact: true }).fill(answers.name);
    if (answers.inside) await pickByCode(form.getByLabel('Inside', { exact: true }), answers.inside);
    await form.getByRole('button', { name: 'Add location' }).click();
    await expect(this.locationRow(answers.name)).toBeVisible();
  }

  locationRow(name: string): Locator {
    return this.page.locator('table.locations-table tbody tr').filter({ has: this.page.getByRole('rowheader', { name, exact: false }) });
  }

  private form(): Locator {
    return this.page.locator('form.stock-form');
  }

  private async fillMovement(answers: MovementAnswers, locationLabel: 'Location' | 'From'): Promise<void> {
    const form = this.form();
    await form.getByLabel('Item', { exact: true }).fill(answers.item);
    await pickByCode(form.getByLabel(locationLabel, { exact: true }), answers.location);
    await form.getByLabel('Quantity', { exact: true }).fill(answers.quantity);
    if (answers.pack) await pickByStart(form.getByLabel('Unit', { exact: true }), `${answers.pack} (`);
    if (answers.date !== undefined) await form.getByLabel('Date', { exact: true }).fill(answers.date);
    if (answers.note !== undefined) await form.getByLabel(/^(Note|Source)/).fill(answers.note);
  }

  /** Stock › Receive: records a receipt at a cost and waits for it to be recorded. */
  async receive(answers: ReceiveAnswers): Promise<void> {
    await this.openStock('Receive');
    await this.fillMovement(answers, 'Location');
    await this.form().getByLabel(/^(Cost per unit|Total cost)/).fill(answers.cost);
    await this.form().getByLabel('Cost is given').selectOption({ label: answers.costMode ?? 'per unit' });
    await this.form().getByRole('button', { name: 'Record receipt' }).click();
    await this.expectRecorded('Receipt');
  }

  /** Stock › Opening balance, at a cost. */
  async openingBalance(answers: ReceiveAnswers): Promise<void> {
    await this.openStock('Opening balance');
    await this.fillMovement(answers, 'Location');
    await this.form().getByLabel(/^(Cost per unit|Total cost)/).fill(answers.cost);
    await this.form().getByLabel('Cost is given').selectOption({ label: answers.costMode ?? 'per unit' });
    await this.form().getByRole('button', { name: 'Record opening balance' }).click();
    await this.expectRecorded('Opening balance');
  }

  /** Stock › Issue to a department or person; `negative` answers the question asked when stock would go below zero. */
  async issue(answers: IssueAnswers): Promise<void> {
    await this.openStock('Issue');
    await this.fillMovement(answers, 'Location');
    await this.form().getByLabel('Issued to', { exact: true }).fill(answers.to);
    await this.form().getByRole('button', { name: 'Record issue' }).click();
    if (answers.negative) {
      const dialog = this.page.getByRole('dialog', { name: 'Take stock below zero?' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: answers.negative === 'confirm' ? 'Record anyway' : 'Cancel' }).click();
      await expect(dialog).toBeHidden();
      if (answers.negative === 'cancel') return;
    }
    await this.expectRecorded('Issue');
  }

  async transfer(answers: TransferAnswers): Promise<void> {
    await this.openStock('Transfer');
    await this.fillMovement(answers, 'From');
    await pickByCode(this.form().getByLabel('To', { exact: true }), answers.toLocation);
    await this.form().getByRole('button', { name: 'Record transfer' }).click();
    await this.expectRecorded('Transfer');
  }

  async writeOff(answers: WriteOffAnswers): Promise<void> {
    await this.openStock('Write off');
    await this.fillMovement(answers, 'Location');
    await this.form().getByLabel('Reason', { exact: true }).selectOption({ label: answers.reason });
    await this.form().getByRole('button', { name: 'Record write-off' }).click();
    await this.expectRecorded('Write-off');
  }

  private async expectRecorded(what: string): Promise<void> {
    await expect(this.page.locator('.notices').getByText(new RegExp(`^${what} of .* recorded\\.$`)).last()).toBeVisible();
    // The form is ready for the next line: the item field is empty again.
    await expect(this.form().getByLabel('Item', { exact: true })).toHaveValue('');
  }

  /** A row of the stock view on screen (virtualized: those in view), by text in it. */
  viewRow(text: string): Locator {
    return this.page.locator('.report .vtable-data').filter({ hasText: text });
  }

  total(): Locator {
    return this.page.getByTestId('stock-total');
  }

  async groupBy(choice: 'Item' | 'Location' | 'Category'): Promise<void> {
    await this.page.locator('.report').getByLabel('Show by').selectOption({ label: choice });
  }
}

/** Picks the option of a location select that starts with the location's code ("W1-A · Main › Shelf A"). */
async function pickByCode(select: Locator, code: string): Promise<void> {
  await pickByStart(select, `${code} · `);
}

/** The places are read after the form opens: waits for the option before picking it. */
async function pickByStart(select: Locator, start: string): Promise<void> {
  let labels: string[] = [];
  await expect
    .poll(async () => {
      labels = await select.locator('option').allTextContents();
      return labels.some((text) => text.startsWith(start));
    }, { message: `an option starting with "${start}"` })
    .toBe(true);
  await select.selectOption({ label: labels.find((text) => text.startsWith(start))! });
}
