import type { RequestOf, ResponseOf } from '../../../../shared/ipc/contract';
import type { BackupSink, BackupSource } from '../../db/backup/types';
import { invoke } from '../../ipc/client';

export type OpenedBackup = Extract<ResponseOf<'backup:open'>, { opened: true }>;

/** A backup file being written by main: begin now, then parts, then finish (or abort). */
export async function backupSinkFor(request: RequestOf<'backup:begin'>): Promise<BackupSink> {
  const { sessionId } = await invoke('backup:begin', request);
  return {
    addPart: async (table, part, records) => {
      await invoke('backup:add-part', { sessionId, table, records, ...part });
    },
    finish: (tables) => invoke('backup:finish', { sessionId, tables }),
    abort: async (reason) => {
      await invoke('backup:abort', reason ? { sessionId, reason } : { sessionId });
    },
  };
}

/** The parts of a backup main opened and verified. */
export function backupSourceFor(opened: OpenedBackup): BackupSource {
  return {
    manifest: opened.manifest,
    readPart: async (path) => (await invoke('backup:read-part', { handle: opened.handle, path })).deflated,
  };
}
