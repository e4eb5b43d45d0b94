import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

/** A catalog fixture's absolute path (what the user picks in the file chooser). */
export function catalogFixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/catalog/${name}`, import.meta.url));
}

export type ItemAnswers = {
  sku: string;
  name: string;
  /** The unit's shown name in the list ("pcs", "kg"), pieces unless given. */
  unit?: string;
  packs?: { name: string; size: string }[];
  barcodes?: string[];
  reorderPoint?: string;
  reorderQuantity?: string;
};

/** Inventory › Items as the office manager uses it (English screen). */
export class CatalogPage {
  constructor(readonly page: Page) {}

  /** Opens Inventory › Items from the sidebar. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Inventory' }).click();
    await this.page.getByRole('navigation', { name: 'Inventory pages' }).getByRole('link', { name: 'Items', exact: true }).click();
  }

  list(): Locator {
    return this.page.getByTestId('item-list');
  }

  row(sku: string): Locator {
    return this.list().getByRole('row').filter({ has: this.page.getByRole('cell', { name: sku, exact: true }) });
  }

  /** Chooses a file on the import page and waits for the column mapping (or a refusal). */
  async chooseImportFile(path: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Import items/ }).first().click();
    await this.page.getByTestId('catalog-file').setInputFiles(path);
  }

  /**
   * Imports items from a CSV or XLSX file with the columns as guessed from its headers,
   * updating items whose SKU is already there, and waits until the import is done.
   */
  async importItems(path: string): Promise<void> {
    await this.open();
    await this.chooseImportFile(path);
    await expect(this.page.getByTestId('catalog-import-summary')).toBeVisible();
    await this.page.getByRole('button', { name: /^Import items \(\d+\)$/ }).click();
    await expect(this.page.getByTestId('catalog-import-done')).toBeVisible();
    await this.page.getByRole('button', { name: 'Show the items' }).click();
  }

  /** Fills the item form (new or open) with what is given; does not save. */
  async fillItem(item: Partial<ItemAnswers>): Promise<void> {
    const form = this.page.getByRole('form');
    if (item.sku !== undefined) await form.getByLabel('SKU', { exact: true }).fill(item.sku);
    if (item.name !== undefined) await form.getByLabel('Name', { exact: true }).fill(item.name);
    if (item.unit !== undefined) await form.getByLabel('Unit', { exact: true }).selectOption({ label: item.unit });
    for (const [index, pack] of (item.packs ?? []).entries()) {
      if ((await form.getByLabel(`Name of pack ${index + 1}`).count()) === 0) await form.getByRole('button', { name: 'Add pack' }).click();
      await form.getByLabel(`Name of pack ${index + 1}`).fill(pack.name);
      await form.getByLabel(new RegExp(`^Pack ${index + 1} holds`)).fill(pack.size);
    }
    for (const [index, code] of (item.barcodes ?? []).entries()) {
      if ((await form.getByLabel(`Barcode ${index + 1}`, { exact: true }).count()) === 0) await form.getByRole('button', { name: 'Add barcode' }).click();
      await form.getByLabel(`Barcode ${index + 1}`, { exact: true }).fill(code);
    }
    if (item.reorderPoint !== undefined) await form.getByLabel('Reorder point').fill(item.reorderPoint);
    if (item.reorderQuantity !== undefined) await form.getByLabel('Reorder quantity').fill(item.reorderQuantity);
  }

  /** Adds an item through the form and waits for the list. */
  async addItem(item: ItemAnswers): Promise<void> {
    await this.page.getByRole('button', { name: 'Add item' }).first().click();
    await this.fillItem(item);
    await this.page.getByRole('button', { name: 'Add item' }).click();
    await expect(this.row(item.sku)).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search', { exact: true }).fill(text);
  }
}
