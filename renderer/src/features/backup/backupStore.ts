import { create } from 'zustand';
import type { FinishedBackup } from '../../../../shared/backup/channels';
import type { BackupStatus } from '../../../../shared/backup/settings';
import { invoke } from '../../ipc/client';

/** What is running now: one backup or restore at a time, with its progress. */
export type BackupJob = {
  kind: 'backup' | 'restore' | 'view';
  /** Stops it: the work ends after the part in hand and leaves nothing behind. */
  stop?: () => void;
  done: number;
  total: number;
};

/** How the last backup started from this window ended (the scheduler's too). */
export type BackupOutcome = { kind: 'saved'; backup: FinishedBackup } | { kind: 'failed'; error: unknown } | null;

type BackupState = {
  status: BackupStatus | null;
  statusError: unknown;
  job: BackupJob | null;
  outcome: BackupOutcome;
};

export const useBackupStore = create<BackupState>(() => ({ status: null, statusError: null, job: null, outcome: null }));

/** Asks main for the folder, schedule and last outcome; the widgets follow the store. */
export async function refreshBackupStatus(): Promise<BackupStatus | null> {
  try {
    const status = await invoke('backup:status', {});
    useBackupStore.setState({ status, statusError: null });
    return status;
  } catch (error) {
    useBackupStore.setState({ statusError: error });
    return null;
  }
}

export function setBackupStatus(status: BackupStatus): void {
  useBackupStore.setState({ status, statusError: null });
}

export function setJobProgress(job: BackupJob | null): void {
  useBackupStore.setState({ job });
}

/** Resolves once no backup or restore is running (the quit backup waits for a running one). */
export function whenIdle(): Promise<void> {
  if (!useBackupStore.getState().job) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useBackupStore.subscribe((state) => {
      if (state.job) return;
      stop();
      resolve();
    });
  });
}
