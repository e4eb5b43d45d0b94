import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { cr, dr, testEntry } from '../../../shared/ledger/testing';
import type { JournalEntry } from '../../../shared/ledger/types';
import { requireAuditedWrites, UnauditedWrite, writeWithAudit } from './audit';
import { BackofficeDb } from './database';
import { createTestDb, storedEntries } from './testing';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function books(): BackofficeDb {
  const db = createTestDb();
  opened.push(db);
  return db;
}

const draft = (id: string, memo = ''): JournalEntry => ({ ...testEntry(id, '2026-03-01', [dr('rent', 100), cr('bank', 100)]), status: 'draft', number: '', memo });

async function contents(db: Dexie): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

/** Stores drafts the way repositories do, with their activity-log entry. */
function saveDrafts(db: BackofficeDb, drafts: JournalEntry[]): Promise<void> {
  return writeWithAudit(db, [db.drafts], 'draftSaved', async () => {
    await db.drafts.bulkPut(drafts);
    return { result: undefined, recordIds: drafts.map((one) => one.id) };
  });
}

describe('only audited writes change the books', () => {
  it('refuses every kind of write made outside writeWithAudit, and stores nothing of it', async () => {
    const db = books();
    await saveDrafts(db, [draft('01D1'), draft('01D2')]);
    const before = await contents(db);

    // What a repository function that forgot the activity log would do.
    const bypasses: Array<[string, () => Promise<unknown>]> = [
      ['put', () => db.drafts.put(draft('01D3'))],
      ['add', () => db.drafts.add(draft('01D3'))],
      ['bulkPut', () => db.drafts.bulkPut([draft('01D1', 'changed')])],
      ['bulkAdd', () => db.drafts.bulkAdd([draft('01D3')])],
      ['update', () => db.drafts.update('01D1', { memo: 'changed' })],
      ['modify', () => db.drafts.where(':id').equals('01D1').modify({ memo: 'changed' })],
      ['delete', () => db.drafts.delete('01D1')],
      ['bulkDelete', () => db.drafts.bulkDelete(['01D1', '01D2'])],
      ['collection delete', () => db.drafts.toCollection().delete()],
      ['clear', () => db.drafts.clear()],
      ['settings', () => db.settings.put({ key: 'preferences', id: '01P', createdAt: 'x', updatedAt: 'x', language: 'hu' })],
      ['an activity-log entry alone', () => db.auditLog.add({ id: '01A', at: 'x', action: 'draftSaved', tables: ['drafts'], recordIds: [] })],
      ['a bare read-write transaction', () => db.transaction('rw', db.drafts, db.auditLog, () => db.drafts.put(draft('01D3')))],
    ];
    for (const [kind, write] of bypasses) await expect(write(), kind).rejects.toBeInstanceOf(UnauditedWrite);
    expect(await contents(db)).toEqual(before);
  });

  it('lets every write inside writeWithAudit through, a helper’s nested transaction included', async () => {
    const db = books();
    await writeWithAudit(db, [db.drafts], 'draftSaved', async () => {
      await db.drafts.put(draft('01D1'));
      await db.transaction('rw', db.drafts, () => db.drafts.add(draft('01D2')));
      await db.drafts.update('01D1', { memo: 'changed' });
      await db.drafts.where(':id').equals('01D2').modify({ memo: 'also changed' });
      return { result: undefined, recordIds: ['01D1', '01D2'] };
    });
    expect((await db.drafts.toArray()).map((one) => one.memo)).toEqual(['changed', 'also changed']);
    expect(await db.auditLog.count()).toBe(1);
  });

  it('lets an older database’s upgrade steps reshape its records', async () => {
    const name = `audited-upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores({ settings: 'key', auditLog: 'id, at' });
    old.version(2).stores({ accounts: 'id', entries: 'id, date, number', drafts: 'id', balances: '[accountId+period+currency]', registers: '[accountId+period]', vatCodes: 'id' });
    old.version(3).stores({ bankMappings: 'accountId', bankRules: 'id', importedLines: 'fingerprint, accountId', reconciliations: 'id, accountId' });
    const entry = testEntry('01E1', '2026-03-01', [dr('rent', 100), cr('bank', 100)], { number: '2026-0001', postedAt: '2026-03-01T10:00:00.000Z' });
    await old.table('entries').add(entry);
    old.close();

    const db = new BackofficeDb(name);
    requireAuditedWrites(db);
    opened.push(db);
    expect(await storedEntries(db)).toEqual([entry]);
  });

  it('guards the app’s own books', async () => {
    const { appDb } = await import('./appDb');
    opened.push(appDb);
    await expect(appDb.settings.put({ key: 'preferences', id: '01P', createdAt: 'x', updatedAt: 'x', language: 'hu' })).rejects.toBeInstanceOf(UnauditedWrite);
    expect(await appDb.settings.count()).toBe(0);
  });
});
