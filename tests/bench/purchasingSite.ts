import { createServer, type Server } from 'node:http';
import { cp, readFile, rm } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import { benchBuildFolder, createBenchProfile, launchApp } from './browser';
import type { PurchasingBookSizes } from './purchasingBook';

/**
 * Where the purchasing benchmarks run: the built app at / and the purchasing bench page at
 * /bench/ on one origin (so both open the same IndexedDB), in a persistent Chromium
 * profile as Electron keeps it. `seed()` fills the app's database with the purchasing book
 * (tests/bench/purchasingBook.ts); then `app(hash)` opens a screen of the app on it.
 *
 *   const site = await openPurchasingSite('orders');
 *   await site.seed();
 *   const page = await site.app('#/purchasing/orders');
 *   ...
 *   await site.close();
 */
export type PurchasingSite = {
  url: string;
  page: Page;
  context: BrowserContext;
  /** Seeds the book into the app's database (a fresh one each time); what was written. */
  seed(sizes?: Partial<PurchasingBookSizes>): Promise<SeedSummary>;
  /** Calls a function of the bench page's `window.bench`. */
  call<T>(method: string, ...args: unknown[]): Promise<T>;
  /** Opens the app at a hash ('#/purchasing/orders') and waits for its first screen. */
  app(hash: string): Promise<Page>;
  close(): Promise<void>;
};

export type SeedSummary = { buildMs: number; storeMs: number; items: number; suppliers: number; orders: number; lines: number; bills: number };

const appBuild = join(process.cwd(), 'dist', 'renderer');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

function serve(appOut: string, benchOut: string): Promise<{ url: string; server: Server }> {
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

/** Builds the bench page, copies the app build (a rebuild elsewhere cannot pull pages away), serves both, opens a profile. */
export async function openPurchasingSite(name: string): Promise<PurchasingSite> {
  const benchOut = benchBuildFolder(`purchasing-page-${name}`);
  const appOut = benchBuildFolder(`purchasing-app-${name}`);
  await build({ root: 'tests/bench/page', base: './', logLevel: 'warn', build: { outDir: benchOut, emptyOutDir: true, rolldownOptions: { input: join(process.cwd(), 'tests/bench/page/purchasing.html') } } });
  await rm(appOut, { recursive: true, force: true });
  await cp(appBuild, appOut, { recursive: true });
  const { url, server } = await serve(appOut, benchOut);
  const profile = await createBenchProfile();
  const context = await launchApp(profile.profileFolder, join(profile.folder, 'data'), `${url}/`);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(180_000);

  const call = <T>(method: string, ...args: unknown[]) =>
    page.evaluate(([fn, params]) => (window as unknown as { bench: Record<string, (...a: unknown[]) => Promise<unknown>> }).bench[fn as string]!(...(params as unknown[])), [method, args] as const) as Promise<T>;
  return {
    url,
    page,
    context,
    call,
    async seed(sizes = {}) {
      await page.goto(`${url}/bench/purchasing.html`);
      await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
      return call<SeedSummary>('seed', 'backoffice', sizes);
    },
    async app(hash) {
      await page.goto(`${url}/${hash}`);
      await page.locator('.purchasing, main').first().waitFor();
      return page;
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await profile.remove();
      await rm(benchOut, { recursive: true, force: true });
      await rm(appOut, { recursive: true, force: true });
    },
  };
}
