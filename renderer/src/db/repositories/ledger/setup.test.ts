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
  it('a Hungarian company gets the számlatükör and its VAT codes in its language', async () => {
    const book = await ledgerTestBook({ language: 'hu', baseCurrency: 'HUF', country: 'HU' });
    db = book.db;
    const accounts = await book.ledger.listAccounts();
    const byRole = (role: string) => accounts.find((a) => a.role === role);
    expect([byRole('bank')?.code, byRole('bank')?.name]).toEqual(['384', 'Elszámolási betétszámla']);
    expect([byRole('payable')?.code, byRole('vatInput')?.code, byRole('vatOutput')?.code]).toEqual(['454', '466', '467']);
    const codes = await book.ledger.listVatCodes();
    expect(codes.find((c) => c.code === 'FADF')).toMatchObject({ name: 'Fordított adózás, fizetendő ÁFA 27%', kind: 'output', accountId: byRole('vatOutput')?.id });
  });

  it('a Russian company gets the План счетов; a company without a country keeps the international chart', async () => {
    const russian = await ledgerTestBook({ language: 'ru', baseCurrency: 'RUB', country: 'RU' });
    const accounts = await russian.ledger.listAccounts();
    expect(accounts.find((a) => a.role === 'vatOutput')).toMatchObject({ code: '68.02', name: 'Налог на добавленную стоимость' });
    expect((await russian.ledger.listVatCodes()).map((c) => c.code)).toContain('БезНДС');
    await russian.db.delete();

    const older = await ledgerTestBook({ language: 'en', baseCurrency: 'GBP' });
    db = older.db;
    expect((await older.ledger.listAccounts()).find((a) => a.role === 'bank')).toMatchObject({ code: '1010', name: 'Bank account' });
  });

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
