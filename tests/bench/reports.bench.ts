import { createServer, type Server } from 'node:http';
import { cp, readFile, rm } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import type { Benchmark } from './measure';
import { benchBuildFolder, createBenchProfile, launchApp } from './browser';

/**
 * The bookkeeping reports on a book of 200,000 entries (about 470,000 postings, 100,000 of
 * them on the bank account), in a persistent Chromium profile as Electron keeps it: the
 * import through the ledger repository's bulk import, the report loaders, posting one
 * entry, an account register of 100,000 postings — and the same register and trial
 * balance opened on screen in the app itself, which shares the page's IndexedDB.
 */
const entries = Number(process.env.BENCH_LEDGER_ENTRIES ?? 200_000);
const benchOut = benchBuildFolder('ledger-page');
const appBuild = join(process.cwd(), 'dist', 'renderer');
/** A copy of the app build, so a rebuild elsewhere during the run cannot pull pages away. */
const appOut = benchBuildFolder('ledger-app');

type LedgerBench = {
  setUp(name: string): Promise<string>;
  importBook(count: number): Promise<number>;
  trialBalance(from: string | undefined, to: string): Promise<number>;
  incomeStatement(from: string, to: string, compareFrom: string, compareTo: string): Promise<number>;
  balanceSheet(asOf: string, compareAsOf: string): Promise<number>;
  postOne(date: string): Promise<{ post: number; postAndReport: number }>;
  register(accountId: string, from?: string, to?: string): Promise<{ ms: number; rows: number }>;
  registerChunks(accountId: string): Promise<number>;
};

