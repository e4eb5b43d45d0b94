import { restoreInto } from '../../db/backup/restoreDatabase';
import { newDatabaseName, startViewing, stopViewing } from '../../db/booksDirectory';
import { appDb } from '../../db/appDb';
import { backupSourceFor, type OpenedBackup } from './backupIpc';
import { setJobProgress, useBackupStore } from './backupStore';
import { closeOpenedBackup } from './runRestore';

/**
 * Opens a verified backup to look at, without touching the current books: its records
 * go into a database of their own, and the window reopens on it read-only (every write
 * is refused) until "Back to the current books" or the window closes. Backups the
 * schedule takes meanwhile are of the current books.
 */
export async function openBackupReadOnly(opened: OpenedBackup): Promise<void> {
  if (useBackupStore.getState().job) throw new Error('A backup or restore is already running.');
  const database = newDatabaseName('view');
  const stop = new AbortController();
  const show = (done: number, total: number) => setJobProgress({ kind: 'view', done, total, stop: () => stop.abort() });
  show(0, 0);
  try {
    await restoreInto(database, backupSourceFor(opened), { auditAction: null, signal: stop.signal, onProgress: show });
    startViewing({ database, fileName: opened.fileName, createdAt: opened.manifest.createdAt, company: opened.manifest.company });
  } catch (error) {
    setJobProgress(null);
    throw error;
  } finally {
    await closeOpenedBackup(opened);
  }
  appDb.close();
  window.location.reload();
}

/** Back to the current books; the opened copy is deleted when the window starts again. */
export function closeViewedBackup(): void {
  stopViewing();
  appDb.close();
  window.location.reload();
}
