import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateBook } from '../../../../shared/ledger/testing';
import type { BackofficeDb } from '../database';
import { createTestDb } from '../testing';
import { readBackupContents } from './backupContents';
import { exportDatabase } from './exportDatabase';
import { bookOf, memoryBackup, storeBook } from './testing';

const dbs: BackofficeDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('readBackupContents', () => {
  it('counts the entries inside the monthly blocks, with the first and last entry date', async () => {
    const db = createTestDb();
    dbs.push(db);
    // Fewer block records than entries: counting the records would give the wrong number.
    const { accounts, entries } = generateBook(1_200, { firstYear: 2024, years: 2 });
    await storeBook(db, bookOf(accounts, entries));
    const memory = memoryBackup(db.verno);
    await exportDatabase(db, memory.sink);
    const source = memory.source();
    const blocks = source.manifest.tables.find((table) => table.name === 'entryBlocks')!.records;

    const contents = await readBackupContents(source);

    const dates = entries.map((entry) => entry.date).sort();
    expect(contents).toEqual({ entries: 1_200, firstEntryDate: dates[0], lastEntryDate: dates.at(-1), drafts: 0, accounts: accounts.length, documents: 0 });
    expect(blocks).toBeLessThan(1_200);
  }, 60_000);

  it('an empty book has no entries and no dates', async () => {
    const db = createTestDb();
    dbs.push(db);
    const memory = memoryBackup(db.verno);
    await exportDatabase(db, memory.sink);
    expect(await readBackupContents(memory.source())).toMatchObject({ entries: 0, firstEntryDate: null, lastEntryDate: null });
  });
});
