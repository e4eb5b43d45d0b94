import { createServer, type Server } from 'node:http';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { Benchmark } from './measure';
import { benchBuildFolder, createBenchProfile, launchApp } from './browser';

/**
 * The warehouse at scale, in the app itself and a persistent Chromium profile as Electron
 * keeps it: 10,000 items in 500 locations, then a CSV of 1,000,000 movements (openings,
 * receipts, issues, transfers and write-offs over a year) imported through the Stock ›
 * Import page (reading and checking the file, then writing it in chunks with progress),
 * and the on-hand view of every item opened on screen.
 */
const itemCount = Number(process.env.BENCH_STOCK_ITEMS ?? 10_000);
const locationCount = Number(process.env.BENCH_STOCK_LOCATIONS ?? 500);
const movementCount = Number(process.env.BENCH_STOCK_MOVEMENTS ?? 1_000_000);
const appBuild = join(process.cwd(), 'dist', 'renderer');
/** A copy of the app build, so a rebuild elsewhere during the run cannot pull pages away. */
const appOut = benchBuildFolder('stock-app');

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

function serveApp(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(1);
    const file = normalize(join(appOut, path === '' ? 'index.html' : path));
    if (!file.startsWith(appOut)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
    }),
  );
}

const sku = (index: number) => `SKU-${String(index).padStart(5, '0')}`;
const code = (index: number) => `L${String(index).padStart(3, '0')}`;

/**
 * A deterministic year of movements that never takes stock below zero: every item opens
 * with stock at its home location, then receipts, issues, transfers to a neighbouring
 * location and write-offs, spread evenly over 2025.
 */
