import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { partRecordLimit } from '../../../../shared/backup/format';
import { entryBlocksOf, entryBlockSize } from '../../../../shared/ledger';
import { generateBook } from '../../../../shared/ledger/testing';
import { BackofficeDb } from '../database';
import { createTestDb, storedEntries, unguardedConnection } from '../testing';
import { backUpBeforeUpgrade } from './beforeUpgrade';
import { exportDatabase } from './exportDatabase';
import { decodePart, encodePart } from './partCodec';
import { restoreInto } from './restoreDatabase';
import { tableSchemaText } from './tables';
import { bookOf, bookRecords, memoryBackup, storeBook, storeInventory, storePurchasing, type BookRecords } from './testing';
import { BackupStopped, type BackupSink, type BackupSource } from './types';

// The window's half of backup and restore on fake IndexedDB. Main's half (the file) is
// replaced by a sink that keeps the parts in memory, as main would put them in the zip.

/** Records stored as they are, past the audited-writes guard of the test database. */
async function seed(books: BackofficeDb, auditEntries: number): Promise<BookRecords> {
  const db = unguardedConnection(books);
  await db.settings.put({ key: 'company', id: '01C', name: 'Harbour Supplies Ltd', address: '', taxNumber: '', baseCurrency: 'EUR', fiscalYearStart: { month: 1, day: 1 }, language: 'en', createdAt: 'x', updatedAt: 'x' } as never);
  await db.auditLog.bulkAdd(
    Array.from({ length: auditEntries }, (_, i) => ({ id: `01A${String(i).padStart(10, '0')}`, at: '2026-01-01T00:00:00.000Z', action: 'companyChanged' as const, tables: ['settings'], recordIds: [`r${i}`] })),
  );
  db.close();
  const book = bookRecords(3);
  await storeBook(books, book);
  return book;
}

async function contents(db: Dexie): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return all;
}

