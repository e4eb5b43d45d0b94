import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { PreviewServer } from 'vite';
import { openBackup } from '../../electron/services/backup/backup-reader';
import { completeSetup } from '../e2e/pages/setup-page';
import type { Benchmark } from './measure';
import { createBenchProfile, launchApp, servePages } from './browser';

// A book of 200,000 journal entries (in month blocks of 250 with their lines inside, as the
// ledger stores them, with its monthly balances and register chunks) and 1,000 documents of 100 kB (100 MB): "Back up now", a full verify, and a
// restore through the UI, in the built app on a persistent profile. Peak memory: the
// window's JS heap (sampled over CDP) and this process's RSS, which hosts main's handlers.

/** BENCH_BACKUP_SCALE=0.25 runs a quarter of the book (for quick looks). */
const scale = Number(process.env.BENCH_BACKUP_SCALE ?? 1);
const entries = Math.round(200_000 * scale);
const documents = Math.round(1_000 * scale);
const documentBytes = 100_000;
const companyName = 'Bench Backup Kft.';

/** Raw IndexedDB: the seed must not depend on the code measured. */
async function seedEntries(page: Page): Promise<void> {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const accounts = Array.from({ length: 40 }, (_, i) => `01ACCOUNT${String(i).padStart(17, '0')}`);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('accounts', 'readwrite');
      accounts.forEach((id, i) =>
        tx.objectStore('accounts').put({ id, name: `Account ${i}`, type: i < 10 ? 'asset' : i < 20 ? 'liability' : i < 30 ? 'income' : 'expense', parentId: null, archived: false, createdAt: 'x', updatedAt: 'x' }),
      );
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    // Stored as the app stores posted entries: blocks of up to 250 entries of one month.
    type Entry = { id: string; number: string; date: string; payee: string; memo: string; currency: string; lines: { accountId: string; debit: number; credit: number }[] };
    const blocks = new Map<string, Entry[]>();
    for (let i = 0; i < count; i += 1) {
      const day = new Date(Date.UTC(2021, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10);
      const amount = 1000 + (i % 97) * 113;
      const entry = {
        id: `01ENTRY${String(i).padStart(19, '0')}`,
        number: `${day.slice(0, 4)}-${String(i).padStart(6, '0')}`,
        date: day,
        payee: `Supplier ${i % 300}`,
        memo: i % 3 === 0 ? 'Monthly invoice, office supplies' : '',
        currency: 'EUR',
        lines: [
          { accountId: accounts[i % 10]!, debit: amount, credit: 0 },
          { accountId: accounts[20 + (i % 10)]!, debit: 0, credit: Math.round(amount * 0.8) },
          { accountId: accounts[10 + (i % 10)]!, debit: 0, credit: amount - Math.round(amount * 0.8), vatCode: 'S27' },
        ],
        status: 'posted',
        origin: 'manual',
        postedAt: '2026-01-01T00:00:00.000Z',
        documentIds: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      };
      const month = blocks.get(day.slice(0, 7));
      if (month) month.push(entry);
      else blocks.set(day.slice(0, 7), [entry]);
    }
    // The monthly balances and register chunks the ledger keeps beside its entries, as it
    // keeps them (shared/ledger/aggregates.ts): a restore checks that they agree.
    type Posting = { entryId: string; line: number; date: string; number: string; payee: string; memo: string; currency: string; debit: number; credit: number };
    const balances = new Map<string, { accountId: string; currency: string; period: string; debit: number; credit: number }>();
    const registers = new Map<string, { accountId: string; period: string; postings: Posting[] }>();
    for (const [period, monthEntries] of blocks) {
      for (const entry of monthEntries) {
        entry.lines.forEach((line, index) => {
          const key = `${line.accountId} ${period}`;
          const balance = balances.get(key) ?? { accountId: line.accountId, currency: entry.currency, period, debit: 0, credit: 0 };
          balance.debit += line.debit;
          balance.credit += line.credit;
          balances.set(key, balance);
          const chunk = registers.get(key) ?? { accountId: line.accountId, period, postings: [] };
          chunk.postings.push({ entryId: entry.id, line: index, date: entry.date, number: entry.number, payee: entry.payee, memo: entry.memo, currency: entry.currency, debit: line.debit, credit: line.credit });
          registers.set(key, chunk);
        });
      }
    }
    // Register order: date, entry id, line (inline: a named function here would need tsx's __name helper in the page).
    for (const chunk of registers.values()) {
      chunk.postings.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.entryId !== b.entryId ? (a.entryId < b.entryId ? -1 : 1) : a.line - b.line));
    }
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entryBlocks', 'balances', 'registers'], 'readwrite');
      const store = tx.objectStore('entryBlocks');
      for (const [period, monthEntries] of blocks) {
        for (let block = 0; block * 250 < monthEntries.length; block += 1) {
          const inBlock = monthEntries.slice(block * 250, block * 250 + 250);
          store.put({ period, block, ids: inBlock.map((entry) => entry.id), numbers: inBlock.map((entry) => entry.number), entries: inBlock });
        }
      }
      for (const balance of balances.values()) tx.objectStore('balances').put(balance);
      for (const chunk of registers.values()) tx.objectStore('registers').put(chunk);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, entries);
}

