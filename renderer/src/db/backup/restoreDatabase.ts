import { Dexie, type Table } from 'dexie';
import type { BackupManifest } from '../../../../shared/backup/manifest';
import { newId, now } from '../audit';
import { BackofficeDb } from '../database';
import type { AuditEntry } from '../records';
import { startContentCheck } from './checkWhileRestoring';
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
 * Intact bytes are not enough: a worker checks the records beside the writes, by the
 * rules they were written under (contentCheck.ts), and a backup that breaks them is
 * refused with `BackupContentInvalid` — at the part where it goes wrong, or, for the
 * balances and registers that need every entry, once all parts are written. Either way
 * before this returns, so before anything switches to the new database.
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
      await writeCheckedParts(target, source, options);
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

/** Writes every part while the content check reads the same parts beside it; resolves once both are done and the check passed. */
async function writeCheckedParts(db: Dexie, source: BackupSource, options: RestoreOptions): Promise<void> {
  const parts = source.manifest.tables.flatMap((table) => table.parts.map((part) => ({ table: table.name, part })));
  const total = parts.reduce((sum, item) => sum + item.part.records, 0);
  // A record is done once it is both stored and checked.
  let written = 0;
  let checked = 0;
  const report = () => options.onProgress?.(Math.min(written, checked), total);
  const tables = source.manifest.tables.map((table) => ({ name: table.name, parts: table.parts.length }));
  const checking = await startContentCheck(tables, (records) => {
    checked += records;
    report();
  });
  const read = (index: number) => {
    const item = parts[index]!;
    const reading = timed('restore.readPart', source.readPart(item.part.path)).then(async (deflated) => ({
      deflated,
      records: await timed('restore.decode', decodePart(deflated, item.part)),
    }));
    // Seen when awaited on the next round; until then a failure must not count as unhandled.
    reading.catch(() => undefined);
    return reading;
  };
  report();
  try {
    // Each part is added in its own transaction, the next one queued while the previous
    // commits: the window prepares one part's records while the database stores the other's.
    // The check's refusal ends the wait for a part or a write at once.
    let writing: Promise<void> = Promise.resolve();
    let upcoming = parts.length > 0 ? read(0) : null;
    for (let index = 0; upcoming; index += 1) {
      const { deflated, records } = await timed('restore.waitForPart', Promise.race([upcoming, checking.refused]));
      if (options.signal?.aborted) throw new BackupStopped('cancelled', 'The restore was stopped.');
      const { table, part } = parts[index]!;
      checking.check(table, { path: part.path, deflated, records });
      upcoming = index + 1 < parts.length ? read(index + 1) : null;
      const previous = writing;
      writing = timed('restore.write', (db.table(table) as Table<unknown>).bulkAdd(records)).then(() => {
        written += records.length;
        report();
      });
      writing.catch(() => undefined);
      await timed('restore.waitForWrite', Promise.race([previous, checking.refused]));
    }
    await Promise.race([writing, checking.refused]);
    // What needs every part (the balances and registers against the entries) is judged now.
    await timed('restore.waitForCheck', checking.finish());
  } finally {
    checking.close();
  }
}
