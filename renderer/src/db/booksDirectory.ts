import { ulid } from 'ulidx';
import { databaseName } from './database';

/**
 * Which IndexedDB database holds the books. A restore writes the backup into a fresh
 * database while the current one stays untouched, then switches over with one durable
 * write here: a crash or a stop at any moment leaves the app on either the old books or
 * the new, never a mix, and no table has to be emptied first.
 *
 * The directory (its own small database) is the truth; localStorage keeps a copy so the
 * app's database can be named synchronously at start, and start-up checks the copy.
 * A book opened read-only from a backup is named in sessionStorage: it ends with the window.
 */
const directoryName = `${databaseName}-directory`;
const activeKey = 'backoffice.activeDatabase';
const viewingKey = 'backoffice.viewing';

/** A backup opened read-only: its own database, and what the banner says about it. */
export type ViewedBackup = { database: string; fileName: string; createdAt: string; company: string };

// Unit tests import the app's database module in Node, where neither storage exists.
const hasStorage = typeof localStorage !== 'undefined' && typeof sessionStorage !== 'undefined';

export function activeDatabaseName(): string {
  return (hasStorage ? localStorage.getItem(activeKey) : null) ?? databaseName;
}

/** A value this window kept in sessionStorage as JSON; null when absent or unreadable. */
export function sessionValue<T>(key: string): T | null {
  const stored = hasStorage ? sessionStorage.getItem(key) : null;
  if (!stored) return null;
  try {
    return JSON.parse(stored) as T;
  } catch {
    return null;
  }
}

export function viewedBackup(): ViewedBackup | null {
  return sessionValue<ViewedBackup>(viewingKey);
}

export function startViewing(backup: ViewedBackup): void {
  sessionStorage.setItem(viewingKey, JSON.stringify(backup));
}

export function stopViewing(): void {
  sessionStorage.removeItem(viewingKey);
}

/** A fresh database name for restored books or a viewed backup. */
export function newDatabaseName(kind: 'books' | 'view'): string {
  return `${databaseName}-${kind}-${ulid()}`;
}

function request<T>(call: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    call.onsuccess = () => resolve(call.result);
    call.onerror = () => reject(call.error ?? new Error('IndexedDB request failed.'));
  });
}

async function openDirectory(): Promise<IDBDatabase> {
  const opening = indexedDB.open(directoryName, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore('directory');
  return request(opening);
}

/** The directory's answer (null when nothing was ever switched: the original database). */
async function recordedActive(): Promise<string | null> {
  const directory = await openDirectory();
  try {
    const name: unknown = await request(directory.transaction('directory').objectStore('directory').get('active'));
    return typeof name === 'string' ? name : null;
  } finally {
    directory.close();
  }
}

/**
 * Start-up check of the synchronous copy against the directory. 'reload' when they
 * differed (a crash right after a switch, before the copy reached disk): the copy is
 * mended and the window must reload before anything opens the books. A directory that
 * lost its record learns it back from the copy, never the other way round.
 */
export async function confirmActiveDatabase(): Promise<'ok' | 'reload'> {
  const recorded = await recordedActive();
  const cached = localStorage.getItem(activeKey);
  if (recorded === null) {
    if (cached !== null) await recordActive(cached);
    return 'ok';
  }
  if (recorded === activeDatabaseName()) return 'ok';
  localStorage.setItem(activeKey, recorded);
  return 'reload';
}

/** Makes `name` the books from now on: committed to disk before this resolves. */
export async function switchActiveDatabase(name: string): Promise<void> {
  await recordActive(name);
  localStorage.setItem(activeKey, name);
}

async function recordActive(name: string): Promise<void> {
  const directory = await openDirectory();
  try {
    const transaction = directory.transaction('directory', 'readwrite', { durability: 'strict' });
    transaction.objectStore('directory').put(name, 'active');
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('The switch to the restored books failed.'));
      transaction.onabort = () => reject(transaction.error ?? new Error('The switch to the restored books was aborted.'));
    });
  } finally {
    directory.close();
  }
}

/**
 * Deletes books databases nothing points at: the one a restore replaced, one a crash
 * left half written, a viewed backup whose window closed. Run at start, before anything
 * else opens a database.
 */
export async function removeStaleDatabases(): Promise<string[]> {
  const active = activeDatabaseName();
  const keep = new Set([directoryName, active, viewedBackup()?.database]);
  const names = (await indexedDB.databases()).map((info) => info.name ?? '');
  // Books that cannot be found are no moment to tidy up: keep everything for a look.
  if (!names.includes(active)) return [];
  const stale = names.filter((name) => (name === databaseName || name.startsWith(`${databaseName}-`)) && !keep.has(name));
  await Promise.all(stale.map((name) => request(indexedDB.deleteDatabase(name)).catch(() => undefined)));
  return stale;
}
