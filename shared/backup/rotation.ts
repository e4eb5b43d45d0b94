import { z } from 'zod';
import type { BackupPurpose } from './manifest';
import { newestBackupFirst } from './format';

/**
 * Which backups to keep: the last N, plus the newest of each of the last D days and of
 * each of the last M months (local calendar). Everything else may be removed — but only
 * backups older than the newest one, which the writer has just verified, are ever
 * candidates, and files whose names are not backup names are never touched.
 */

export const rotationRuleSchema = z
  .object({
    keepLast: z.number().int().min(1).max(1000),
    daily: z.number().int().min(0).max(3650),
    monthly: z.number().int().min(0).max(1200),
  })
  .strict();
export type RotationRule = z.infer<typeof rotationRuleSchema>;

export const defaultRotationRule: RotationRule = { keepLast: 10, daily: 14, monthly: 12 };

/**
 * Copies taken before a restore or an upgrade are not regular backups: the office's rule
 * does not count them, and they keep their own last three of each kind (never fewer than one).
 */
export const copiesBeforeChangesRule: RotationRule = { keepLast: 3, daily: 0, monthly: 0 };

/** The rule that rotates backups of this purpose: the office's for regular ones. */
export function rotationRuleFor(purpose: BackupPurpose, officeRule: RotationRule): RotationRule {
  return purpose === 'regular' ? officeRule : copiesBeforeChangesRule;
}

export type DatedBackup = { fileName: string; takenAt: Date };

const dayKey = (at: Date) => `${at.getFullYear()}-${at.getMonth()}-${at.getDate()}`;
const monthKey = (at: Date) => `${at.getFullYear()}-${at.getMonth()}`;

function lastDays(now: Date, days: number): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < days; i += 1) keys.add(dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i)));
  return keys;
}

function lastMonths(now: Date, months: number): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < months; i += 1) keys.add(monthKey(new Date(now.getFullYear(), now.getMonth() - i, 1)));
  return keys;
}

/** Splits the backups of one folder into those to keep and those rotation may delete. */
export function planRotation(
  backups: readonly DatedBackup[],
  rule: RotationRule,
  now: Date,
): { keep: DatedBackup[]; remove: DatedBackup[] } {
  const newestFirst = [...backups].sort(newestBackupFirst);
  const kept = new Set<DatedBackup>(newestFirst.slice(0, Math.max(1, rule.keepLast)));
  const days = lastDays(now, rule.daily);
  const months = lastMonths(now, rule.monthly);
  const seenDays = new Set<string>();
  const seenMonths = new Set<string>();
  for (const backup of newestFirst) {
    const day = dayKey(backup.takenAt);
    const month = monthKey(backup.takenAt);
    if (days.has(day) && !seenDays.has(day)) kept.add(backup);
    if (months.has(month) && !seenMonths.has(month)) kept.add(backup);
    seenDays.add(day);
    seenMonths.add(month);
  }
  return {
    keep: newestFirst.filter((backup) => kept.has(backup)),
    remove: newestFirst.filter((backup) => !kept.has(backup)),
  };
}
