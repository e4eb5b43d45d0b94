import type { TFunction } from 'i18next';
import { isBackupProblem, type BackupProblem } from '../../../../shared/backup/problems';
import type { BackupFailure } from '../../../../shared/backup/settings';
import type { IpcErrorDetails } from '../../../../shared/ipc/errors';
import { BackupContentInvalid, BackupStopped } from '../../db/backup/types';
import { describeIpcError, detailsOf, IpcError, osReasonOf, sentences } from '../../ipc/client';

/** The backup problem behind a failure, if main (or the export) named one. */
export function backupProblemOf(error: unknown) {
  if (error instanceof BackupStopped) return error.reason;
  if (error instanceof IpcError) {
    const reason = (error.details as { reason?: unknown } | undefined)?.reason;
    if (isBackupProblem(reason)) return reason;
  }
  return undefined;
}

function problemText(reason: BackupProblem, details: Pick<IpcErrorDetails, 'fileName' | 'osError'>, t: TFunction): string {
  return sentences(t(`backup.problems.${reason}`, { fileName: details.fileName ?? '' }), osReasonOf(details, t));
}

/** What went wrong with a backup or restore, in the user's language, with what to do. */
export function describeBackupError(error: unknown, t: TFunction): string {
  const reason = backupProblemOf(error);
  if (!reason) return describeIpcError(error, t);
  if (error instanceof BackupContentInvalid) {
    const { table, key, params } = error.finding;
    return t('backup.problems.contentInvalid', { table: t(`backup.tables.${table}`, { defaultValue: table }), finding: t(`backup.content.${key}`, params) });
  }
  return problemText(reason, error instanceof IpcError ? detailsOf(error) : {}, t);
}

/** The failure backup.json keeps, in the user's language; one kept before reasons were recorded says so in general words. */
export function describeBackupFailure(failure: BackupFailure, t: TFunction): string {
  return failure.reason ? problemText(failure.reason, failure, t) : t('backup.status.failureUnrecorded');
}
