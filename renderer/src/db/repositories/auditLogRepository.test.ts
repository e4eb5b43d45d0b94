import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { writeWithAudit } from '../audit';
import type { BackofficeDb } from '../database';
import { createTestDb } from '../testing';
import { createAuditLogRepository } from './auditLogRepository';

let db: BackofficeDb;
afterEach(async () => {
  await db?.delete();
});

async function writeEntries(count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    await writeWithAudit(db, [db.settings], 'companyChanged', async () => ({ result: undefined, recordIds: [`record-${index}`] }));
  }
}

describe('auditLogRepository', () => {
  it('lists entries newest first and pages with `before`', async () => {
    db = createTestDb();
    await writeEntries(5);
    const log = createAuditLogRepository(db);

    const firstPage = await log.listAuditEntries({ limit: 2 });
    expect(firstPage.map((entry) => entry.recordIds[0])).toEqual(['record-4', 'record-3']);

    const secondPage = await log.listAuditEntries({ limit: 2, before: firstPage[1]!.id });
    expect(secondPage.map((entry) => entry.recordIds[0])).toEqual(['record-2', 'record-1']);

    const rest = await log.listAuditEntries({ limit: 10, before: secondPage[1]!.id });
    expect(rest.map((entry) => entry.recordIds[0])).toEqual(['record-0']);
  });

  it('counts the entries', async () => {
    db = createTestDb();
    const log = createAuditLogRepository(db);
    expect(await log.countAudit()).toBe(0);
    await writeEntries(3);
    expect(await log.countAudit()).toBe(3);
  });

  it('stamps each entry with when and what', async () => {
    db = createTestDb();
    const before = Date.now();
    await writeEntries(1);
    const [entry] = await createAuditLogRepository(db).listAuditEntries({ limit: 1 });
    expect(entry).toMatchObject({ action: 'companyChanged', tables: ['settings'], recordIds: ['record-0'] });
    expect(Date.parse(entry!.at)).toBeGreaterThanOrEqual(before);
  });

  it('gives the newest entry as the books’ change marker, which moves with every audited write', async () => {
    db = createTestDb();
    const log = createAuditLogRepository(db);
    expect(await log.booksChangeMarker()).toBeUndefined();
    await writeEntries(2);
    const [newest] = await log.listAuditEntries({ limit: 1 });
    expect(await log.booksChangeMarker()).toBe(newest!.id);
    await writeEntries(1);
    expect(await log.booksChangeMarker()).not.toBe(newest!.id);
  });
});
