import { useEffect } from 'react';
import { isBackupDue } from '../../../../shared/backup/schedule';
import { invoke, onAppEvent } from '../../ipc/client';
import { refreshBackupStatus, useBackupStore, whenIdle } from './backupStore';
import { backUpNow } from './runBackup';

/** The first check waits a minute: start-up reads only what the first screen shows. */
export const firstCheckAfterMs = 60_000;
export const checkEveryMs = 60_000;

async function backUpIfDue(): Promise<void> {
  const status = await refreshBackupStatus();
  if (!status || useBackupStore.getState().job) return;
  const lastSuccess = status.lastSuccess ? new Date(status.lastSuccess.at) : null;
  const lastFailure = status.lastFailure ? new Date(status.lastFailure.at) : null;
  if (isBackupDue(status.schedule, lastSuccess, lastFailure, new Date())) await backUpNow();
}

/**
 * The backup schedule, run by the window (the data lives here): a check every minute
 * whether a backup is due, and the backup main asks for when the app closes.
 */
export function useBackupScheduler(): void {
  useEffect(() => {
    void refreshBackupStatus();
    let interval: number | undefined;
    const first = window.setTimeout(() => {
      void backUpIfDue();
      interval = window.setInterval(() => void backUpIfDue(), checkEveryMs);
    }, firstCheckAfterMs);
    const stopListening = onAppEvent('backup:quit-requested', () => {
      void (async () => {
        await whenIdle();
        const backup = await backUpNow();
        await invoke('backup:quit-ready', { backedUp: backup !== null }).catch(() => undefined);
      })();
    });
    return () => {
      window.clearTimeout(first);
      window.clearInterval(interval);
      stopListening();
    };
  }, []);
}
