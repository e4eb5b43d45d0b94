import type { BackupProblem } from '../../../shared/backup/problems';
import type { BackupFailure } from '../../../shared/backup/settings';
import { bareFileNameSchema, osErrorKindOf, type OsErrorKind } from '../../../shared/ipc/errors';

/**
 * A backup or restore that cannot go on, with the reason the window translates. The
 * message may name folders and quote the OS: it is for the local log, not the window.
 */
export class BackupFault extends Error {
  readonly reason: BackupProblem;
  readonly fileName: string | undefined;
  /** The kind of OS error behind it, if one is. */
  readonly osError: OsErrorKind | undefined;
  constructor(reason: BackupProblem, message: string, options: { fileName?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BackupFault';
    this.reason = reason;
    this.fileName = options.fileName;
    this.osError = osErrorKindOf(options.cause);
  }
}

/** What backup.json keeps of a failed backup (besides when): codes and a file name the window translates. */
export function failureRecordOf(fault: BackupFault): Omit<BackupFailure, 'at'> {
  return {
    reason: fault.reason,
    ...(bareFileNameSchema.safeParse(fault.fileName).success ? { fileName: fault.fileName } : {}),
    ...(fault.osError ? { osError: fault.osError } : {}),
  };
}

/** Faults about the file's content (refused) as opposed to the disk or folder (I/O). */
export const refusalReasons: ReadonlySet<BackupProblem> = new Set([
  'notABackup',
  'damaged',
  'truncated',
  'newerFormat',
  'newerSchema',
  'schemaMismatch',
  'beyondLimits',
  'passphraseNeeded',
  'wrongPassphrase',
  'documentDamaged',
  'notAllowed',
]);

/** Turns a Node file-system error into the reason the office manager can act on. */
export function faultFromFileError(error: unknown, what: string): BackupFault {
  if (error instanceof BackupFault) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new BackupFault('diskFull', `The disk is full: ${what} (${detail}).`, { cause: error });
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new BackupFault('readOnly', `Cannot write there: ${what} (${detail}).`, { cause: error });
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENODEV':
    case 'ENXIO':
    case 'EIO':
    case 'EHOSTDOWN':
    case 'ETIMEDOUT':
      return new BackupFault('folderUnreachable', `The folder cannot be reached: ${what} (${detail}).`, { cause: error });
    default:
      return new BackupFault('folderUnreachable', `${what}: ${detail}`, { cause: error });
  }
}
