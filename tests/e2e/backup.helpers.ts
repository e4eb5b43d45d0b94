import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parseBackupFileName } from '../../shared/backup/format';

/**
 * The IndexedDB database that holds the books now. A restore writes a new one and records
 * the switch in the `backoffice-directory` database; read raw here, never created.
 */
export async function booksDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((info) => info.name);
    if (!names.includes('backoffice-directory')) return 'backoffice';
    const directory = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice-directory');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const active = await new Promise<unknown>((resolve, reject) => {
      const request = directory.transaction('directory').objectStore('directory').get('active');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    directory.close();
    return typeof active === 'string' ? active : 'backoffice';
  });
}

/** The names of every books database in the profile (the current one, and any left behind). */
export async function booksDatabases(page: Page): Promise<string[]> {
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name ?? ''));
  return names.filter((name) => name.startsWith('backoffice') && name !== 'backoffice-directory').sort();
}

/** Record counts of every table of the app's database, and `postedEntries` (the entries inside the blocks), read with raw IndexedDB (not the code under test). */
export async function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames];
    const counts: Record<string, number> = {};
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = db.transaction(name).objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    // Posted entries are stored in blocks; the blocks' index of entry ids counts the entries.
    if (names.includes('entryBlocks')) {
      counts.postedEntries = await new Promise<number>((resolve, reject) => {
        const request = db.transaction('entryBlocks').objectStore('entryBlocks').index('ids').count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  }, await booksDatabase(page));
}

/** The backup files (by name) in a folder; temp files and anything else left out. */
export async function backupFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => parseBackupFileName(name) !== null).sort();
  } catch {
    return [];
  }
}

export async function openBackupSection(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backup' })).toBeVisible();
}

/** "Back up now" on the Backup page, waiting for the outcome line. */
export async function backUpNow(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Back up now' }).first().click();
  const saved = page.getByRole('status').filter({ hasText: 'Backup saved:' });
  await expect(saved).toBeVisible({ timeout: 20_000 });
  const match = /Backup saved: (.+\.backup)/.exec((await saved.textContent()) ?? '');
  return match![1]!;
}

export function defaultBackupFolder(dataFolder: string): string {
  return join(dataFolder, 'backups');
}

/** Every record of every table (raw IndexedDB), for comparing a book before and after a round trip. */
export async function tableDump(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return dump;
  }, await booksDatabase(page));
}
