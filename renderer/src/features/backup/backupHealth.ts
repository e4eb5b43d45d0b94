import { useEffect, useState } from 'react';
import { backupHealth, nextBackupDue, type BackupHealth } from '../../../../shared/backup/schedule';
import type { BackupStatus } from '../../../../shared/backup/settings';
import { useBackupStore, type BackupJob } from './backupStore';

/** The current time, refreshed every `everyMs`, so "overdue" appears without a click. */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

export type BackupSituation = {
  status: BackupStatus | null;
  job: BackupJob | null;
  lastSuccessAt: Date | null;
  nextDue: Date | null;
  health: BackupHealth;
  /** The one warning worth showing first, if any. */
  warning: 'unreachable' | 'failed' | 'never' | 'overdue' | null;
};

export function describeSituation(status: BackupStatus | null, job: BackupJob | null, now: Date): BackupSituation {
  const lastSuccessAt = status?.lastSuccess ? new Date(status.lastSuccess.at) : null;
  const health = status ? backupHealth(status.schedule, lastSuccessAt, now) : 'ok';
  const failedSinceSuccess = Boolean(status?.lastFailure && (!lastSuccessAt || new Date(status.lastFailure.at) > lastSuccessAt));
  let warning: BackupSituation['warning'] = null;
  if (status && !status.folderReachable) warning = 'unreachable';
  else if (failedSinceSuccess) warning = 'failed';
  else if (health === 'never') warning = 'never';
  else if (health === 'overdue') warning = 'overdue';
  return {
    status,
    job,
    lastSuccessAt,
    nextDue: status ? nextBackupDue(status.schedule, lastSuccessAt, now) : null,
    health,
    warning,
  };
}

export function useBackupSituation(): BackupSituation {
  const status = useBackupStore((state) => state.status);
  const job = useBackupStore((state) => state.job);
  const now = useNow();
  return describeSituation(status, job, now);
}

export function percentOf(job: BackupJob): number {
  return job.total > 0 ? Math.min(100, Math.floor((job.done / job.total) * 100)) : 0;
}
