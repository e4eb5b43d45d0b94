import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Directory from './booksDirectory';

// localStorage and sessionStorage do not exist in Node: a Map stands in for each (the
// browser's own are used end to end). IndexedDB is fake-indexeddb.
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let directory: typeof Directory;

beforeEach(async () => {
  Object.assign(globalThis, { localStorage: new MemoryStorage(), sessionStorage: new MemoryStorage() });
  // The module checks for the storages when it loads: load it afresh with them in place.
  vi.resetModules();
  directory = await import('./booksDirectory');
});

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

async function createBooks(name: string): Promise<void> {
  const db = new Dexie(name);
  db.version(1).stores({ settings: 'key' });
  await db.table('settings').put({ key: 'company', name });
  db.close();
}

describe('the books directory', () => {
  it('names the original database until a restore switches, then the new one, durably', async () => {
    expect(directory.activeDatabaseName()).toBe('backoffice');
    expect(await directory.confirmActiveDatabase()).toBe('ok');
    const restored = directory.newDatabaseName('books');
    expect(restored).toMatch(/^backoffice-books-[0-9A-Z]{26}$/);
    await directory.switchActiveDatabase(restored);
    expect(directory.activeDatabaseName()).toBe(restored);
    expect(await directory.confirmActiveDatabase()).toBe('ok');
  });

  it('a copy that missed the switch (a crash before it reached disk) is mended, and the window told to reload', async () => {
    const restored = directory.newDatabaseName('books');
    await directory.switchActiveDatabase(restored);
    localStorage.removeItem('backoffice.activeDatabase');
    expect(directory.activeDatabaseName()).toBe('backoffice');
    expect(await directory.confirmActiveDatabase()).toBe('reload');
    expect(directory.activeDatabaseName()).toBe(restored);
  });

  it('a directory that lost its record learns it back from the copy instead of falling back to the original', async () => {
    localStorage.setItem('backoffice.activeDatabase', 'backoffice-books-01KEPT');
    expect(await directory.confirmActiveDatabase()).toBe('ok');
    localStorage.removeItem('backoffice.activeDatabase');
    expect(await directory.confirmActiveDatabase()).toBe('reload');
    expect(directory.activeDatabaseName()).toBe('backoffice-books-01KEPT');
  });

  it('deletes the replaced, half-written and no longer viewed books, and keeps the current and the viewed ones', async () => {
    const current = directory.newDatabaseName('books');
    const viewed = directory.newDatabaseName('view');
    const halfWritten = directory.newDatabaseName('books');
    const oldView = directory.newDatabaseName('view');
    for (const name of ['backoffice', current, viewed, halfWritten, oldView, 'someone-else']) await createBooks(name);
    await directory.switchActiveDatabase(current);
    directory.startViewing({ database: viewed, fileName: 'Backoffice 2026-11-25 101500.backup', createdAt: '2026-11-25T10:15:00.000Z', company: 'Acme' });

    const removed = await directory.removeStaleDatabases();
    expect(removed.sort()).toEqual(['backoffice', halfWritten, oldView].sort());
    expect((await Dexie.getDatabaseNames()).sort()).toEqual(['backoffice-directory', current, 'someone-else', viewed].sort());

    directory.stopViewing();
    expect(directory.viewedBackup()).toBeNull();
    expect(await directory.removeStaleDatabases()).toEqual([viewed]);
  });

  it('deletes nothing when the current books cannot be found', async () => {
    await createBooks('backoffice');
    await directory.switchActiveDatabase('backoffice-books-01GONE');
    expect(await directory.removeStaleDatabases()).toEqual([]);
    expect(await Dexie.exists('backoffice')).toBe(true);
  });
});