function call<K extends keyof LedgerBench>(page: Page, method: K, ...args: Parameters<LedgerBench[K]>): Promise<Awaited<ReturnType<LedgerBench[K]>>> {
  return page.evaluate(
    ([name, params]) => (window as unknown as { bench: Record<string, (...a: unknown[]) => Promise<unknown>> }).bench[name]!(...params),
    [method, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<LedgerBench[K]>>>;
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** The app at / and the bench page at /bench/, one origin, so both open the same IndexedDB. */
function serveAppAndBench(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const [root, rest] = path.startsWith('/bench/') ? [benchOut, path.slice('/bench/'.length)] : [appOut, path.slice(1)];
    const file = normalize(join(root, rest === '' ? 'index.html' : rest));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
  }));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Milliseconds in the page from the click to the moment `selector` matches (and `text`
 * when given), watched by a MutationObserver there, so Playwright's round trips don't count.
 */
async function clickUntil(page: Page, click: () => Promise<unknown>, selector: string, text?: RegExp): Promise<number> {
  // A string, not a function: the bench runs under tsx, whose helpers must not reach the page.
  await page.evaluate(`(() => {
    const selector = ${JSON.stringify(selector)};
    const pattern = ${text ? JSON.stringify(text.source) : 'null'};
    delete window.benchClickAt;
    delete window.benchDoneAt;
    document.addEventListener('click', () => { window.benchClickAt = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const found = document.querySelector(selector);
      if (window.benchClickAt !== undefined && found && (pattern === null || new RegExp(pattern).test(found.textContent || ''))) {
        window.benchDoneAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  await click();
  await page.waitForFunction(() => (window as unknown as { benchDoneAt?: number }).benchDoneAt !== undefined);
  return page.evaluate(() => {
    const state = window as unknown as { benchClickAt: number; benchDoneAt: number };
    return state.benchDoneAt - state.benchClickAt;
  });
}

export function reportsBenchmark(): Benchmark {
  let server: Server | undefined;
  let url = '';
  let context: BrowserContext | undefined;
  let profile: Awaited<ReturnType<typeof createBenchProfile>> | undefined;

  return {
    name: 'reports',
    async prepare() {
      await build({ root: 'tests/bench/page', base: './', logLevel: 'warn', build: { outDir: benchOut, emptyOutDir: true, rolldownOptions: { input: join(process.cwd(), 'tests/bench/page/ledger.html') } } });
      await rm(appOut, { recursive: true, force: true });
      await cp(appBuild, appOut, { recursive: true });
      ({ server, url } = await serveAppAndBench());
      profile = await createBenchProfile();
      context = await launchApp(profile.profileFolder, join(profile.folder, 'data'), `${url}/`);
    },
    async run() {
      const page = context!.pages()[0] ?? (await context!.newPage());
      await page.goto(`${url}/bench/ledger.html`);
      await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
      const bankId = await call(page, 'setUp', 'backoffice');
      const importMs = await call(page, 'importBook', entries);
      const firstTrialBalance = await call(page, 'trialBalance', '2025-01-01', '2025-12-31');
      const trialBalance = await call(page, 'trialBalance', '2025-02-10', '2026-01-20');
      const incomeStatement = await call(page, 'incomeStatement', '2025-01-01', '2025-12-31', '2024-01-01', '2024-12-31');
      const balanceSheet = await call(page, 'balanceSheet', '2026-06-15', '2025-12-31');
      const register = await call(page, 'register', bankId);
      if (register.rows !== entries / 2) throw new Error(`The bank register has ${register.rows} postings, not ${entries / 2}`);
      const registerYear = await call(page, 'register', bankId, '2025-01-01', '2025-12-31');
      const registerChunks = await call(page, 'registerChunks', bankId);
      const posts: Array<{ post: number; postAndReport: number }> = [];
      for (let i = 0; i < 10; i += 1) posts.push(await call(page, 'postOne', '2026-11-20'));

      // The same book on screen: the app opens the trial balance of the five years, then a
      // click on the bank's closing balance drills down to its register of every posting.
      const trialBalanceUrl = `${url}/#/bookkeeping/reports/trial-balance/preset=custom/from=2022-01-01/to=2026-12-31`;
      await page.goto(trialBalanceUrl);
      const bankRow = page.locator('[data-testid="trial-balance-table"] tr[data-account="Assets:Bank account"]');
      await bankRow.waitFor();
      const registerFirstRows = await clickUntil(page, () => bankRow.locator('a.drill').last().click(), '[data-testid="register-rows"] .vtable-data');
      await page.getByTestId('register-count').filter({ hasText: /^\d+$/ }).waitFor();
      await page.goto(`${url}/#/bookkeeping/reports`);
      await page.goto(trialBalanceUrl);
      await bankRow.waitFor();
      const registerWhole = await clickUntil(page, () => bankRow.locator('a.drill').last().click(), '[data-testid="register-count"]', /^\d+$/);
      // The window's memory with the whole book's register on screen (Chromium's own counter),
      // after a garbage collection: what the app holds, not what the import left behind.
      const cdp = await context!.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.detach();
      const heapMiB = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20);
      const trialBalanceOnScreen = await clickUntil(page, () => page.locator('nav.report-nav a').nth(1).click(), '[data-testid="trial-balance-table"] tr[data-account="Assets:Bank account"]');

      // Start-up with the book in the profile: browser launch → the home screen.
      await context!.close();
      const launchedAt = performance.now();
      context = await launchApp(profile!.profileFolder, join(profile!.folder, 'data'), `${url}/`);
      const restarted = context.pages()[0] ?? (await context.newPage());
      await restarted.goto(`${url}/`);
      await restarted.getByRole('heading', { level: 1, name: 'Bench Trading Kft.' }).waitFor();
      const startWithBook = performance.now() - launchedAt;
      return {
        [`import ${entries} entries`]: importMs,
        'trial balance (first, reads balances)': firstTrialBalance,
        'trial balance, dates inside months': trialBalance,
        'income statement with comparison': incomeStatement,
        'balance sheet with comparison': balanceSheet,
        'post one entry (median of 10)': median(posts.map((p) => p.post)),
        'post one entry + trial balance of its year': median(posts.map((p) => p.postAndReport)),
        [`register of ${register.rows} postings`]: register.ms,
        [`  of which reading its chunks`]: registerChunks,
        [`register of one year (${registerYear.rows} postings)`]: registerYear.ms,
        'on screen: click → register, first rows': registerFirstRows,
        [`on screen: click → register, all ${register.rows} rows`]: registerWhole,
        'on screen: click → trial balance': trialBalanceOnScreen,
        'window JS heap, MiB (register of the book open)': heapMiB,
        'launch → home interactive, book loaded': startWithBook,
      };
    },
    async cleanup() {
      await context?.close();
      await new Promise((resolve) => server?.close(resolve));
      await profile?.remove();
    },
  };
}
