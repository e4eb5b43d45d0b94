import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BackofficeDb, BooksReadOnly, refuseWrites } from './database';
import { createCompanyRepository } from './repositories/companyRepository';
import { createTestDb, unguardedConnection } from './testing';

const opened: BackofficeDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('a backup opened read-only', () => {
  it('reads as usual and refuses every kind of write, in or out of a transaction, leaving the records as they were', async () => {
    const books = createTestDb();
    opened.push(books);
    const writable = unguardedConnection(books);
    await writable.settings.put({ key: 'company', id: '01C', name: 'Harbour Supplies Ltd' } as never);
    await writable.auditLog.add({ id: '01A', at: 'x', action: 'companySetUp', tables: ['settings'], recordIds: ['01C'] });
    writable.close();

    const viewed = new BackofficeDb(writable.name);
    refuseWrites(viewed);
    expect(await viewed.settings.get('company')).toMatchObject({ name: 'Harbour Supplies Ltd' });
    await expect(viewed.settings.put({ key: 'company', id: '01C', name: 'Changed' } as never)).rejects.toBeInstanceOf(BooksReadOnly);
    await expect(viewed.auditLog.clear()).rejects.toBeInstanceOf(BooksReadOnly);
    await expect(viewed.auditLog.delete('01A')).rejects.toBeInstanceOf(BooksReadOnly);
    await expect(viewed.transaction('rw', viewed.settings, viewed.auditLog, () => viewed.auditLog.add({ id: '01B', at: 'y', action: 'companyChanged', tables: [], recordIds: [] }))).rejects.toBeInstanceOf(BooksReadOnly);
    // A repository's audited save fails the same way, with the same error for the screen to show.
    const company = createCompanyRepository(viewed);
    await expect(company.getCompany()).resolves.toMatchObject({ name: 'Harbour Supplies Ltd' });
    await expect(
      company.saveCompanySetup({ name: 'Changed Ltd', address: '', taxNumber: '', baseCurrency: 'EUR', fiscalYearStart: { month: 1, day: 1 }, language: 'en' }),
    ).rejects.toBeInstanceOf(BooksReadOnly);
    expect(await viewed.auditLog.count()).toBe(1);
    expect(await viewed.settings.get('company')).toMatchObject({ name: 'Harbour Supplies Ltd' });
    viewed.close();
  });
});
