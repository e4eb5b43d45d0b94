/**
 * Importing a generated 200,000-transaction journal into the app, through the screen, in a
 * persistent Chromium profile (as Electron keeps IndexedDB on disk). Target (issue 3):
 * under 60 s with a progress bar, the window responsive. Responsiveness is measured in the
 * page as the longest gap between 50 ms timer ticks (a frozen window stops ticking).
 *
 * Run alone: `npx tsx tests/bench/journal-import.bench.ts` (after `npm run build:renderer`);
 * JOURNAL_TRANSACTIONS changes the size.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { PreviewServer } from 'vite';
import { generateJournal } from '../../shared/journal/generator';
import { bindBackoffice } from '../e2e/harness/bind';
import { chromiumArgs, chromiumPath } from '../e2e/harness/chromium';
import { completeSetup } from '../e2e/pages/setup-page';
import { servePages } from './browser';
import { measure, printTable, type Benchmark } from './measure';

const transactions = Number(process.env.JOURNAL_TRANSACTIONS ?? 200_000);

type Lag = { max: number; over100: number; over250: number };

/** Starts (or restarts) counting how long the window fails to run a 50 ms timer. */
async function watchLag(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lag: Lag; __lagTimer?: number };
    if (w.__lagTimer) clearInterval(w.__lagTimer);
    w.__lag = { max: 0, over100: 0, over250: 0 };
    let last = performance.now();
    w.__lagTimer = window.setInterval(() => {
      const now = performance.now();
      const gap = now - last - 50;
      last = now;
      w.__lag.max = Math.max(w.__lag.max, gap);
      if (gap > 100) w.__lag.over100 += 1;
      if (gap > 250) w.__lag.over250 += 1;
    }, 50);
  });
}

const readLag = (page: Page) => page.evaluate(() => (window as unknown as { __lag: Lag }).__lag);

export function journalImportBenchmark(): Benchmark {
  let server: PreviewServer | undefined;
  let url = '';
  let folder = '';
  let journalPath = '';
  let runNumber = 0;

  return {
    name: 'journal import',
    async prepare() {
      folder = await mkdtemp(join(tmpdir(), 'backoffice-journal-import-'));
      journalPath = join(folder, `generated-${transactions}.journal`);
      await writeFile(journalPath, generateJournal({ transactions, seed: 11 }));
      ({ server, url } = await servePages('renderer/vite.config.ts'));
    },
    async run() {
      runNumber += 1;
      const dataFolder = join(folder, `run-${runNumber}`);
      const context = await chromium.launchPersistentContext(join(dataFolder, 'profile'), { headless: true, executablePath: chromiumPath(), args: chromiumArgs });
      try {
        const bound = await bindBackoffice(context, { dataFolder, appUrl: url, printBrowser: () => Promise.reject(new Error('Benchmarks do not print.')) });
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(url);
        await completeSetup(page, { name: 'Bench Kft.', currency: 'EUR' });
        await page.goto(`${url}#/bookkeeping/journal-file`);
        await page.getByRole('button', { name: 'Choose journal file…' }).waitFor();

        bound.dialogs.answerNextOpen(journalPath);
        const readStart = Date.now();
        await page.getByRole('button', { name: 'Choose journal file…' }).click();
        await page.getByText('Reading and checking').waitFor({ timeout: 120_000 });
        const transferred = Date.now() - readStart;
        await watchLag(page);
        await page.getByTestId('journal-summary').waitFor({ timeout: 120_000 });
        const read = Date.now() - readStart;
        const readLagged = await readLag(page);

        await watchLag(page);
        const importStart = Date.now();
        await page.getByRole('button', { name: /^Import entries/ }).click();
        await page.getByTestId('journal-import-done').waitFor({ timeout: 600_000 });
        const imported = Date.now() - importStart;
        const importLagged = await readLag(page);
        const text = (await page.getByTestId('journal-import-done').textContent()) ?? '';
        if (!text.includes(`Entries posted: ${transactions.toLocaleString('en')}`)) {
          throw new Error(`Import did not finish as expected: ${text}`);
        }
        return {
          'open file (harness IPC transfer)': transferred,
          'read and check (worker)': read - transferred,
          'read: longest window freeze': readLagged.max,
          [`import ${transactions} entries`]: imported,
          'import: longest window freeze': importLagged.max,
          'import: freezes over 250 ms (count)': importLagged.over250,
        };
      } finally {
        await context.close();
        await rm(dataFolder, { recursive: true, force: true });
      }
    },
    async cleanup() {
      await server?.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await measure(journalImportBenchmark(), Number(process.env.BENCH_RUNS ?? 1));
  printTable(rows);
}
