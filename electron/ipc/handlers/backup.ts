import { IpcFailure } from '../../../shared/ipc/errors';
import type { BackupService } from '../../services/backup/backup-service';
import { BackupFault, refusalReasons } from '../../services/backup/faults';
import { defineHandlers, type HandlerGroup } from '../registry';

/**
 * Backup and restore. A refused file is FILE_REFUSED, a disk or folder problem IO_ERROR;
 * both carry `details.reason` (BackupProblem) for the window's message, and the file's
 * name and the kind of OS error where known. The fault itself (folder, OS words) goes
 * with the failure as its cause, to the local log.
 */
export function backupHandlers(service: BackupService): HandlerGroup {
  return defineHandlers('backup', {
    'backup:status': () => guard(() => service.status()),
    'backup:update-settings': ({ preferences, encryption }) => guard(() => service.updateSettings(preferences, encryption)),
    'backup:choose-folder': ({ title }) => guard(() => service.chooseFolder(title)),
    'backup:use-default-folder': () => guard(() => service.useDefaultFolder()),
    'backup:begin': (request) => guard(() => service.begin(request)),
    'backup:add-part': (request) => guard(() => service.addPart(request)),
    'backup:finish': (request) => guard(() => service.finish(request)),
    'backup:abort': (request) => guard(() => service.abort(request)),
    'backup:list': () => guard(() => service.list()),
    'backup:open': (request) => guard(() => service.open(request)),
    'backup:read-part': (request) => guard(() => service.readPart(request)),
    'backup:restore-documents': (request) => guard(() => service.restoreDocuments(request)),
    'backup:close': (request) => guard(() => service.close(request)),
    'backup:quit-ready': (request) => guard(() => service.quitReady(request)),
  });
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof BackupFault)) throw error;
    const picked = (error as BackupFault & { picked?: string }).picked;
    throw new IpcFailure(
      refusalReasons.has(error.reason) ? 'FILE_REFUSED' : 'IO_ERROR',
      error.message,
      {
        reason: error.reason,
        ...(error.fileName ? { fileName: error.fileName } : {}),
        ...(error.osError ? { osError: error.osError } : {}),
        ...(picked ? { picked } : {}),
      },
      { cause: error },
    );
  }
}