const dbs: Dexie[] = [];
function track<T extends Dexie>(db: T): T {
  dbs.push(db);
  return db;
}
const names: string[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('exportDatabase', () => {
  it('streams every table of the database in parts of at most 5,000 records, with its schema', async () => {
    const db = track(createTestDb());
    const book = await seed(db, 12_001);
    const memory = memoryBackup(db.verno);
    await exportDatabase(db, memory.sink);
    const { manifest } = memory.source();
    expect(manifest.tables.map((table) => table.name)).toEqual(db.tables.map((table) => table.name).sort());
    expect(Math.max(...memory.partSizes)).toBe(partRecordLimit);
    expect(manifest.tables.find((table) => table.name === 'auditLog')).toMatchObject({ schema: 'id, at', records: 12_001 });
    expect(manifest.tables.find((table) => table.name === 'auditLog')!.parts.map((part) => part.records)).toEqual([5000, 5000, 2001]);
    expect(manifest.tables.find((table) => table.name === 'balances')).toMatchObject({ schema: '[accountId+period+currency]', records: book.balances.length });
    expect(manifest.tables.find((table) => table.name === 'entryBlocks')).toMatchObject({ schema: '[period+block], &*ids, *numbers', records: entryBlocksOf(book.entries).length });
    expect(manifest.tables.find((table) => table.name === 'vatCodes')).toMatchObject({ records: 0, parts: [] });
  });

  it('sends entry blocks 20 to a part, as they hold up to 250 entries each', async () => {
    const db = track(createTestDb());
    const { accounts, entries: spread } = generateBook(entryBlockSize * 41);
    const entries = spread.map((entry) => ({ ...entry, date: '2026-02-01' }));
    await storeBook(db, bookOf(accounts, entries));
    const memory = memoryBackup(db.verno);
    await exportDatabase(db, memory.sink);
    expect(memory.source().manifest.tables.find((table) => table.name === 'entryBlocks')!.parts.map((part) => part.records)).toEqual([20, 20, 1]);
    const restored = track(createTestDb());
    await restored.delete();
    await restoreInto(restored.name, memory.source());
    await restored.open();
    expect(await storedEntries(restored)).toEqual(entries);
  }, 60_000);

  it('stops when asked, dropping the file without recording a failure', async () => {
    const db = track(createTestDb());
    await seed(db, 12_000);
    const memory = memoryBackup(db.verno);
    const stop = new AbortController();
    const sink = { ...memory.sink, addPart: async (...args: Parameters<BackupSink['addPart']>) => (stop.abort(), memory.sink.addPart(...args)) };
    await expect(exportDatabase(db, sink, { signal: stop.signal })).rejects.toMatchObject({ reason: 'cancelled' });
    expect(memory.aborted).toEqual([undefined]);
    expect(memory.partSizes.length).toBeLessThan(3);
  });

  it('drops the backup when records change while it is read', async () => {
    const db = track(createTestDb());
    await seed(db, 10);
    const memory = memoryBackup(db.verno);
    let reads = 0;
    const marker = async () => String((reads += 1));
    await expect(exportDatabase(db, memory.sink, { changeMarker: marker })).rejects.toBeInstanceOf(BackupStopped);
    expect(memory.aborted).toEqual(['changedDuringBackup']);
  });
});

describe('restoreInto', () => {
  /** A name for the new database; deleted after the test like the tracked ones. */
  function newName(): string {
    const name = `backoffice-books-test-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    return name;
  }

  it('a round trip gives identical records in every table, plus one "backup restored" entry', async () => {
    const original = track(createTestDb());
    await seed(original, 7_500);
    await storeInventory(original, 12_345);
    await storePurchasing(original);
    const before = await contents(original);
    const warehouse = ['items', 'itemCategories', 'locations', 'stockBlocks', 'stockLevels', 'stocktakes', 'stocktakeSheets', 'equipment', 'serviceLog'];
    const purchasing = ['suppliers', 'supplierPrices', 'purchaseRequests', 'purchaseOrders', 'goodsReceipts', 'purchaseBills'];
    for (const table of [...warehouse, ...purchasing]) {
      expect(before[table], `${table} has records`).not.toHaveLength(0);
    }
    const memory = memoryBackup(original.verno);
    await exportDatabase(original, memory.sink);

    const name = newName();
    const progress: number[] = [];
    await restoreInto(name, memory.source(), { onProgress: (done) => progress.push(done) });

    const restored = new BackofficeDb(name);
    const after = await contents(restored);
    restored.close();
    const restoredEntry = (after.auditLog as { action: string }[]).filter((entry) => entry.action === 'backupRestored');
    expect(restoredEntry).toHaveLength(1);
    expect({ ...after, auditLog: (after.auditLog as { action: string }[]).filter((entry) => entry.action !== 'backupRestored') }).toEqual(before);
    expect(progress.at(-1)).toBe(memory.source().manifest.tables.reduce((sum, table) => sum + table.records, 0));
    expect(progress.at(-1)).toBeGreaterThan(7_500);
  });

  it('a backup opened to look at gets no activity-log entry of its own', async () => {
    const original = track(createTestDb());
    await seed(original, 3);
    const memory = memoryBackup(original.verno);
    await exportDatabase(original, memory.sink);
    const name = newName();
    await restoreInto(name, memory.source(), { auditAction: null });
    const opened = new BackofficeDb(name);
    expect(await contents(opened)).toEqual(await contents(original));
    opened.close();
  });

  it('interrupted midway (a part cannot be read): the half-written database is deleted, the current one untouched', async () => {
    const original = track(createTestDb());
    await seed(original, 12_000);
    const memory = memoryBackup(original.verno);
    await exportDatabase(original, memory.sink);

    const current = track(createTestDb());
    await seed(current, 4);
    const before = await contents(current);
    const source = memory.source();
    let reads = 0;
    const failing: BackupSource = {
      manifest: source.manifest,
      readPart: async (path) => {
        reads += 1;
        if (reads === 3) throw new Error('The stick was pulled out.');
        return source.readPart(path);
      },
    };
    const name = newName();
    await expect(restoreInto(name, failing)).rejects.toThrow('The stick was pulled out.');
    expect(reads).toBe(3);
    expect(await Dexie.exists(name)).toBe(false);
    expect(await contents(current)).toEqual(before);
  });

  it('stops between parts when asked, and deletes what it wrote', async () => {
    const original = track(createTestDb());
    await seed(original, 12_000);
    const memory = memoryBackup(original.verno);
    await exportDatabase(original, memory.sink);
    const stop = new AbortController();
    const name = newName();
    const written: number[] = [];
    const restoring = restoreInto(name, memory.source(), {
      signal: stop.signal,
      onProgress: (done) => {
        written.push(done);
        if (done > 0) stop.abort();
      },
    });
    await expect(restoring).rejects.toMatchObject({ reason: 'cancelled' });
    expect(written.at(-1)).toBeLessThan(12_004);
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('refuses a backup whose tables do not match its database version, or of a newer version, and never writes into an existing database', async () => {
    const original = track(createTestDb());
    await seed(original, 1);
    const memory = memoryBackup(original.verno);
    await exportDatabase(original, memory.sink);
    const source = memory.source();
    const odd = { ...source, manifest: { ...source.manifest, tables: source.manifest.tables.filter((table) => table.name !== 'accounts') } };
    const name = newName();
    await expect(restoreInto(name, odd)).rejects.toMatchObject({ reason: 'schemaMismatch' });
    const newer = { ...source, manifest: { ...source.manifest, schemaVersion: original.verno + 1 } };
    await expect(restoreInto(name, newer)).rejects.toMatchObject({ reason: 'newerSchema' });
    expect(await Dexie.exists(name)).toBe(false);
    await expect(restoreInto(original.name, source)).rejects.toThrow('already exists');
    expect(await original.auditLog.count()).toBe(1);
  });

  it('a backup of an older version passes through the upgrade functions on its way in', async () => {
    // Version 1 as it shipped: settings and the activity log only.
    const name = `backoffice-old-${Math.random().toString(36).slice(2)}`;
    const old = track(new Dexie(name));
    old.version(1).stores({ settings: 'key', auditLog: 'id, at' });
    await old.table('settings').put({ key: 'company', id: '01C', name: 'Old Books Ltd' });
    await old.table('auditLog').bulkAdd(Array.from({ length: 6_000 }, (_, i) => ({ id: `01A${String(i).padStart(10, '0')}`, at: '2025-01-01T00:00:00.000Z', action: 'companyChanged' })));
    const memory = memoryBackup(1);
    await exportDatabase(old, memory.sink);
    expect(memory.source().manifest.tables.map((table) => table.name)).toEqual(['auditLog', 'settings']);

    // Today's database with one more version whose upgrade marks every log entry.
    class Upgrading extends BackofficeDb {
      constructor(dbName: string, options?: ConstructorParameters<typeof BackofficeDb>[1]) {
        super(dbName, options);
        this.version(this.verno + 1)
          .stores({})
          .upgrade((tx) => tx.table('auditLog').toCollection().modify((entry: { upgraded?: boolean }) => void (entry.upgraded = true)));
      }
    }
    const target = newName();
    await restoreInto(target, memory.source(), { books: Upgrading });

    const restored = new Upgrading(target);
    await restored.open();
    expect(restored.verno).toBe(new BackofficeDb('unopened').verno + 1);
    expect(await restored.settings.get('company')).toMatchObject({ name: 'Old Books Ltd' });
    const log = await restored.auditLog.toArray();
    expect(log.filter((entry) => entry.action === 'companyChanged')).toHaveLength(6_000);
    expect(log.filter((entry) => entry.action === 'companyChanged').every((entry) => (entry as { upgraded?: boolean }).upgraded)).toBe(true);
    expect(log.filter((entry) => entry.action === 'backupRestored')).toHaveLength(1);
    // Tables the old version did not have are there, and empty: the backup's moment.
    expect(await restored.table('accounts').count()).toBe(0);
    restored.close();
  });
});

describe('backUpBeforeUpgrade', () => {
  it('backs up a version-1 database as it is, without upgrading it', async () => {
    const name = `backoffice-upgrade-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ settings: 'key', auditLog: 'id, at' });
    await v1.table('settings').put({ key: 'company', id: '01C', name: 'Before Update Kft.' });
    await v1.table('auditLog').add({ id: '01A', at: 'x', action: 'companySetUp' });
    v1.close();

    const memory = memoryBackup(1);
    const asked: { version: number; companyName: string; bookId?: string }[] = [];
    const check = await backUpBeforeUpgrade(name, 2, async (installed) => {
      asked.push(installed);
      return memory.sink;
    });
    expect(check).toMatchObject({ kind: 'backedUp', from: 1, to: 2 });
    // The company record's id names the book, so the copy rotates with this book's alone.
    expect(asked).toEqual([{ version: 1, companyName: 'Before Update Kft.', bookId: '01C' }]);
    expect(memory.source().manifest.tables.map((table) => [table.name, table.schema, table.records])).toEqual([
      ['auditLog', 'id, at', 1],
      ['settings', 'key', 1],
    ]);
    const probe = track(new Dexie(name));
    await probe.open();
    expect(probe.verno).toBe(1);
  });

  it('does nothing for a new or an already current database', async () => {
    expect(await backUpBeforeUpgrade(`backoffice-none-${Math.random()}`, 2, async () => memoryBackup(1).sink)).toEqual({ kind: 'new' });
    const db = track(createTestDb());
    await db.open();
    expect(await backUpBeforeUpgrade(db.name, db.verno, async () => memoryBackup(1).sink)).toEqual({ kind: 'current', version: db.verno });
  });
});

