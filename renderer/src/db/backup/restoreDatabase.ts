import { Dexie, type Table } from 'dexie';
import type { BackupManifest } from '../../../../shared/backup/manifest';
import { newId, now } from '../audit';
import { BackofficeDb } from '../database';
import type { AuditEntry } from '../records';
import { decodePart } from './partCodec';
import { clearTimings, timed } from './timings';
import { BackupStopped, type BackupSource, type Progress } from './types';

export type RestoreOptions = {
  onProgress?: Progress;
  signal?: AbortSignal;
  /** The activity-log entry the new database ends with; null for none (a backup opened to look at). */
  auditAction?: AuditEntry['action'] | null;
  /** The books' database class, whose version steps the restored database ends at. */
  books?: typeof BackofficeDb;
};

/**
 * Writes a verified backup into the new database `name`, part by part; the window holds
 * at most three parts (one being stored, one queued, the next being read and checked). Nothing else uses that
 * database until the caller switches to it, so the parts need no shared transaction and
 * no table is emptied first. On a failure or a stop the half-written database is deleted.
 *
 * A backup of an older database version is written at its own version first, then
 * opened with the current schema, so Dexie runs the same upgrade functions a real
 * database of that version would. The new database ends with one activity-log entry
 * ("backup restored" unless told otherwise), written with strict durability so that
 * everything before it is on disk too.
 */
export async function restoreInto(name: string, source: BackupSource, options: RestoreOptions = {}): Promise<void> {
  clearTimings('restore.');
  const { manifest } = source;
  const Books = options.books ?? BackofficeDb;
  const declared = new Books(name);
  const version = declared.verno;
  if (manifest.schemaVersion > version) {
    throw new BackupStopped('newerSchema', `The backup is of database version ${manifest.schemaVersion}; this app knows ${version}.`);
  }
  if (manifest.schemaVersion === version) checkTables(declared, manifest);
  if (await Dexie.exists(name)) throw new Error(`The database ${name} already exists.`);
  try {
    const target = manifest.schemaVersion === version ? new Books(name, { cache: 'disabled' }) : atItsOwnVersion(name, manifest);
    try {
      await writeParts(target, source, options);
    } finally {
      target.close();
    }
    // Opening with the current schema runs the upgrade functions an older backup needs.
    const finished = new Books(name, { chromeTransactionDurability: 'strict' });
    try {
      await finished.open();
      const action = options.auditAction === undefined ? 'backupRestored' : options.auditAction;
      if (action === null) return;
      const entry: AuditEntry = {
        id: newId(),
        at: now(),
        action,
        tables: finished.tables.map((table) => table.name).filter((table) => table !== finished.auditLog.name),
        recordIds: [],
      };
      await finished.auditLog.add(entry);
    } finally {
      finished.close();
    }
  } catch (error) {
    await Dexie.delete(name).catch(() => undefined);
    throw error;
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

/** A database declared with the backup's own version and table schemas, as the manifest records them. */
function atItsOwnVersion(name: string, manifest: BackupManifest): Dexie {
  const db = new Dexie(name, { cache: 'disabled' });
  db.version(manifest.schemaVersion).stores(Object.fromEntries(manifest.tables.map((table) => [table.name, table.schema])));
  return db;
}

async function writeParts(db: Dexie, source: BackupSource, options: RestoreOptions): Promise<void> {
  const parts = source.manifest.tables.flatMap((table) => table.parts.map((part) => ({ table: table.name, part })));
  const total = parts.reduce((sum, item) => sum + item.part.records, 0);
  const read = (index: number) => {
    const item = parts[index]!;
    const reading = timed('restore.readPart', source.readPart(item.part.path)).then((deflated) => timed('restore.decode', decodePart(deflated, item.part)));
    // Seen when awaited on the next round; until then a failure must not count as unhandled.
    reading.catch(() => undefined);
    return reading;
  };
  let done = 0;
  options.onProgress?.(0, total);
  // Each part is added in its own transaction, the next one queued while the previous
  // commits: the window prepares one part's records while the database stores the other's.
  let writing: Promise<void> = Promise.resolve();
  let upcoming = parts.length > 0 ? read(0) : null;
  for (let index = 0; upcoming; index += 1) {
    const records = await timed('restore.waitForPart', upcoming);
    if (options.signal?.aborted) throw new BackupStopped('cancelled', 'The restore was stopped.');
    upcoming = index + 1 < parts.length ? read(index + 1) : null;
    const previous = writing;
    writing = timed('restore.write', (db.table(parts[index]!.table) as Table<unknown>).bulkAdd(records)).then(() => {
      done += records.length;
      options.onProgress?.(done, total);
    });
    writing.catch(() => undefined);
    await timed('restore.waitForWrite', previous);
  }
  await writing;
}
