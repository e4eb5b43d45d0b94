import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BackofficeDb } from '../database';
import { createTestDb } from '../testing';
import { createCompanyRepository } from './companyRepository';
import { createPreferencesRepository } from './preferencesRepository';

let db: BackofficeDb;
afterEach(async () => {
  await db?.delete();
});

describe('preferencesRepository', () => {
  it('persists the language across a reopen of the database', async () => {
    db = createTestDb();
    await createPreferencesRepository(db).setLanguage('ru');
    db.close();

    const reopened = new BackofficeDb(db.name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    const preferences = await createPreferencesRepository(reopened).getPreferences();
    expect(preferences).toMatchObject({ key: 'preferences', language: 'ru' });
    db = reopened;
  });

  it('updates the language in place, keeping id and createdAt', async () => {
    db = createTestDb();
    const preferences = createPreferencesRepository(db);
    const first = await preferences.setLanguage('hu');
    const second = await preferences.setLanguage('en');

    expect(second).toMatchObject({ id: first.id, createdAt: first.createdAt, language: 'en' });
    expect(await db.settings.count()).toBe(1);
    // The language is kept in the books (and their backups): each change is in the activity log.
    expect((await db.auditLog.toArray()).map((entry) => [entry.action, entry.recordIds])).toEqual([
      ['languageSet', [first.id]],
      ['languageSet', [first.id]],
    ]);
  });

  it('refuses a language the app does not speak', async () => {
    db = createTestDb();
    // @ts-expect-error: 'de' is not a Language; the repository checks at run time too.
    await expect(createPreferencesRepository(db).setLanguage('de')).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });

  it('reads company and language together at start', async () => {
    db = createTestDb();
    const preferences = createPreferencesRepository(db);
    expect(await preferences.loadStartupSettings()).toEqual({ company: undefined, language: undefined, regionalFormat: 'auto' });

    await preferences.setLanguage('hu');
    const company = await createCompanyRepository(db).saveCompanySetup({
      name: 'Acme Ltd',
      address: '',
      taxNumber: '',
      baseCurrency: 'GBP',
      fiscalYearStart: { month: 4, day: 6 },
      language: 'en',
    });
    expect(await preferences.loadStartupSettings()).toEqual({ company, language: 'hu', regionalFormat: 'auto' });

    await preferences.setRegionalFormat('en-IE');
    expect(await preferences.loadStartupSettings()).toEqual({ company, language: 'hu', regionalFormat: 'en-IE' });
    await expect(preferences.setRegionalFormat('xx-YY')).rejects.toThrow('Not a regional format');
  });
});
