import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackofficeDb } from '../../database';
import { createTestDb } from '../../testing';
import { createCompanyRepository } from '../companyRepository';
import { ensureInventorySettings, InventorySettingsRejected, saveInventoryAccounts } from './inventorySettings';

let db: BackofficeDb;
afterEach(async () => {
  await db?.delete();
});

async function codeOf(id: string | null | undefined) {
  return id ? (await db.accounts.get(id))?.code : null;
}

describe('inventory settings', () => {
  it('are created once, on first use, with the Hungarian chart’s usual accounts', async () => {
    db = createTestDb();
    await createCompanyRepository(db).saveCompanySetup({ name: 'Kovács Kft.', address: '1051 Budapest', taxNumber: '12345678-2-41', country: 'HU', baseCurrency: 'HUF', language: 'hu', fiscalYearStart: { month: 1, day: 1 } });
    const settings = await ensureInventorySettings(db);
    expect([await codeOf(settings.inventoryAccountId), await codeOf(settings.adjustmentAccountId), await codeOf(settings.receiptAccountId), await codeOf(settings.consumptionAccountId)]).toEqual(['211', '869', '454', '511']);
    const again = await ensureInventorySettings(db);
    expect(again.id).toBe(settings.id);
    expect((await db.auditLog.toArray()).filter((entry) => entry.action === 'inventorySettingsSaved')).toHaveLength(1);
  });

  it('keep the user’s choice, and refuse an account of the wrong kind without changing anything', async () => {
    db = createTestDb();
    const settings = await ensureInventorySettings(db);
    const accounts = await db.accounts.toArray();
    const inventory = accounts.find((account) => account.code === '1200')!;
    const otherExpenses = accounts.find((account) => account.code === '5900')!;
    const saved = await saveInventoryAccounts(db, { inventoryAccountId: inventory.id, adjustmentAccountId: otherExpenses.id, receiptAccountId: settings.receiptAccountId, consumptionAccountId: otherExpenses.id });
    expect(await codeOf(saved.adjustmentAccountId)).toBe('5900');

    const refused = await saveInventoryAccounts(db, { inventoryAccountId: otherExpenses.id, adjustmentAccountId: null, receiptAccountId: null, consumptionAccountId: null }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InventorySettingsRejected);
    expect((refused as InventorySettingsRejected).purposes).toEqual(['inventoryAccountId']);
    const kept = await ensureInventorySettings(db);
    expect([await codeOf(kept.inventoryAccountId), await codeOf(kept.adjustmentAccountId)]).toEqual(['1200', '5900']);
  });
});