describe('a book imported by the command-line tool', () => {
  it('restores into the app: company, ledger settings, entries and their balances', async () => {
    const { bookSchema, bookTables, ledgerSchemaVersion } = await import('../../../../shared/backup/bookTables');
    const { journalToBook, parseJournal } = await import('../../../../shared/journal');
    const { balancesFromEntries } = await import('../../../../shared/ledger');
    const book = journalToBook(
      parseJournal('2026-01-02 * (2026-0007) Opening\n    Assets:Bank   100.00 EUR\n    Equity:Opening\n'),
      { language: 'hu' },
    );
    let id = 0;
    const tables = bookTables(book, { name: 'Imported Kft.', baseCurrency: 'EUR', language: 'hu' }, { newId: () => `01ID${(id += 1)}`, at: '2026-11-25T10:00:00.000Z' });
    const memory = memoryBackup(ledgerSchemaVersion);
    for (const table of tables) if (table.records.length > 0) await memory.sink.addPart(table.name, await encodePart(table.records), table.records.length);
    await memory.sink.finish(tables.map((table) => ({ name: table.name, schema: table.schema, records: table.records.length })));

    const db = track(createTestDb());
    await restoreInto(db.name, memory.source());
    const { createCompanyRepository } = await import('../repositories/companyRepository');
    expect(await createCompanyRepository(db).getCompany()).toMatchObject({ name: 'Imported Kft.', baseCurrency: 'EUR', language: 'hu' });
    expect(await db.settings.get('ledger')).toMatchObject({ lockDate: null, lastNumbers: { 2026: 7 } });
    expect(await storedEntries(db).then((entries) => entries.length)).toBe(1);
    // The command-line tool writes the current version's tables exactly as the app declares them.
    expect(Object.fromEntries(db.tables.map((table) => [table.name, tableSchemaText(table)]))).toEqual(bookSchema);
    expect(await db.balances.toArray()).toEqual(balancesFromEntries(await storedEntries(db)));
  });
});

