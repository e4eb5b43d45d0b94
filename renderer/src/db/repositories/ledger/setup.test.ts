import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackofficeDb } from '../../database';
import { createTestDb } from '../../testing';
import { createCompanyRepository } from '../companyRepository';
import { createLedgerRepository } from '.';
import { ledgerTestBook } from './ledgerTesting';

let db: BackofficeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('ledger set-up', () => {
  it('creates the default chart in the company’s language and its country’s VAT codes, once, audited', async () => {
    const book = await ledgerTestBook({ language: 'hu', baseCurrency: 'HUF' });
    db = book.db;
    const accounts = await book.ledger.listAccounts();
    expect(accounts.find((a) => a.role === 'bank')?.name).toBe('Bankszámla');
    expect((await book.ledger.listVatCodes()).map((c) => c.code).sort()).toEqual(['I18', 'I27', 'I5', 'O18', 'O27', 'O5']);
    const settings = await book.ledger.getLedgerSettings();
    expect(settings).toMatchObject({ key: 'ledger', lockDate: null, lastNumbers: {} });

    await book.ledger.ensureLedger();
    expect(await book.db.accounts.count()).toBe(accounts.length);
    const log = await book.db.auditLog.toArray();
    expect(log.map((entry) => entry.action)).toEqual(['companySetUp', 'ledgerSetUp']);
    expect(log[1]!.tables).toEqual(['settings', 'accounts', 'vatCodes']);
  });

  it('works before the company setup, in English and euro', async () => {
    db = createTestDb();
    const ledger = createLedgerRepository(db);
    expect(await ledger.listAccounts()).toEqual([]);
    await ledger.ensureLedger();
    expect((await ledger.listAccounts()).find((a) => a.role === 'cash')?.name).toBe('Cash');
    expect(await createCompanyRepository(db).getCompany()).toBeUndefined();
  });

  it('upgrades a version 1 database: the company stays, the ledger tables appear', async () => {
    const name = `ledger-upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    old.version(1).stores({ settings: 'key', auditLog: 'id, at' });
    await old.table('settings').put({ key: 'company', id: 'c1', createdAt: 'x', updatedAt: 'x', name: 'Old Ltd', address: '', taxNumber: '', baseCurrency: 'RUB', fiscalYearStart: { month: 1, day: 1 }, language: 'ru' });
    old.close();

    db = new BackofficeDb(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    expect((await createCompanyRepository(db).getCompany())?.name).toBe('Old Ltd');
    // Later versions (3: bank work) add tables of their own; the ledger's are these.
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual(expect.arrayContaining(['accounts', 'auditLog', 'balances', 'drafts', 'entryBlocks', 'registers', 'settings', 'vatCodes']));
    expect(db.entryBlocks.schema.indexes.map((index) => index.name).sort()).toEqual(['ids', 'numbers']);
    await createLedgerRepository(db).ensureLedger();
    expect((await db.accounts.toArray()).find((a) => a.role === 'bank')?.name).toBe('Расчётный счёт');
    expect((await db.vatCodes.toArray()).map((c) => c.code)).toContain('O22');
  });
});
