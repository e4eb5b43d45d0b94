import { createServer, type Server } from 'node:http';
import { cp, readFile, rm } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import type { Benchmark } from './measure';
import { median } from './measure';
import { benchBuildFolder, createBenchProfile, launchApp } from './browser';

/**
 * Stocktakes on a warehouse of 10,000 items in 500 places, in a persistent Chromium profile
 * as Electron keeps it: starting a stocktake of everything (the snapshot), approving
 * 10,000 counted lines (movements and journal entry in one write), and the counting screen
 * with all 10,000 lines: a scanned code to its count fields, and the longest main-thread
 * task while a counter scans and types.
 */
const itemCount = Number(process.env.BENCH_STOCKTAKE_ITEMS ?? 10_000);
const placeCount = Number(process.env.BENCH_STOCKTAKE_PLACES ?? 500);
const benchOut = benchBuildFolder('stocktake-page');
const appBuild = join(process.cwd(), 'dist', 'renderer');
const appOut = benchBuildFolder('stocktake-app');

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

/** Milliseconds in the page from Enter in the scan field to the count fields of `name` on screen. */
async function scanToFields(page: Page, code: string, name: string): Promise<number> {
  // A string, not a function: the bench runs under tsx, whose helpers must not reach the page.
  await page.evaluate(`(() => {
    delete window.benchAt; delete window.benchDone;
    const scan = document.getElementById('count-scan');
    scan.addEventListener('keydown', (event) => { if (event.key === 'Enter' && window.benchAt === undefined) window.benchAt = performance.now(); }, { capture: true });
    const observer = new MutationObserver(() => {
      const entry = document.querySelector('[data-testid="count-entry"]');
      if (window.benchAt !== undefined && entry && entry.textContent.includes(${JSON.stringify(name)})) { window.benchDone = performance.now(); observer.disconnect(); }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  await page.locator('#count-scan').focus();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { benchDone?: number }).benchDone !== undefined).catch(async (error: unknown) => {
    if (process.env.BENCH_SHOT) await page.screenshot({ path: process.env.BENCH_SHOT });
    throw error;
  });
  return page.evaluate(() => {
    const state = window as unknown as { benchAt: number; benchDone: number };
    return state.benchDone - state.benchAt;
  });
}

const code = (index: number) => `BC${String(index + 1).padStart(8, '0')}`;

export function stocktakeBenchmark(): Benchmark {
  let server: Server | undefined;
  let url = '';
  let context: BrowserContext | undefined;
  let profile: Awaited<ReturnType<typeof createBenchProfile>> | undefined;

  return {
    name: 'stocktake',
    async prepare() {
      await build({ root: 'tests/bench/page', base: './', logLevel: 'warn', build: { outDir: benchOut, emptyOutDir: true, rolldownOptions: { input: join(process.cwd(), 'tests/bench/page/stocktake.html') } } });
      await rm(appOut, { recursive: true, force: true });
      await cp(appBuild, appOut, { recursive: true });
      ({ server, url } = await serveAppAndBench());
      profile = await createBenchProfile();
      context = await launchApp(profile.profileFolder, join(profile.folder, 'data'), `${url}/`);
    },
    async run() {
      const page = context!.pages()[0] ?? (await context!.newPage());
      await page.goto(`${url}/bench/stocktake.html`);
      await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
      await call(page, 'setUp', 'backoffice', itemCount, placeCount);
      const started = await call<{ ms: number; id: string; lines: number }>(page, 'start');
      if (started.lines !== itemCount) throw new Error(`The stocktake has ${started.lines} lines, not ${itemCount}.`);
      const counting = await call<number>(page, 'countAll', started.id);
      const approving = await call<number>(page, 'approve', started.id);

      // The counting screen of a second stocktake, every place at once: 10,000 lines.
      const second = await call<{ id: string }>(page, 'start');
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${url}/#/inventory/stocktakes/${second.id}/count`);
      await page.locator('[data-testid="count-rows"] .vtable-data').first().waitFor();
      await page.evaluate(`(() => {
        window.benchLongest = 0;
        new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.benchLongest = Math.max(window.benchLongest, entry.duration); }).observe({ type: 'longtask' });
      })()`);
      const finds: number[] = [];
      for (let i = 0; i < 10; i += 1) {
        const index = Math.floor(((i + 0.5) * itemCount) / 10);
        finds.push(await scanToFields(page, code(index), `Bench item ${index + 1}`));
        await page.locator('#count-units').fill(String(i + 5));
        await page.keyboard.press('Enter');
        await page.locator('[data-testid="count-entry"]').waitFor({ state: 'detached' });
        // The save's refresh of the lists lands before the next scan, so each find is timed alone
        // (the refresh itself shows in the longest task).
        await page.getByTestId('stocktake-progress').filter({ hasText: `counted ${i + 1} of` }).waitFor();
      }
      const longest = await page.evaluate(() => (window as unknown as { benchLongest: number }).benchLongest);
      return {
        [`start a stocktake of ${itemCount} items (snapshot)`]: started.ms,
        [`count ${itemCount} lines, ${placeCount} sheet saves`]: counting,
        [`approve ${itemCount} counted lines (movements + entry)`]: approving,
        'counting screen: scan → count fields (median of 10)': median(finds),
        'counting screen: longest main-thread task while scanning and typing': longest,
      };
    },
    async cleanup() {
      await context?.close();
      await new Promise((resolve) => server?.close(resolve));
      await profile?.remove();
    },
  };
}
