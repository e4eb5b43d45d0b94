import { Dexie, type IndexableType, type Table } from 'dexie';
import type { BackupManifest } from '../../../../shared/backup/manifest';
import { writeWithAudit } from '../audit';
import type { BackofficeDb } from '../database';
import { readChunk } from './tables';
import { BackupStopped, type BackupSource, type Progress } from './types';

/**
 * Replaces ALL tables with a verified backup's records in ONE transaction: either every
 * table holds the backup's data afterwards, or (failure, crash, window closed midway)
 * every table still holds what it held before — never a mix. Parts are fetched from main
 * one at a time inside the transaction (`Dexie.waitFor` keeps it open meanwhile), so the
 * window holds one part, never the whole book.
 *
 * A backup of an older database version is first loaded into a scratch database opened
 * at that version, which is then opened with the current schema so Dexie runs the same
 * upgrade functions a real database would; the upgraded records are copied from there.
 */
export async function restoreDatabase(db: BackofficeDb, source: BackupSource, onProgress?: Progress): Promise<void> {
  const { manifest } = source;
  const total = manifest.tables.reduce((sum, table) => sum + table.records, 0);
  if (manifest.schemaVersion > db.verno) {
    throw new BackupStopped('newerSchema', `The backup is of database version ${manifest.schemaVersion}; this app knows ${db.verno}.`);
  }
  if (manifest.schemaVersion === db.verno) {
    checkTables(db, manifest);
    await replaceAll(db, total, onProgress, async (load) => {
      for (const table of manifest.tables) {
        for (const part of table.parts) await load(table.name, JSON.parse(await Dexie.waitFor(source.readPart(part.path))) as unknown[]);
      }
    });
    return;
  }
  const scratch = await loadIntoScratch(manifest, source, (done) => onProgress?.(done, 2 * total));
  try {
    // The same class as the live database (its version steps and upgrade functions).
    const Current = db.constructor as typeof BackofficeDb;
    const upgraded = new Current(scratch, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    await upgraded.open();
    try {
      const upgradedTotal = (await Promise.all(upgraded.tables.map((table) => table.count()))).reduce((a, b) => a + b, 0);
      const second: Progress = (done) => onProgress?.(total + Math.round((done / Math.max(1, upgradedTotal)) * total), 2 * total);
      await replaceAll(db, upgradedTotal, second, async (load) => {
        for (const table of upgraded.tables) {
          let after: IndexableType | undefined;
          do {
            // Another database: read outside this transaction, keeping it alive meanwhile.
            const chunk = await Dexie.waitFor(Dexie.ignoreTransaction(() => readChunk(table, after)));
            if (chunk.records.length > 0) await load(table.name, chunk.records);
            after = chunk.next;
          } while (after !== undefined);
        }
      });
    } finally {
      upgraded.close();
    }
  } finally {
    await Dexie.delete(scratch).catch(() => undefined);
  }
}

/** The same version must have the same tables; anything else is not this app's backup. */
function checkTables(db: Dexie, manifest: BackupManifest): void {
  const ours = db.tables.map((table) => table.name).sort();
  const theirs = manifest.tables.map((table) => table.name).sort();
  if (ours.join() !== theirs.join()) {
    throw new BackupStopped('schemaMismatch', `The backup's tables (${theirs.join(', ')}) do not match database version ${db.verno}.`);
  }
}

type Load = (table: string, records: unknown[]) => Promise<void>;

async function replaceAll(db: BackofficeDb, total: number, onProgress: Progress | undefined, fill: (load: Load) => Promise<void>): Promise<void> {
  const tables = db.tables.filter((table) => table.name !== db.auditLog.name);
  await writeWithAudit(db, tables, 'backupRestored', async () => {
    let done = 0;
    for (const table of [...tables, db.auditLog]) await table.clear();
    await fill(async (name, records) => {
      await (db.table(name) as Table<unknown>).bulkAdd(records);
      done += records.length;
      onProgress?.(done, total);
    });
    return { result: undefined, recordIds: [] };
  });
}

/** A scratch database at the backup's own version, filled part by part (it may take many transactions). */
async function loadIntoScratch(manifest: BackupManifest, source: BackupSource, onProgress: (done: number) => void): Promise<string> {
  const name = `backoffice-restore-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const scratch = new Dexie(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
  scratch.version(manifest.schemaVersion).stores(Object.fromEntries(manifest.tables.map((table) => [table.name, table.schema])));
  try {
    let done = 0;
    for (const table of manifest.tables) {
      for (const part of table.parts) {
        const records = JSON.parse(await source.readPart(part.path)) as unknown[];
        await scratch.table(table.name).bulkAdd(records);
        done += records.length;
        onProgress(done);
      }
    }
  } catch (error) {
    scratch.close();
    await Dexie.delete(name).catch(() => undefined);
    throw error;
  } finally {
    scratch.close();
  }
  return name;
}
