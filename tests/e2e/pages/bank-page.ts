import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import type { App } from '../fixtures';

/** A fixture file's absolute path (what the user picks in the open dialog). */
export function bankFixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/bank/${name}`, import.meta.url));
}

export function journalFixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/journals/${name}`, import.meta.url));
}

/** Bank import, rules and reconciliation as the office manager uses them (English screen). */
export class BankPage {
  constructor(
    readonly page: Page,
    readonly app: App,
  ) {}

  /** Opens Bookkeeping › a tab by its English name. */
  async openTab(tab: 'Bank import' | 'Reconcile' | 'Journal file' | 'Entries' | 'Reports'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Bookkeeping' }).click();
    await this.page.getByRole('navigation', { name: 'Bookkeeping pages' }).getByRole('link', { name: tab, exact: true }).click();
  }

  /** Imports a journal file through Journal file, confirming entries in other currencies than the book's when the import asks. */
  async importJournal(path: string, options: { otherCurrencies?: boolean } = {}): Promise<void> {
    await this.openTab('Journal file');
    this.app.dialogs.answerNextOpen(path);
    await this.page.getByRole('button', { name: 'Choose journal file…' }).click();
    await this.page.getByRole('button', { name: /^Import entries/ }).click();
    if (options.otherCurrencies) await this.page.getByRole('dialog').getByRole('button', { name: 'Continue and import' }).click();
  }

  /** Picks the statement file in the (scripted) open dialog. */
  async chooseStatement(fileName: string): Promise<void> {
    this.app.dialogs.answerNextOpen(bankFixture(fileName));
    await this.page.getByRole('button', { name: 'Choose statement file…' }).click();
  }

  /** Types into an account combobox and takes the first match. */
  async pickAccount(combobox: Locator, text: string): Promise<void> {
    await combobox.click();
    await combobox.fill(text);
    await expect(this.page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await combobox.press('Enter');
  }

  reviewRow(row: number): Locator {
    return this.page.getByTestId(`review-row-${row}`);
  }

  accountOfRow(row: number): Locator {
    return this.page.getByRole('combobox', { name: `Counter-account, row ${row}`, exact: true });
  }

  /** Adds a rule on the Rules page. */
  async addRule(rule: { field?: 'the description' | 'the payee'; kind?: string; pattern: string; account: string }): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Bank import pages' }).getByRole('link', { name: 'Rules' }).click();
    await this.page.getByRole('button', { name: 'Add a rule' }).click();
    const dialog = this.page.getByRole('dialog');
    if (rule.field) await dialog.getByLabel('Look in').selectOption({ label: rule.field });
    if (rule.kind) await dialog.getByLabel('Match', { exact: true }).selectOption({ label: rule.kind });
    await dialog.getByLabel('Text', { exact: true }).fill(rule.pattern);
    await this.pickAccount(dialog.getByLabel('Counter-account', { exact: true }), rule.account);
    await dialog.getByRole('button', { name: 'Save the rule' }).click();
    await expect(dialog).toBeHidden();
  }
}
