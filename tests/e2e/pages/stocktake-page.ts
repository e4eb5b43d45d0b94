import { expect, type Locator, type Page } from '@playwright/test';

/** An item to seed: quantities per place code in the smallest unit, with their value in minor units. */
export type SeedItem = {
  sku: string;
  name: string;
  barcodes?: string[];
  unit?: { code: string; decimals: number };
  packs?: { name: string; contains: number }[];
  archived?: boolean;
  /** place code → [quantity, value] */
  stock: Record<string, [number, number]>;
  lastCounted?: string;
};
export type SeedPlace = { code: string; name: string; parent?: string; kind?: 'warehouse' | 'room' | 'shelf' | 'bin' };

/**
 * Puts a warehouse into the app's IndexedDB as the catalog, locations and stock screens
 * would have left it: items, places, opening movements in their month block, the levels,
 * and the inventory accounts chosen (inventory; count differences to Other expenses).
 * Raw IndexedDB, so the seeding does not depend on the code under test. The book's chart
 * must exist (open Bookkeeping once after the setup). Returns item ids by SKU.
 */
export async function seedWarehouse(page: Page, seed: { places: SeedPlace[]; items: SeedItem[]; date: string }): Promise<Record<string, string>> {
  return page.evaluate(async ({ places, items, date }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const accounts = await all<{ id: string; templateKey?: string }>('accounts');
    const account = (key: string) => {
      const found = accounts.find((candidate) => candidate.templateKey === key);
      if (!found) throw new Error(`No account ${key}: open Bookkeeping once before seeding.`);
      return found.id;
    };
    const at = `${date}T08:00:00.000Z`;
    const placeIds: Record<string, string> = {};
    places.forEach((place, index) => (placeIds[place.code] = `seed-place-${String(index).padStart(3, '0')}`));
    const itemIds: Record<string, string> = {};
    items.forEach((item, index) => (itemIds[item.sku] = `seed-item-${String(index).padStart(5, '0')}`));
    const movements: Record<string, unknown>[] = [];
    const levels = items.map((item) => {
      const byLocation: Record<string, { quantity: number; value: number }> = {};
      let quantity = 0;
      let value = 0;
      for (const [code, [q, v]] of Object.entries(item.stock)) {
        const locationId = placeIds[code]!;
        byLocation[locationId] = { quantity: q, value: v };
        quantity += q;
        value += v;
        movements.push({ id: `seed-move-${movements.length}`, at, date, kind: 'opening', itemId: itemIds[item.sku], locationId, quantity: q, value: v, source: { kind: 'import' } });
      }
      return { itemId: itemIds[item.sku], quantity, value, byLocation, periods: [date.slice(0, 7)], lastMovement: date, ...(item.lastCounted ? { lastCounted: item.lastCounted } : {}) };
    });
    const tx = db.transaction(['items', 'locations', 'stockBlocks', 'stockLevels', 'settings'], 'readwrite');
    places.forEach((place) =>
      tx.objectStore('locations').put({
        id: placeIds[place.code],
        createdAt: at,
        updatedAt: at,
        name: place.name,
        code: place.code,
        kind: place.kind ?? (place.parent ? 'shelf' : 'warehouse'),
        parentId: place.parent ? placeIds[place.parent] : null,
        archived: false,
      }),
    );
    items.forEach((item) =>
      tx.objectStore('items').put({
        id: itemIds[item.sku],
        createdAt: at,
        updatedAt: at,
        sku: item.sku,
        name: item.name,
        categoryId: 'stationery',
        unit: item.unit ?? { code: 'pcs', decimals: 0 },
        packs: item.packs ?? [],
        barcodes: item.barcodes ?? [],
        vatCodeId: null,
        accountId: null,
        reorderPoint: null,
        reorderQuantity: null,
        archived: item.archived ?? false,
      }),
    );
    for (let start = 0; start < movements.length; start += 1000) {
      const chunk = movements.slice(start, start + 1000);
      tx.objectStore('stockBlocks').put({ period: date.slice(0, 7), block: start / 1000, ids: chunk.map((movement) => movement.id), movements: chunk });
    }
    levels.forEach((level) => tx.objectStore('stockLevels').put(level));
    tx.objectStore('settings').put({
      key: 'inventory',
      id: 'seed-inventory-settings',
      createdAt: at,
      updatedAt: at,
      inventoryAccountId: account('inventory'),
      adjustmentAccountId: account('otherExpenses'),
      receiptAccountId: account('payable'),
      consumptionAccountId: account('officeSupplies'),
      lastStocktakeNumbers: {},
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return itemIds;
  }, seed);
}

/** Reads an item's stock level straight from IndexedDB (what the books hold now). */
export async function stockLevelOf(page: Page, itemId: string): Promise<{ quantity: number; value: number; lastCounted?: string } | undefined> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const level = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('stockLevels').objectStore('stockLevels').get(id);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return level as { quantity: number; value: number; lastCounted?: string } | undefined;
  }, itemId);
}

