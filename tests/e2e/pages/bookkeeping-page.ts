import { expect, type Locator, type Page } from '@playwright/test';

export type LineAnswers = { account: string; debit?: string; credit?: string; memo?: string; vat?: string };

export type EntryAnswers = { date?: string; number?: string; payee?: string; memo?: string; lines: LineAnswers[] };

/** The Bookkeeping section as the office manager uses it (English screen). */
export class BookkeepingPage {
  constructor(readonly page: Page) {}

  /** Opens Bookkeeping from the sidebar and a tab of its sub-navigation. */
  async open(tab: 'Entries' | 'New entry' | 'Accounts' | 'VAT codes' | 'Periods' | 'Reports' = 'Entries'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Bookkeeping' }).click();
    await this.tab(tab);
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Bookkeeping pages' }).getByRole('link', { name, exact: true }).click();
  }

  /** Types into an account combobox and picks the first match with Enter. */
  async pickAccount(combobox: Locator, text: string): Promise<void> {
    await combobox.click();
    await combobox.fill(text);
    await expect(this.page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await combobox.press('Enter');
  }

  lineField(n: number, field: 'Account' | 'Debit' | 'Credit' | 'Line memo' | 'VAT code'): Locator {
    return this.page.getByLabel(`${field}, line ${n}`, { exact: true });
  }

  /** Fills the entry editor: header fields, then each line (adding lines as needed). */
  async fillEntry(answers: EntryAnswers): Promise<void> {
    const form = this.page.locator('form.entry-editor');
    if (answers.date !== undefined) await form.getByLabel('Date', { exact: true }).fill(answers.date);
    if (answers.number !== undefined) await form.getByLabel('Number', { exact: true }).fill(answers.number);
    if (answers.payee !== undefined) await form.getByLabel('Payee', { exact: true }).fill(answers.payee);
    if (answers.memo !== undefined) await form.getByLabel('Memo', { exact: true }).fill(answers.memo);
    for (const [index, line] of answers.lines.entries()) {
      const n = index + 1;
      if ((await this.lineField(n, 'Account').count()) === 0) await form.getByRole('button', { name: 'Add line' }).click();
      await this.pickAccount(this.lineField(n, 'Account'), line.account);
      if (line.debit !== undefined) await this.lineField(n, 'Debit').fill(line.debit);
      if (line.credit !== undefined) await this.lineField(n, 'Credit').fill(line.credit);
      if (line.memo !== undefined) await this.lineField(n, 'Line memo').fill(line.memo);
      if (line.vat !== undefined) await this.lineField(n, 'VAT code').selectOption({ label: line.vat });
    }
  }

  /** New entry tab, fill, Post; waits for the posted entry's page and returns its number. */
  async postEntry(answers: EntryAnswers): Promise<string> {
    await this.tab('New entry');
    await this.fillEntry(answers);
    await this.page.getByRole('button', { name: 'Post', exact: true }).click();
    const heading = this.page.getByRole('heading', { level: 2, name: /^Entry \S+ Posted$/ });
    await expect(heading).toBeVisible();
    return /^Entry (\S+)/.exec((await heading.textContent()) ?? '')![1]!;
  }

  /** The entry list's rows as text, one string per visible row. */
  entryRows(): Locator {
    return this.page.getByRole('table', { name: 'Journal entries' }).getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  entryRow(text: string | RegExp): Locator {
    return this.entryRows().filter({ hasText: text });
  }

  /** The row of an account on the Accounts tab, by its name. */
  accountRow(name: string): Locator {
    return this.page.locator('table.accounts-table tbody tr').filter({ has: this.page.getByRole('rowheader', { name, exact: false }) });
  }

  /** Runs an action from an account's "⋯" menu on the Accounts tab. */
  async accountAction(name: string, action: 'Open register' | 'Change' | 'Add sub-account' | 'Archive' | 'Restore' | 'Delete'): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
    await this.page.getByRole('menu', { name: `Actions for ${name}` }).getByRole('menuitem', { name: action, exact: true }).click();
  }

  accountBalance(name: string): Locator {
    return this.accountRow(name).getByTestId('account-balance');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }
}

/**
 * Adds posted entries straight into the app's IndexedDB (two lines each, 5300 against
 * 1010), as years of bookkeeping would have left them, for the long-list tests. Raw
 * IndexedDB, so the seeding does not depend on the code under test; the ledger must be set
 * up already (open Bookkeeping once). Entry i is dated in 2025 and numbered 2025-<i>.
 */
export async function seedPostedEntries(page: Page, count: number): Promise<void> {
  await page.evaluate(async (total) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const accounts = await new Promise<Array<{ id: string; code?: string }>>((resolve, reject) => {
      const request = db.transaction('accounts').objectStore('accounts').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ id: string; code?: string }>);
      request.onerror = () => reject(request.error);
    });
    const idOf = (code: string) => accounts.find((account) => account.code === code)!.id;
    const [expense, bank] = [idOf('5300'), idOf('1010')];
    // Stored as the app stores them: blocks of up to 250 entries of one month, in order.
    const blocks: Array<{ period: string; block: number; ids: string[]; numbers: string[]; entries: object[] }> = [];
    const at = '2026-01-01T09:00:00.000Z';
    for (let i = 1; i <= total; i += 1) {
      const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(((i - 1) * 364) / total) * 86_400_000).toISOString().slice(0, 10);
      const minor = 100 + i;
      const entry = {
        id: `01SEEDENTRY${String(i).padStart(15, '0')}`,
        number: `2025-${String(i).padStart(4, '0')}`,
        date: day,
        payee: `Supplier ${i}`,
        memo: `Seeded purchase ${i}`,
        currency: 'EUR',
        lines: [
          { accountId: expense, debit: minor, credit: 0 },
          { accountId: bank, debit: 0, credit: minor },
        ],
        status: 'posted',
        origin: 'manual',
        postedAt: at,
        documentIds: [],
        createdAt: at,
        updatedAt: at,
      };
      let last = blocks[blocks.length - 1];
      if (!last || last.period !== day.slice(0, 7) || last.entries.length === 250) {
        last = { period: day.slice(0, 7), block: last?.period === day.slice(0, 7) ? last.block + 1 : 0, ids: [], numbers: [], entries: [] };
        blocks.push(last);
      }
      last.ids.push(entry.id);
      last.numbers.push(entry.number);
      last.entries.push(entry);
    }
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entryBlocks', 'readwrite');
      for (const block of blocks) tx.objectStore('entryBlocks').add(block);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}
