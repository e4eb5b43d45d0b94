import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompanySetupInput } from '../../../../shared/company';
import type { BackofficeDb } from '../database';
import { createTestDb } from '../testing';
import { createAuditLogRepository } from './auditLogRepository';
import { CompanySetupRejected, createCompanyRepository } from './companyRepository';

const setup: CompanySetupInput = {
  name: '  Kovács és Társa Kft.  ',
  address: 'Budapest, Fő utca 1.',
  taxNumber: '12345678-2-41',
  baseCurrency: 'huf',
  fiscalYearStart: { month: 1, day: 1 },
  language: 'hu',
};

let db: BackofficeDb;
afterEach(async () => {
  await db?.delete();
});

describe('companyRepository', () => {
  it('has no company before the setup', async () => {
    db = createTestDb();
    expect(await createCompanyRepository(db).getCompany()).toBeUndefined();
  });

  it('saves the setup and its audit entry together', async () => {
    db = createTestDb();
    const company = createCompanyRepository(db);
    const saved = await company.saveCompanySetup(setup);

    expect(saved).toMatchObject({ key: 'company', name: 'Kovács és Társa Kft.', baseCurrency: 'HUF' });
    expect(saved.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(await company.getCompany()).toEqual(saved);

    const entries = await createAuditLogRepository(db).listAuditEntries({ limit: 10 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'companySetUp', tables: ['settings'], recordIds: [saved.id] });
  });

  it('records a later save as a change and keeps id and createdAt', async () => {
    db = createTestDb();
    const company = createCompanyRepository(db);
    const first = await company.saveCompanySetup(setup);
    const second = await company.saveCompanySetup({ ...setup, name: 'Kovács Kft.' });

    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.name).toBe('Kovács Kft.');
    const entries = await createAuditLogRepository(db).listAuditEntries({ limit: 10 });
    expect(entries.map((entry) => entry.action)).toEqual(['companyChanged', 'companySetUp']);
  });

  it('writes nothing when the setup is invalid', async () => {
    db = createTestDb();
    const company = createCompanyRepository(db);
    const invalid = { ...setup, name: '   ', baseCurrency: 'XYZ', fiscalYearStart: { month: 2, day: 30 } };

    const failure = await company.saveCompanySetup(invalid).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(CompanySetupRejected);
    expect((failure as CompanySetupRejected).issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'validation.required' },
        { path: 'baseCurrency', message: 'validation.currencyUnknown' },
        { path: 'fiscalYearStart.day', message: 'validation.fiscalYearStartInvalid' },
      ]),
    );
    expect(await db.settings.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('stores neither the company nor the entry when the audit write fails', async () => {
    db = createTestDb();
    const company = createCompanyRepository(db);
    db.auditLog.hook('creating', () => {
      throw new Error('disk full');
    });

    await expect(company.saveCompanySetup(setup)).rejects.toThrow('disk full');
    expect(await db.settings.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});