async function storeDocuments(dataFolder: string): Promise<void> {
  const folder = join(dataFolder, 'documents');
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < documents; i += 1) {
    const content = randomBytes(documentBytes);
    await writeFile(join(folder, createHash('sha256').update(content).digest('hex')), content);
  }
}

/** Samples the window's JS heap and this process's RSS until stopped; returns the peaks in MB. */
function sampleMemory(cdp: CDPSession) {
  let heap = 0;
  let rss = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] as { name: string; value: number }[] }));
      heap = Math.max(heap, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
      rss = Math.max(rss, process.memoryUsage().rss);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { heapMb: heap / 1e6, rssMb: rss / 1e6 };
  };
}

export function backupBenchmark(): Benchmark {
  let server: PreviewServer | undefined;
  let profile: Awaited<ReturnType<typeof createBenchProfile>> | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let cdp: CDPSession | undefined;
  let dataFolder = '';

  return {
    name: 'backup',
    async prepare() {
      let url: string;
      ({ server, url } = await servePages('renderer/vite.config.ts'));
      profile = await createBenchProfile();
      dataFolder = join(profile.folder, 'data');
      await mkdir(dataFolder, { recursive: true });
      context = await launchApp(profile.profileFolder, dataFolder, url);
      page = context.pages()[0] ?? (await context.newPage());
      if (process.env.BENCH_VERBOSE) page.on('console', (message) => process.stderr.write(`  [window] ${message.text()}\n`));
      await page.goto(url);
      await completeSetup(page, { name: companyName });
      process.stderr.write(`  seeding ${entries} entries and ${documents} documents…\n`);
      await seedEntries(page);
      await storeDocuments(dataFolder);
      // Seeded files are still being written to disk; a real store was filled long ago.
      execFileSync('sync');
      await page.reload();
      await page.getByRole('heading', { name: companyName }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'Backup' }).click();
      cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
    },
    async run() {
      const p = page!;
      // Back up now. The seeding's garbage is collected first, so the peak is what the backup holds.
      await cdp!.send('HeapProfiler.collectGarbage');
      let stop = sampleMemory(cdp!);
      let start = performance.now();
      await p.getByRole('button', { name: 'Back up now' }).click();
      const saved = p.getByRole('status').filter({ hasText: 'Backup saved:' });
      await saved.waitFor({ timeout: 600_000 });
      const backup = performance.now() - start;
      const backupMemory = await stop();
      const fileName = /Backup saved: (.+\.backup)/.exec((await saved.textContent()) ?? '')![1]!;
      const backupPhases = await p.evaluate(() => {
        const totals: Record<string, number> = {};
        for (const entry of performance.getEntriesByType('measure')) if (entry.name.startsWith('backup.')) totals[entry.name] = (totals[entry.name] ?? 0) + entry.duration;
        return totals;
      });
      process.stderr.write(`  backup ${Math.round(backup)} ms, window heap peak ${Math.round(backupMemory.heapMb)} MB; phases ${JSON.stringify(backupPhases, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}\n`);

      // Verify everything, as main does before a restore and `backoffice verify` does.
      start = performance.now();
      await (await openBackup(join(dataFolder, 'backups', fileName))).close();
      const verify = performance.now() - start;

      // Restore it through the UI: main verifies; then the safety backup, the documents and
      // the records into a new database run side by side; the window reopens on the new books.
      await cdp!.send('HeapProfiler.collectGarbage');
      stop = sampleMemory(cdp!);
      start = performance.now();
      await p.locator(`tr[title="${fileName}"]`).getByRole('button', { name: /Restore the backup of/ }).click();
      await p.getByTestId('backup-verified').waitFor({ timeout: 600_000 });
      const opened = performance.now() - start;
      start = performance.now();
      await p.getByRole('button', { name: 'Replace current data' }).click();
      await p.getByRole('status').filter({ hasText: 'was restored' }).waitFor({ timeout: 600_000 });
      const replaced = performance.now() - start;
      const restoreMemory = await stop();

      // Open the same backup read-only: its records into a database of their own.
      start = performance.now();
      await p.locator(`tr[title="${fileName}"]`).getByRole('button', { name: /Restore the backup of/ }).click();
      await p.getByTestId('backup-verified').waitFor({ timeout: 600_000 });
      await p.getByRole('button', { name: 'Open read-only' }).click();
      await p.getByRole('region', { name: 'Backup opened read-only' }).waitFor({ timeout: 600_000 });
      const viewed = performance.now() - start;
      await p.getByRole('button', { name: 'Back to the current books' }).click();
      await p.getByRole('region', { name: 'Backup opened read-only' }).waitFor({ state: 'detached' });
      await p.getByRole('heading', { level: 1, name: 'Backup' }).waitFor();
      return {
        'backup: Back up now → saved and verified': backup,
        'verify: whole file in main (Node)': verify,
        'restore: open + verify in main': opened,
        'restore: safety backup ∥ documents ∥ records → reopened': replaced,
        'restore: total': opened + replaced,
        'open read-only: open + verify + records → reopened': viewed,
        'peak JS heap of the window, backup (MB)': backupMemory.heapMb,
        'peak JS heap of the window, restore (MB)': restoreMemory.heapMb,
        'peak RSS of main (this process) (MB)': Math.max(backupMemory.rssMb, restoreMemory.rssMb),
      };
    },
    async cleanup() {
      await context?.close();
      await server?.close();
      await profile?.remove();
    },
  };
}
