import type { RequestOf } from '../../../../shared/ipc/contract';
import { appDb } from '../../db/appDb';
import { restoreDatabase } from '../../db/backup/restoreDatabase';
import { companyRepository, preferencesRepository } from '../../db/repositories';
import { currentLanguage } from '../../i18n';
import { invoke } from '../../ipc/client';
import { mirrorSettingsToMain } from '../settings/mirrorSettings';
import { backupSourceFor, type OpenedBackup } from './backupIpc';
import { refreshBackupStatus, setJobProgress, useBackupStore } from './backupStore';
import { writeBackup } from './runBackup';

export type RestoreSource = RequestOf<'backup:open'>['source'];

/** Main opens and verifies the whole file; null when the user cancelled the file dialog. */
export async function openBackupForRestore(source: RestoreSource, passphrase?: string): Promise<OpenedBackup | null> {
  await appDb.open();
  const opened = await invoke('backup:open', { source, schemaVersion: appDb.verno, ...(passphrase ? { passphrase } : {}) });
  return opened.opened ? opened : null;
}

export async function closeOpenedBackup(opened: OpenedBackup): Promise<void> {
  await invoke('backup:close', { handle: opened.handle }).catch(() => undefined);
}

/**
 * Replaces the current data with a verified backup: first a safety backup of the current
 * data (if that fails, nothing is touched), then the backup's documents into the store
 * (content-addressed: nothing existing is overwritten), then all tables in one transaction.
 */
export async function restoreOpenedBackup(opened: OpenedBackup): Promise<{ safetyFileName: string }> {
  if (useBackupStore.getState().job) throw new Error('A backup or restore is already running.');
  setJobProgress({ kind: 'restore', step: 'safety', done: 0, total: 0 });
  try {
    const safety = await writeBackup('safety', { kind: 'restore', step: 'safety' });
    setJobProgress({ kind: 'restore', step: 'documents', done: 0, total: opened.manifest.documents.count });
    await invoke('backup:restore-documents', { handle: opened.handle });
    setJobProgress({ kind: 'restore', step: 'records', done: 0, total: 0 });
    await restoreDatabase(appDb, backupSourceFor(opened), (done, total) => setJobProgress({ kind: 'restore', step: 'records', done, total }));
    await tellMainTheCompany();
    return { safetyFileName: safety.fileName };
  } finally {
    setJobProgress(null);
    await closeOpenedBackup(opened);
    await refreshBackupStatus();
  }
}

/** The menu and title follow the restored company; the window keeps its current language. */
async function tellMainTheCompany(): Promise<void> {
  const [company, preferences] = await Promise.all([companyRepository.getCompany(), preferencesRepository.getPreferences()]);
  await mirrorSettingsToMain(preferences?.language ?? currentLanguage(), company?.name ?? '').catch(() => undefined);
}
