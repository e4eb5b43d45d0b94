import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build, type PreviewServer } from 'vite';
import type { Benchmark } from './measure';
import { benchBuildFolder, createBenchProfile, servePages } from './browser';
import { chromiumArgs, chromiumPath } from '../e2e/harness/chromium';

const records = 10_000;
const singleWrites = 500;
const outDir = benchBuildFolder('audit-log-page');

type BenchApi = {
  clear(): Promise<void>;
  writeInOneTransaction(count: number): Promise<number>;
  writeOnePerAction(count: number): Promise<number>;
  readAll(): Promise<number>;
  readNewest(count: number): Promise<number>;
};

function call<K extends keyof BenchApi>(page: Page, method: K, ...args: Parameters<BenchApi[K]>) {
  return page.evaluate(
    ([name, params]) => {
      const api = (window as unknown as { bench: Record<string, (...a: unknown[]) => Promise<unknown>> }).bench;
      return api[name]!(...params) as Promise<number | undefined>;
    },
    [method, args] as [string, unknown[]],
  );
}

/** Writing and reading 10,000 activity-log records through the app's Dexie code. */
export function auditLogBenchmark(): Benchmark {
  let server: PreviewServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let profile: Awaited<ReturnType<typeof createBenchProfile>> | undefined;

  return {
    name: 'audit log',
    async prepare() {
      await build({ root: 'tests/bench/page', base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
      ({ server } = await servePages('renderer/vite.config.ts', outDir));
      profile = await createBenchProfile();
      context = await chromium.launchPersistentContext(profile.profileFolder, {
        headless: true,
        executablePath: chromiumPath(),
        args: chromiumArgs,
      });
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.resolvedUrls!.local[0]!);
      await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    },
    async run() {
      await call(page!, 'clear');
      const write = (await call(page!, 'writeInOneTransaction', records))!;
      const readAll = (await call(page!, 'readAll'))!;
      const readNewest = (await call(page!, 'readNewest', 100))!;
      const perAction = (await call(page!, 'writeOnePerAction', singleWrites))!;
      return {
        [`write ${records} in one transaction`]: write,
        [`read all ${records}`]: readAll,
        'read newest 100': readNewest,
        [`one audited save (mean of ${singleWrites})`]: perAction / singleWrites,
      };
    },
    async cleanup() {
      await context?.close();
      await server?.close();
      await profile?.remove();
    },
  };
}
