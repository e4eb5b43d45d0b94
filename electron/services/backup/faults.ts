import type { BackupProblem } from '../../../shared/backup/problems';

/** A backup or restore that cannot go on, with the reason the window translates. */
export class BackupFault extends Error {
  readonly reason: BackupProblem;
  readonly fileName: string | undefined;
  constructor(reason: BackupProblem, message: string, options: { fileName?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BackupFault';
    this.reason = reason;
    this.fileName = options.fileName;
  }
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