export type StartOptions = {
  name?: string;
  scope: { kind: 'all' } | { kind: 'notCountedFor'; days: number } | { kind: 'classA'; share: number } | { kind: 'locations'; codes: string[] };
  blind?: boolean;
  tolerancePercent?: number;
};

/** What a user does on Inventory → Stocktakes (English interface). */
export class StocktakePage {
  readonly scan: Locator;
  readonly entry: Locator;
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.scan = page.getByLabel('Scan or type a barcode or SKU');
    this.entry = page.getByTestId('count-entry');
    this.message = page.getByTestId('count-message');
  }

  async open(): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/inventory/stocktakes`);
    await expect(this.page.getByRole('button', { name: 'New stocktake' })).toBeVisible();
  }

  /** Starts a stocktake from the list and returns its number (ST-YYYY-NNN). */
  async startStocktake(options: StartOptions): Promise<string> {
    const { page } = this;
    await page.getByRole('button', { name: 'New stocktake' }).click();
    if (options.name) await page.getByLabel('Name').fill(options.name);
    const scope = options.scope;
    if (scope.kind === 'all') await page.getByLabel('The whole warehouse').check();
    if (scope.kind === 'notCountedFor') {
      await page.getByLabel('Cycle count: items not counted for').check();
      await page.getByRole('textbox', { name: 'days' }).fill(String(scope.days));
    }
    if (scope.kind === 'classA') {
      await page.getByLabel('A-class items').check();
      await page.getByRole('textbox', { name: '% of stock value' }).fill(String(scope.share));
    }
    if (scope.kind === 'locations') {
      await page.getByLabel('Some locations').check();
      for (const code of scope.codes) await page.getByRole('group', { name: 'Some locations' }).getByText(code, { exact: true }).click();
    }
    await page.getByLabel('Blind count').setChecked(options.blind ?? true);
    if (options.tolerancePercent !== undefined) await page.getByLabel('Tolerance for recount, %').fill(String(options.tolerancePercent));
    await page.getByRole('button', { name: 'Start and take the snapshot' }).click();
    const heading = page.locator('.stocktake-head h2');
    await expect(heading).toContainText(/ST-\d{4}-\d{3}/);
    return /ST-\d{4}-\d{3}/.exec((await heading.textContent()) ?? '')![0];
  }

  async choosePlace(code: string | null): Promise<void> {
    const select = this.page.getByLabel('Location', { exact: true });
    if (code === null) return void (await select.selectOption({ index: 0 }));
    const option = select.locator('option', { hasText: `${code} ·` });
    await select.selectOption({ label: (await option.textContent())! });
  }

  /**
   * Scans a code as a scanner types it (the code, then Enter), fills the pack and unit
   * fields and saves with Enter; waits until the scan field has the keyboard again.
   */
  async scanAndCount(code: string, count: { packs?: Record<string, string>; units?: string }): Promise<void> {
    await this.scanCode(code);
    await expect(this.entry).toBeVisible();
    for (const [name, value] of Object.entries(count.packs ?? {})) await this.entry.getByLabel(new RegExp(`^${name} \\(`)).fill(value);
    if (count.units !== undefined) await this.entry.locator('#count-units').fill(count.units);
    await this.entry.locator('input').last().press('Enter');
    await expect(this.entry).toBeHidden();
    await expect(this.scan).toBeFocused();
  }

  async scanCode(code: string): Promise<void> {
    await this.scan.focus();
    await this.page.keyboard.type(code);
    await this.page.keyboard.press('Enter');
  }

  async openVariances(): Promise<void> {
    await this.page.getByRole('link', { name: 'Variances and approval' }).click();
    await expect(this.page.getByTestId('variance-summary')).toBeVisible();
  }

  async openCount(): Promise<void> {
    await this.page.getByRole('link', { name: 'Count', exact: true }).click();
    await expect(this.scan).toBeVisible();
  }

  /** Approves from the variances page (confirming), and waits for the status to read Approved. */
  async approve(options: { uncountedMeansZero?: boolean } = {}): Promise<void> {
    const { page } = this;
    if (!(await page.getByTestId('variance-summary').isVisible())) await this.openVariances();
    if (options.uncountedMeansZero) await page.getByLabel('Uncounted means zero').check();
    await page.getByRole('button', { name: 'Approve and post' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve and post' }).click();
    await expect(page.locator('.stocktake-head .badge')).toHaveText('Approved');
  }
}
