import { Dexie } from 'dexie';
import { bookOfCompanyRecord, type BackupBook } from '../../../../shared/backup/book';
import type { FinishedBackup } from '../../../../shared/backup/channels';
import { exportDatabase } from './exportDatabase';
import type { BackupSink, Progress } from './types';

export type UpgradeCheck =
  | { kind: 'new' }
  | { kind: 'current'; version: number }
  | { kind: 'backedUp'; from: number; to: number; backup: FinishedBackup };

/**
 * Before the app opens its database with a newer schema (which runs the upgrade
 * functions and cannot be undone), takes a verified backup of the database as it is:
 * opened without a schema, Dexie reads the installed version and tables and upgrades
 * nothing. `sinkFor` gets the installed version and the book (company name, id) for the manifest.
 */
export async function backUpBeforeUpgrade(
  name: string,
  targetVersion: number,
  sinkFor: (installed: { version: number } & BackupBook) => Promise<BackupSink>,
  options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; onProgress?: Progress } = {},
): Promise<UpgradeCheck> {
  const dependencies = { indexedDB: options.indexedDB ?? globalThis.indexedDB, IDBKeyRange: options.IDBKeyRange ?? globalThis.IDBKeyRange };
  if (!(await Dexie.exists(name))) return { kind: 'new' };
  const installed = new Dexie(name, dependencies);
  await installed.open();
  try {
    const version = installed.verno;
    // No tables: created empty by someone else (a raw indexedDB.open), nothing to keep.
    if (installed.tables.length === 0) return { kind: 'new' };
    if (version >= targetVersion) return { kind: 'current', version };
    const company: unknown = installed.tables.some((table) => table.name === 'settings')
      ? await installed.table('settings').get('company')
      : undefined;
    const backup = await exportDatabase(installed, await sinkFor({ version, ...bookOfCompanyRecord(company) }), options.onProgress ? { onProgress: options.onProgress } : {});
    return { kind: 'backedUp', from: version, to: targetVersion, backup };
  } finally {
    installed.close();
  }
}
