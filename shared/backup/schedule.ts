import { z } from 'zod';

/**
 * When backups are taken: optionally when the app closes, plus automatically every N
 * hours or daily at a time. The renderer's scheduler asks `isBackupDue` once a minute;
 * the status widgets show `nextBackupDue` and `backupHealth`.
 */

export const timeOfDaySchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

export const backupScheduleSchema = z
  .object({
    onQuit: z.boolean(),
    every: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('off') }).strict(),
      z.object({ kind: z.literal('hours'), hours: z.number().int().min(1).max(168) }).strict(),
      z.object({ kind: z.literal('daily'), at: timeOfDaySchema }).strict(),
    ]),
  })
  .strict();
export type BackupSchedule = z.infer<typeof backupScheduleSchema>;

export const defaultBackupSchedule: BackupSchedule = { onQuit: true, every: { kind: 'daily', at: '12:00' } };

const hour = 3_600_000;
const minute = 60_000;
/** After a failed attempt the scheduler waits this long before trying again. */
export const retryAfterFailureMs = 15 * minute;
/** With no automatic schedule, a backup older than this still earns a warning. */
export const manualScheduleMaxAgeMs = 7 * 24 * hour;

/** The first daily time strictly after `after`, in local time. */
function nextDailyTime(at: string, after: Date): Date {
  const [hours, minutes] = at.split(':').map(Number) as [number, number];
  const candidate = new Date(after.getFullYear(), after.getMonth(), after.getDate(), hours, minutes, 0, 0);
  if (candidate.getTime() <= after.getTime()) candidate.setDate(candidate.getDate() + 1);
  return candidate;
}

/** When the next automatic backup is due; never backed up means due now; null when none is scheduled. */
export function nextBackupDue(schedule: BackupSchedule, lastSuccessAt: Date | null, now: Date): Date | null {
  const { every } = schedule;
  if (every.kind === 'off') return null;
  if (!lastSuccessAt) return now;
  if (every.kind === 'hours') return new Date(lastSuccessAt.getTime() + every.hours * hour);
  return nextDailyTime(every.at, lastSuccessAt);
}

/** How late a due backup may be before the status warns: a quarter of the interval, between 15 minutes and 2 hours. */
function graceMs(schedule: BackupSchedule): number {
  const interval = schedule.every.kind === 'hours' ? schedule.every.hours * hour : 24 * hour;
  return Math.min(2 * hour, Math.max(15 * minute, interval / 4));
}

export type BackupHealth = 'never' | 'ok' | 'overdue';

/** 'overdue' when the last good backup is older than the schedule allows. */
export function backupHealth(schedule: BackupSchedule, lastSuccessAt: Date | null, now: Date): BackupHealth {
  if (!lastSuccessAt) return 'never';
  const due = nextBackupDue(schedule, lastSuccessAt, now);
  if (!due) return now.getTime() - lastSuccessAt.getTime() > manualScheduleMaxAgeMs ? 'overdue' : 'ok';
  return now.getTime() - due.getTime() > graceMs(schedule) ? 'overdue' : 'ok';
}

/** Whether the scheduler should start a backup now (due, and not right after a failed try). */
export function isBackupDue(
  schedule: BackupSchedule,
  lastSuccessAt: Date | null,
  lastFailureAt: Date | null,
  now: Date,
): boolean {
  const due = nextBackupDue(schedule, lastSuccessAt, now);
  if (!due || due.getTime() > now.getTime()) return false;
  const failedSinceSuccess = lastFailureAt && (!lastSuccessAt || lastFailureAt > lastSuccessAt);
  return !(failedSinceSuccess && now.getTime() - lastFailureAt.getTime() < retryAfterFailureMs);
}
