import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { entryBlockSize, type JournalEntry } from '../../../../../shared/ledger';
import { cr, dr, testEntry } from '../../../../../shared/ledger/testing';
import { BackofficeDb } from '../../database';
import { createLedgerRepository } from '.';

/** Posted in the order of i, with ids that sort the other way round. */
function oldEntry(i: number): JournalEntry {
  const date = `2026-${i % 2 === 0 ? '03' : '04'}-${String((i % 28) + 1).padStart(2, '0')}`;
  return testEntry(`01E${String(1000 - i).padStart(6, '0')}`, date, [dr('rent', 100), cr('bank', 100)], {
    number: `2026-${String(i + 1).padStart(4, '0')}`,
    postedAt: new Date(Date.UTC(2026, 4, 1) + i * 1000).toISOString(),
  });
}

describe('database version 4 (entry blocks)', () => {
  it('moves a version 3 book’s posted entries into month blocks, in posting order, and finds them again', async () => {
    const name = `blocks-upgrade-${Math.random().toString(36).slice(2)}`;
    const options = { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange };
    const old = new Dexie(name, options);
    old.version(1).stores({ settings: 'key', auditLog: 'id, at' });
    old.version(2).stores({ accounts: 'id', entries: 'id, date, number', drafts: 'id', balances: '[accountId+period+currency]', registers: '[accountId+period]', vatCodes: 'id' });
    old.version(3).stores({ bankMappings: 'accountId', bankRules: 'id', importedLines: 'fingerprint, accountId', reconciliations: 'id, accountId' });
    const entries = Array.from({ length: 2 * entryBlockSize + 10 }, (_, i) => oldEntry(i));
    await old.table('entries').bulkAdd(entries);
    old.close();

    const db = new BackofficeDb(name, options);
    try {
      await db.open();
      expect(db.tables.map((table) => table.name)).not.toContain('entries');
      const blocks = await db.entryBlocks.toArray();
      expect(blocks.map((block) => [block.period, block.block, block.entries.length])).toEqual([
        ['2026-03', 0, entryBlockSize],
        ['2026-03', 1, 5],
        ['2026-04', 0, entryBlockSize],
        ['2026-04', 1, 5],
      ]);
      // Ids sort the other way round here: the blocks keep the order of posting.
      expect(blocks[0]!.entries.slice(0, 2).map((entry) => entry.number)).toEqual(['2026-0001', '2026-0003']);

      const ledger = createLedgerRepository(db);
      expect(await ledger.getEntry(entries[7]!.id)).toEqual(entries[7]);
      expect(await ledger.findEntriesByNumber('2026-0008')).toEqual([entries[7]]);
      const journal = await ledger.loadJournal('2026-04-01', '2026-04-02');
      expect(journal.entries.map((entry) => entry.date)).toEqual(entries.filter((entry) => entry.date <= '2026-04-02' && entry.date >= '2026-04-01').map((entry) => entry.date));
    } finally {
      await db.delete();
    }
  });
});