describe('parts on the wire', () => {
  it('encode to raw deflate with the JSON’s size, CRC-32 and SHA-256, and decode back', async () => {
    const { crc32 } = await import('../../../../shared/backup/crc32');
    const records = [{ id: 'ü1', lines: [{ debit: 100 }] }, { id: '2', memo: 'Ромашка' }];
    const part = await encodePart(records);
    const json = new TextEncoder().encode(JSON.stringify(records));
    const inflated = new Uint8Array(await new Response(new Blob([part.deflated as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
    expect(inflated).toEqual(json);
    const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', json)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    expect(part).toMatchObject({ bytes: json.length, crc32: crc32(json), sha256 });
    expect(await decodePart(part.deflated, { path: 'p', bytes: part.bytes, sha256: part.sha256, records: 2 })).toEqual(records);
  });

  it('refuse a part that does not match the manifest', async () => {
    const part = await encodePart([{ id: 1 }]);
    await expect(decodePart(part.deflated, { path: 'p', bytes: part.bytes, sha256: '0'.repeat(64), records: 1 })).rejects.toMatchObject({ reason: 'damaged' });
    await expect(decodePart(part.deflated, { path: 'p', bytes: part.bytes, sha256: part.sha256, records: 2 })).rejects.toMatchObject({ reason: 'damaged' });
    await expect(decodePart(new Uint8Array([1, 2, 3]), { path: 'p', bytes: 3, sha256: part.sha256, records: 1 })).rejects.toMatchObject({ reason: 'damaged' });
  });
});
