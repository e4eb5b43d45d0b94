import { createServer, type Server } from 'node:http';
import { cp, readFile, rm } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import type { Benchmark } from './measure';
import { median } from './measure';
import { benchBuildFolder, createBenchProfile, launchApp } from './browser';

/**
 * Reorder suggestions on a book of 5,000 items (each with a reorder point), 300 suppliers,
 * 7,500 supplier prices, 500 open requests and 20,000 orders of 100,000 lines (15 % of the
 * orders still open), in a persistent Chromium profile as Electron keeps it: the
 * repository's read in the page, and the Reorder tab from a click to its first group.
 */
const itemCount = Number(process.env.BENCH_REORDER_ITEMS ?? 5_000);
const supplierCount = Number(process.env.BENCH_REORDER_SUPPLIERS ?? 300);
const orderCount = Number(process.env.BENCH_REORDER_ORDERS ?? 20_000);
const linesPerOrder = 5;
const benchOut = benchBuildFolder('reorder-page');
const appBuild = join(process.cwd(), 'dist', 'renderer');
const appOut = benchBuildFolder('reorder-app');

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

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
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
    }),
  );
}

function call<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([name, params]) => (window as unknown as { bench: Record<string, (...a: unknown[]) => Promise<unknown>> }).bench[name as string]!(...(params as unknown[])), [method, args] as const) as Promise<T>;
}

/** Milliseconds in the page from a click on the Reorder tab to its first supplier group on screen. */
async function tabToSuggestions(page: Page): Promise<number> {
  // A string, not a function: the bench runs under tsx, whose helpers must not reach the page.
  await page.evaluate(`(() => {
    delete window.benchAt; delete window.benchDone;
    const link = document.querySelector('a[href="#/purchasing/reorder"]');
    link.addEventListener('click', () => { window.benchAt = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (window.benchAt !== undefined && document.querySelector('.reorder-group tr[data-item]')) { window.benchDone = performance.now(); observer.disconnect(); }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  })()`);
  await page.locator('a[href="#/purchasing/reorder"]').click();
  await page.waitForFunction(() => (window as unknown as { benchDone?: number }).benchDone !== undefined, undefined, { timeout: 60_000, polling: 100 });
  return page.evaluate(() => {
    const state = window as unknown as { benchAt: number; benchDone: number };
    return state.benchDone - state.benchAt;
  });
}

type Suggested = { ms: number; groups: number; items: number };

export function reorderBenchmark(): Benchmark {
  let server: Server | undefined;
  let url = '';
  let context: BrowserContext | undefined;
  let profile: Awaited<ReturnType<typeof createBenchProfile>> | undefined;

  return {
    name: 'reorder',
    async prepare() {
      await build({ root: 'tests/bench/page', base: './', logLevel: 'warn', build: { outDir: benchOut, emptyOutDir: true, rolldownOptions: { input: join(process.cwd(), 'tests/bench/page/reorder.html') } } });
      await rm(appOut, { recursive: true, force: true });
      await cp(appBuild, appOut, { recursive: true });
      ({ server, url } = await serveAppAndBench());
      profile = await createBenchProfile();
      context = await launchApp(profile.profileFolder, join(profile.folder, 'data'), `${url}/`);
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(600_000);
      await page.goto(`${url}/bench/reorder.html`);
      await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
      await call(page, 'setUp', 'backoffice', itemCount, supplierCount, orderCount, linesPerOrder);
    },
    async run() {
      const page = context!.pages()[0] ?? (await context!.newPage());
      await page.goto(`${url}/bench/reorder.html`);
      await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
      const first = await call<Suggested>(page, 'suggest', 'backoffice');
      if (first.items === 0 || first.groups === 0) throw new Error('The benchmark book suggests nothing.');
      const again: number[] = [];
      for (let i = 0; i < 5; i += 1) again.push((await call<Suggested>(page, 'suggest', 'backoffice')).ms);
      const fresh: number[] = [];
      for (let i = 0; i < 5; i += 1) fresh.push((await call<Suggested>(page, 'suggest', 'backoffice', true)).ms);

      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${url}/#/purchasing/requests`);
      await page.getByRole('heading', { name: 'Requests', level: 2 }).waitFor();
      const screen = await tabToSuggestions(page);
      return {
        [`suggestions over ${itemCount} items, ${orderCount} orders: first read after opening (${first.items} items, ${first.groups} suppliers)`]: first.ms,
        [`suggestions over ${itemCount} items, ${orderCount} orders: read again, nothing written since (median of 5)`]: median(again),
        [`suggestions over ${itemCount} items, ${orderCount} orders: read with nothing in hand (median of 5)`]: median(fresh),
        'Reorder tab: click → first suggestions on screen': screen,
      };
    },
    async cleanup() {
      await context?.close();
      await new Promise((resolve) => server?.close(resolve));
      await profile?.remove();
    },
  };
}
