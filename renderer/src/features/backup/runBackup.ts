import { bookOfCompanyRecord } from '../../../../shared/backup/book';
import type { FinishedBackup } from '../../../../shared/backup/channels';
import { appDb, viewing } from '../../db/appDb';
import { exportDatabase } from '../../db/backup/exportDatabase';
import type { Progress } from '../../db/backup/types';
import { activeDatabaseName } from '../../db/booksDirectory';
import { BackofficeDb } from '../../db/database';
import { createAuditLogRepository } from '../../db/repositories/auditLogRepository';
import { createCompanyRepository } from '../../db/repositories/companyRepository';
import { backupSinkFor } from './backupIpc';
import { refreshBackupStatus, setJobProgress, useBackupStore } from './backupStore';

/**
 * Writes a backup of the current books through main. 'regular' goes to the backup
 * folder (the schedule's and "Back up now"), 'safety' to the app's folder before a
 * restore. The window stays usable meanwhile. While the window shows a backup opened
 * read-only, it is still the current books that are backed up.
 */
export async function writeBackup(purpose: 'regular' | 'safety', onProgress: Progress, signal?: AbortSignal): Promise<FinishedBackup> {
  const db = viewing ? new BackofficeDb(activeDatabaseName()) : appDb;
  try {
    await db.open();
    const company = await createCompanyRepository(db).getCompany();
    // The company record's id names the book, so main rotates only this book's backups.
    const sink = await backupSinkFor({ purpose, schemaVersion: db.verno, ...bookOfCompanyRecord(company) });
    return await exportDatabase(db, sink, {
      changeMarker: createAuditLogRepository(db).booksChangeMarker,
      ...(signal ? { signal } : {}),
      onProgress,
    });
  } finally {
    if (db !== appDb) db.close();
  }
}

/** "Back up now" and the scheduler: one at a time; resolves with the backup, or null when one was already running or it failed. */
export async function backUpNow(): Promise<FinishedBackup | null> {
  if (useBackupStore.getState().job) return null;
  const stop = new AbortController();
  stopRunning = () => stop.abort();
  setJobProgress({ kind: 'backup', done: 0, total: 0 });
  try {
    const backup = await writeBackup('regular', (done, total) => setJobProgress({ kind: 'backup', done, total }), stop.signal);
    useBackupStore.setState({ outcome: { kind: 'saved', backup } });
    return backup;
  } catch (error) {
    useBackupStore.setState({ outcome: { kind: 'failed', error } });
    return null;
  } finally {
    stopRunning = null;
    setJobProgress(null);
    await refreshBackupStatus();
  }
}

let stopRunning: (() => void) | null = null;

/** "Stop" while a backup runs: it ends after the part in hand, and its temp file is removed. */
export function stopBackup(): void {
  stopRunning?.();
}
