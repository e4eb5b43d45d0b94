import { Dexie } from 'dexie';
import type { RequestOf } from '../../../../shared/ipc/contract';
import { appDb } from '../../db/appDb';
import { restoreInto } from '../../db/backup/restoreDatabase';
import { BackupStopped } from '../../db/backup/types';
import { newDatabaseName, sessionValue, stopViewing, switchActiveDatabase } from '../../db/booksDirectory';
import { BackofficeDb } from '../../db/database';
import { companyRepository } from '../../db/repositories';
import { createCompanyRepository } from '../../db/repositories/companyRepository';
import { createPreferencesRepository } from '../../db/repositories/preferencesRepository';
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

/** What the window says after it reopened on restored books; `safetyFileName` is null when there were no books to keep (a restore at first run). */
export type FinishedRestore = { createdAt: string; safetyFileName: string | null };
const finishedKey = 'backoffice.restored';

/**
 * Replaces the current books with a verified backup. At the same time: a safety backup
 * of the current data is saved, the backup's documents go into the store
 * (content-addressed: nothing existing is overwritten) and its records into a new
 * database. Only when all three succeeded does the app switch to the new database and
 * reopen on it; a failure or a stop at any point deletes the new database and leaves
 * the current books as they were.
 */
export async function restoreOpenedBackup(opened: OpenedBackup): Promise<void> {
  if (useBackupStore.getState().job) throw new Error('A backup or restore is already running.');
  const target = newDatabaseName('books');
  const stop = new AbortController();
  const progress = { safety: { done: 0, total: 0 }, records: { done: 0, total: 0 } };
  const show = (part: keyof typeof progress, done: number, total: number) => {
    progress[part] = { done, total };
    const sum = (key: 'done' | 'total') => progress.safety[key] + progress.records[key];
    setJobProgress({ kind: 'restore', done: sum('done'), total: sum('total'), stop: () => stop.abort() });
  };
  show('records', 0, 0);
  try {
    // Before the first-run setup there are no books, so nothing needs keeping.
    const booksToKeep = (await companyRepository.getCompany()) !== undefined;
    // The first failure stops the others: no point finishing a safety copy for a restore that cannot happen.
    const stopOthersOnFailure = <T,>(work: Promise<T>) => work.catch((error: unknown) => (stop.abort(), Promise.reject(error)));
    const [safety, documents, records] = await Promise.allSettled([
      booksToKeep ? stopOthersOnFailure(writeBackup('safety', (done, total) => show('safety', done, total), stop.signal)) : Promise.resolve(null),
      stopOthersOnFailure(invoke('backup:restore-documents', { handle: opened.handle })),
      stopOthersOnFailure(restoreInto(target, backupSourceFor(opened), { signal: stop.signal, onProgress: (done, total) => show('records', done, total) })),
    ]);
    if (safety.status === 'rejected' || documents.status === 'rejected' || records.status === 'rejected') {
      if (records.status === 'fulfilled') await Dexie.delete(target).catch(() => undefined);
      throw firstCause([safety, documents, records]);
    }
    await switchActiveDatabase(target);
    // Restored while looking at another backup: the window reopens on the restored books.
    stopViewing();
    await tellMainTheCompany(target);
    sessionStorage.setItem(finishedKey, JSON.stringify({ createdAt: opened.manifest.createdAt, safetyFileName: safety.value?.fileName ?? null } satisfies FinishedRestore));
  } catch (error) {
    setJobProgress(null);
    throw error;
  } finally {
    await closeOpenedBackup(opened);
    await refreshBackupStatus();
  }
  // Every screen, store and live query still speaks to the replaced database: start afresh
  // (the progress stays up until then). The replaced database is deleted at start, once
  // nothing has it open.
  appDb.close();
  window.location.reload();
}

/** The reason worth showing: a real failure before the stops it caused. */
function firstCause(outcomes: PromiseSettledResult<unknown>[]): unknown {
  const reasons = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
  return reasons.find((reason) => !(reason instanceof BackupStopped && reason.reason === 'cancelled')) ?? reasons[0];
}

/** The restore that finished just before this window reopened, told once. */
export function takeFinishedRestore(): FinishedRestore | null {
  const finished = sessionValue<FinishedRestore>(finishedKey);
  sessionStorage.removeItem(finishedKey);
  return finished;
}

/** The menu and title follow the restored company; the window keeps its current language. */
async function tellMainTheCompany(databaseName: string): Promise<void> {
  const restored = new BackofficeDb(databaseName);
  try {
    const [company, preferences] = await Promise.all([createCompanyRepository(restored).getCompany(), createPreferencesRepository(restored).getPreferences()]);
    await mirrorSettingsToMain(preferences?.language ?? currentLanguage(), company?.name ?? '').catch(() => undefined);
  } finally {
    restored.close();
  }
}
