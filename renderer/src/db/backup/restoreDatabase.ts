import { Dexie, type IndexableType, type Table } from 'dexie';
import type { BackupManifest } from '../../../../shared/backup/manifest';
import { newId, now } from '../audit';
import type { BackofficeDb } from '../database';
import type { AuditEntry } from '../records';
import { decodePart } from './partCodec';
import { readChunk } from './tables';
import { clearTimings } from './timings';
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
  clearTimings('restore.');
  const { manifest } = source;
  const total = manifest.tables.reduce((sum, table) => sum + table.records, 0);
  if (manifest.schemaVersion > db.verno) {
    throw new BackupStopped('newerSchema', `The backup is of database version ${manifest.schemaVersion}; this app knows ${db.verno}.`);
  }
  if (manifest.schemaVersion === db.verno) {
    checkTables(db, manifest);
    const parts = manifest.tables.flatMap((table) => table.parts.map((part) => ({ table: table.name, part })));
    let next = 0;
    await replaceAll(db, total, onProgress, async () => {
      const item = parts[next++];
      return item ? { table: item.table, records: await decodePart(await source.readPart(item.part.path), item.part) } : null;
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
      const tables = upgraded.tables;
      let index = 0;
      let after: IndexableType | undefined;
      await replaceAll(db, upgradedTotal, second, async () => {
        while (index < tables.length) {
          const table = tables[index]!;
          const chunk = await readChunk(table, after);
          after = chunk.next;
          if (after === undefined) index += 1;
          if (chunk.records.length > 0) return { table: table.name, records: chunk.records };
        }
        return null;
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

/** Where the records of one part come from: a backup part, or a chunk of the upgraded scratch copy. */
type PartReader = () => Promise<{ table: string; records: unknown[] } | null>;

/**
 * The one transaction: clear every table, add every part, add the activity-log entry.
 * Everything awaited inside is a Dexie promise (reads from main go through
 * `Dexie.waitFor`), in one flat loop: native promises awaited in between would let
 * Chromium commit the transaction early.
 */
async function replaceAll(live: BackofficeDb, total: number, onProgress: Progress | undefined, nextPart: PartReader): Promise<void> {
  // A second connection without Dexie's query cache: with it, Dexie keeps every record a
  // transaction writes in memory until the commit (for optimistic live queries) — the
  // whole book. Live queries on the app's own connection still hear of the change.
  const Current = live.constructor as typeof BackofficeDb;
  const db = new Current(live.name, { cache: 'disabled', indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
  try {
    await writeEverything(db, total, onProgress, nextPart);
  } finally {
    db.close();
  }
}

async function writeEverything(db: BackofficeDb, total: number, onProgress: Progress | undefined, nextPart: PartReader): Promise<void> {
  const tables = db.tables;
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
    let done = 0;
    // The next part is fetched (outside the transaction's zone: from main, or the scratch
    // database) while this one is added; waitFor keeps the transaction alive meanwhile.
    // Its outcome is caught here and rethrown when it is used, so the error stays ours.
    const fetchNext = () =>
      Dexie.waitFor(Dexie.ignoreTransaction(nextPart)).then(
        (part) => ({ part, error: undefined }),
        (error: unknown) => ({ part: null, error }),
      );
    let upcoming = fetchNext();
    for (;;) {
      // Timed inline: a native async wrapper awaited here could let the transaction commit early.
      let started = performance.now();
      const { part, error } = await upcoming;
      performance.measure('restore.waitForPart', { start: started });
      if (error !== undefined) throw error;
      if (!part) break;
      upcoming = fetchNext();
      started = performance.now();
      await (db.table(part.table) as Table<unknown>).bulkAdd(part.records);
      performance.measure('restore.write', { start: started });
      done += part.records.length;
      onProgress?.(done, total);
    }
    const entry: AuditEntry = {
      id: newId(),
      at: now(),
      action: 'backupRestored',
      tables: tables.map((table) => table.name).filter((name) => name !== db.auditLog.name),
      recordIds: [],
    };
    await db.auditLog.add(entry);
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
        const records = await decodePart(await source.readPart(part.path), part);
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
