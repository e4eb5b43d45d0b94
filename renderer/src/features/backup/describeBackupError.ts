import type { TFunction } from 'i18next';
import { isBackupProblem } from '../../../../shared/backup/problems';
import { BackupContentInvalid, BackupStopped } from '../../db/backup/types';
import { describeIpcError, IpcError } from '../../ipc/client';

/** The backup problem behind a failure, if main (or the export) named one. */
export function backupProblemOf(error: unknown) {
  if (error instanceof BackupStopped) return error.reason;
  if (error instanceof IpcError) {
    const reason = (error.details as { reason?: unknown } | undefined)?.reason;
    if (isBackupProblem(reason)) return reason;
  }
  return undefined;
}

/** What went wrong with a backup or restore, in the user's language, with what to do. */
export function describeBackupError(error: unknown, t: TFunction): string {
  const reason = backupProblemOf(error);
  if (!reason) return describeIpcError(error, t);
  if (error instanceof BackupContentInvalid) {
    const { table, key, params } = error.finding;
    return t('backup.problems.contentInvalid', { table: t(`backup.tables.${table}`, { defaultValue: table }), finding: t(`backup.content.${key}`, params) });
  }
  const fileName = error instanceof IpcError ? ((error.details as { fileName?: string } | undefined)?.fileName ?? '') : '';
  return t(`backup.problems.${reason}`, { fileName });
}