function movementsCsv(): string {
  let seed = 11;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const held = new Map<string, number>();
  const home = (item: number) => item % locationCount;
  const lines = ['date;type;sku;location;quantity;value;reason;to location'];
  for (let item = 0; item < itemCount && lines.length <= movementCount; item += 1) {
    held.set(`${item}/${home(item)}`, 100);
    lines.push(`2025-01-01;opening;${sku(item)};${code(home(item))};100;${(100 * (1 + (item % 50))).toFixed(2)};;`);
  }
  const rest = movementCount - (lines.length - 1);
  for (let index = 0; index < rest; index += 1) {
    const day = Math.floor((index * 364) / rest);
    const date = new Date(Date.UTC(2025, 0, 2 + day)).toISOString().slice(0, 10);
    const item = Math.floor(random() * itemCount);
    const from = random() < 0.8 ? home(item) : (home(item) + 1) % locationCount;
    const key = `${item}/${from}`;
    const onHand = held.get(key) ?? 0;
    const quantity = 1 + Math.floor(random() * 5);
    const roll = random();
    if (roll < 0.45 || onHand < quantity) {
      held.set(key, onHand + quantity);
      lines.push(`${date};receipt;${sku(item)};${code(from)};${quantity};${(quantity * (1 + (item % 50)) + random()).toFixed(2)};;`);
    } else if (roll < 0.8) {
      held.set(key, onHand - quantity);
      lines.push(`${date};issue;${sku(item)};${code(from)};${quantity};;Office ${item % 7};`);
    } else if (roll < 0.95) {
      const to = (from + 1) % locationCount;
      held.set(key, onHand - quantity);
      held.set(`${item}/${to}`, (held.get(`${item}/${to}`) ?? 0) + quantity);
      lines.push(`${date};transfer;${sku(item)};${code(from)};${quantity};;;${code(to)}`);
    } else {
      held.set(key, onHand - quantity);
      lines.push(`${date};writeOff;${sku(item)};${code(from)};${quantity};;damaged;`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** 10,000 items and 500 locations (20 warehouses, shelves inside), stored as the catalog and location screens store them. */
async function seedCatalog(page: Page): Promise<void> {
  await page.evaluate(
    async ([items, locations]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('backoffice');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const at = '2025-01-01T08:00:00.000Z';
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['items', 'locations'], 'readwrite');
        for (let index = 0; index < items; index += 1) {
          const sku = `SKU-${String(index).padStart(5, '0')}`;
          tx.objectStore('items').add({
            id: `item-${sku}`, createdAt: at, updatedAt: at, sku, name: `Bench item ${index}`, categoryId: ['stationery', 'consumables', 'cleaning', 'food'][index % 4],
            unit: { code: 'pcs', decimals: 0 }, packs: [{ name: 'box', contains: 10 }], barcodes: [], vatCodeId: null, accountId: null,
            reorderPoint: index % 10 === 0 ? 50 : null, reorderQuantity: null, archived: false,
          });
        }
        for (let index = 0; index < locations; index += 1) {
          const code = `L${String(index).padStart(3, '0')}`;
          const warehouse = index % 25 === 0;
          tx.objectStore('locations').add({
            id: `location-${code}`, createdAt: at, updatedAt: at, code, name: warehouse ? `Warehouse ${index / 25 + 1}` : `Shelf ${index}`,
            kind: warehouse ? 'warehouse' : 'shelf', parentId: warehouse ? null : `location-L${String(index - (index % 25)).padStart(3, '0')}`, archived: false,
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [itemCount, locationCount] as const,
  );
}

/** Milliseconds in the page from now until `selector` matches with `text`, watched there so Playwright's round trips don't count. */
async function markThenWait(page: Page, act: () => Promise<unknown>, selector: string, text: RegExp, timeout: number): Promise<number> {
  await page.evaluate(`(() => {
    const selector = ${JSON.stringify(selector)};
    const pattern = new RegExp(${JSON.stringify(text.source)});
    delete window.benchDoneAt;
    window.benchStartAt = performance.now();
    const observer = new MutationObserver(() => {
      const found = [...document.querySelectorAll(selector)].some((node) => pattern.test(node.textContent || ''));
      if (found) { window.benchDoneAt = performance.now(); observer.disconnect(); }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  await act();
  await page.waitForFunction(() => (window as unknown as { benchDoneAt?: number }).benchDoneAt !== undefined, undefined, { timeout, polling: 200 });
  return page.evaluate(() => {
    const state = window as unknown as { benchStartAt: number; benchDoneAt: number };
    return state.benchDoneAt - state.benchStartAt;
  });
}

export function stockBenchmark(): Benchmark {
  let server: Server | undefined;
  let url = '';
  let csvPath = '';
  let profile: Awaited<ReturnType<typeof createBenchProfile>> | undefined;

  return {
    name: 'stock',
    async prepare() {
      await rm(appOut, { recursive: true, force: true });
      await cp(appBuild, appOut, { recursive: true });
      ({ server, url } = await serveApp());
      profile = await createBenchProfile();
      csvPath = join(profile.folder, 'movements.csv');
      await writeFile(csvPath, movementsCsv());
    },
    async run() {
      const profileFolder = join(profile!.folder, `profile-${Date.now()}`);
      let context: BrowserContext | undefined;
      try {
        context = await launchApp(profileFolder, join(profile!.folder, 'data'), `${url}/`);
        const page = context.pages()[0] ?? (await context.newPage());
        page.setDefaultTimeout(120_000);
        await page.goto(`${url}/`);
        await page.getByLabel('Company name').fill('Bench Trading Kft.');
        await page.getByLabel('Country').selectOption('IE');
        await page.getByLabel('Base currency').fill('EUR');
        await page.getByRole('button', { name: 'Save and start' }).click();
        await page.getByRole('heading', { level: 1, name: 'Bench Trading Kft.' }).waitFor();
        await seedCatalog(page);

        await page.goto(`${url}/#/inventory/stock/import`);
        const input = page.locator('input[type="file"]');
        await input.waitFor({ state: 'attached' });
        const checkMs = await markThenWait(page, () => input.setInputFiles(csvPath), '[data-testid="stock-import-summary"]', /movements/, 600_000);
        const importMs = await markThenWait(page, () => page.getByRole('button', { name: /^Import \d+ movements$/ }).click(), '.notices', /movements imported/, 600_000);
        const notice = (await page.locator('.notices').textContent()) ?? '';
        if (/cancelled|was not/i.test(notice)) throw new Error(`The import did not finish: ${notice}`);

        // On hand of every item on screen: from a click on "On hand" to its first rows and total.
        await page.goto(`${url}/#/inventory/stock/reorder`);
        await page.locator('[data-testid="stock-reorder"], .report-empty').first().waitFor();
        const onHandMs = await markThenWait(page, () => page.locator('.stock-nav').getByRole('link', { name: 'On hand', exact: true }).click(), '[data-testid="stock-total"]', /\d/, 60_000);
        const rows = await page.locator('[data-testid="stock-on-hand"]').getAttribute('aria-rowcount');
        // Items whose stock all went out are not listed; nearly all are.
        if (Number(rows) - 1 < itemCount * 0.9) throw new Error(`On hand lists ${Number(rows) - 1} items of ${itemCount}`);
        return {
          [`import ${movementCount} movements: read and check the file`]: checkMs,
          [`import ${movementCount} movements: write with progress`]: importMs,
          [`import ${movementCount} movements: total`]: checkMs + importMs,
          [`on hand of ${itemCount} items on screen (click → rows and total)`]: onHandMs,
        };
      } finally {
        await context?.close();
        await rm(profileFolder, { recursive: true, force: true });
      }
    },
    async cleanup() {
      await new Promise((resolve) => server?.close(resolve));
      await profile?.remove();
    },
  };
}
