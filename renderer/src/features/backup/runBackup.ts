import type { FinishedBackup } from '../../../../shared/backup/channels';
import { appDb } from '../../db/appDb';
import { exportDatabase } from '../../db/backup/exportDatabase';
import { companyRepository } from '../../db/repositories';
import { backupSinkFor } from './backupIpc';
import { refreshBackupStatus, setJobProgress, useBackupStore, type BackupJob } from './backupStore';

/** The newest activity-log id: it changes with every business write. */
async function newestActivity(): Promise<string | undefined> {
  return (await appDb.auditLog.orderBy('id').last())?.id;
}

/**
 * Writes a backup of the whole database through main. 'regular' goes to the backup
 * folder (the schedule's and "Back up now"), 'safety' to the app's folder before a
 * restore. Progress is shown as `step` of `job`; the window stays usable meanwhile.
 */
export async function writeBackup(purpose: 'regular' | 'safety', job: Omit<BackupJob, 'done' | 'total'>, signal?: AbortSignal): Promise<FinishedBackup> {
  await appDb.open();
  const company = await companyRepository.getCompany();
  const sink = await backupSinkFor({ purpose, schemaVersion: appDb.verno, companyName: company?.name ?? '' });
  return exportDatabase(appDb, sink, {
    changeMarker: newestActivity,
    ...(signal ? { signal } : {}),
    onProgress: (done, total) => setJobProgress({ ...job, done, total }),
  });
}

/** "Back up now" and the scheduler: one at a time; resolves with the backup, or null when one was already running or it failed. */
export async function backUpNow(): Promise<FinishedBackup | null> {
  if (useBackupStore.getState().job) return null;
  const stop = new AbortController();
  stopRunning = () => stop.abort();
  setJobProgress({ kind: 'backup', step: 'reading', done: 0, total: 0 });
  try {
    const backup = await writeBackup('regular', { kind: 'backup', step: 'reading' }, stop.signal);
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
