import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { BackofficeDb } from '../../database';

describe('database version 3 (bank work)', () => {
  it('upgrades a version 2 database: the ledger stays, the bank tables appear with their keys', async () => {
    const name = `bank-upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    old.version(1).stores({ settings: 'key', auditLog: 'id, at' });
    old.version(2).stores({ accounts: 'id', entries: 'id, date, number', drafts: 'id', balances: '[accountId+period+currency]', registers: '[accountId+period]', vatCodes: 'id' });
    await old.table('accounts').put({ id: 'a1', name: 'Bank', type: 'asset', parentId: null, archived: false, createdAt: 'x', updatedAt: 'x' });
    old.close();

    const db = new BackofficeDb(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    try {
      expect(await db.accounts.get('a1')).toMatchObject({ name: 'Bank' });
      expect(db.verno).toBeGreaterThanOrEqual(3);
      const schema = (table: { schema: { primKey: { src: string }; indexes: { src: string }[] } }) => [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)];
      expect(schema(db.bankMappings)).toEqual(['accountId']);
      expect(schema(db.bankRules)).toEqual(['id']);
      expect(schema(db.importedLines)).toEqual(['fingerprint', 'accountId']);
      expect(schema(db.reconciliations)).toEqual(['id', 'accountId']);
      expect(await db.importedLines.count()).toBe(0);
    } finally {
      await db.delete();
    }
  });
});
