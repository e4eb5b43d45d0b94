import { expect, type Locator, type Page } from '@playwright/test';
import { BookkeepingPage } from './bookkeeping-page';

export type ReportName = 'Trial balance' | 'Income statement' | 'Balance sheet' | 'Account register' | 'Journal' | 'Aged payables' | 'VAT summary';

/** Bookkeeping › Reports as the accountant uses it (English screen). */
export class ReportsPage {
  readonly books: BookkeepingPage;
  constructor(readonly page: Page) {
    this.books = new BookkeepingPage(page);
  }

  /** Opens Bookkeeping › Reports, then a report from the reports' own navigation. */
  async open(report?: ReportName): Promise<void> {
    await this.books.open('Reports');
    if (report) await this.show(report);
  }

  /** Switches report, keeping the period. */
  async show(report: ReportName): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: report, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: new RegExp(`^${report}|^Register`) })).toBeVisible();
  }

  report(): Locator {
    return this.page.locator('section.report');
  }

  /** The period preset picker. */
  periodPicker(): Locator {
    return this.report().getByRole('combobox', { name: 'Period', exact: true });
  }

  /** Picks a period preset ("This quarter", "Last fiscal year"…). */
  async choosePeriod(preset: string): Promise<void> {
    await this.report().getByRole('combobox', { name: 'Period', exact: true }).selectOption({ label: preset });
  }

  /** Custom dates, typed as the office manager would (03/31/2026). */
  async customPeriod(from: string, to: string): Promise<void> {
    await this.choosePeriod('Custom dates');
    await this.report().getByRole('textbox', { name: 'From', exact: true }).fill(from);
    await this.report().getByRole('textbox', { name: 'To', exact: true }).fill(to);
  }

  async compareWith(choice: string): Promise<void> {
    await this.report().getByRole('combobox', { name: 'Compare with' }).selectOption({ label: choice });
  }

  async asOf(date: string): Promise<void> {
    await this.report().getByRole('combobox', { name: 'As of', exact: true }).selectOption({ label: 'Another date' });
    await this.report().getByRole('textbox', { name: 'Date', exact: true }).fill(date);
  }

  period(): Locator {
    return this.page.getByTestId('report-period');
  }

  /** A trial balance line by account path ("Assets:Bank account"). */
  trialBalanceRow(path: string): Locator {
    return this.page.getByTestId('trial-balance-table').locator(`tr[data-account="${path}"]`);
  }

  /** The figures of a row as shown, one string per cell after the account. */
  async figures(row: Locator): Promise<string[]> {
    return (await row.locator('td.num').allTextContents()).map((text) => text.trim());
  }

  /** A statement line (income statement, balance sheet) by its label. */
  statementLine(testId: 'income-statement' | 'balance-sheet', label: string): Locator {
    return this.page.getByTestId(testId).locator(`tr[data-line="${label}"]`);
  }

  /** Rows of the account register (virtualized: those in view). */
  registerRows(): Locator {
    return this.page.getByTestId('register-rows').locator('.vtable-data');
  }

  balanceNotes(): Locator {
    return this.page.locator('.report .balance-note');
  }
}
