import { defaultInventoryAccounts, inventoryAccountPurposes, purposeAccountTypes, type InventoryAccountChoice } from '../../../../../shared/stock/inventoryAccounts';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { InventorySettingsRecord } from '../../records';
import { createLedgerAccounts } from '../ledger/accounts';
import { readCompanyFacts } from '../ledger/context';
import { readInventorySettings } from './accounts';

/** A choice of inventory accounts refused: which purposes point at a missing, archived or wrong-type account. */
export class InventorySettingsRejected extends Error {
  readonly purposes: (keyof InventoryAccountChoice)[];
  constructor(purposes: (keyof InventoryAccountChoice)[]) {
    super(`Inventory accounts refused: ${purposes.join(', ')}`);
    this.name = 'InventorySettingsRejected';
    this.purposes = purposes;
  }
}

/**
 * The warehouse's settings, created on first use with the chart's usual accounts (the
 * ledger is set up first when the book has no chart yet). Does nothing when they exist.
 */
export async function ensureInventorySettings(db: BackofficeDb): Promise<InventorySettingsRecord> {
  const existing = await readInventorySettings(db);
  if (existing) return existing;
  await createLedgerAccounts(db).ensureLedger();
  return writeWithAudit(
    db,
    [db.settings],
    'inventorySettingsSaved',
    async () => {
      const again = await readInventorySettings(db);
      if (again) return { result: again, recordIds: [] };
      const facts = await readCompanyFacts(db);
      const at = now();
      const record: InventorySettingsRecord = {
        key: 'inventory',
        id: newId(),
        createdAt: at,
        updatedAt: at,
        ...defaultInventoryAccounts(facts.country, await db.accounts.toArray()),
        lastStocktakeNumbers: {},
      };
      await db.settings.put(record);
      return { result: record, recordIds: [record.id] };
    },
    { alsoReads: [db.accounts] },
  );
}

/** Saves the user's choice of inventory accounts; each must be a live account of a fitting type. */
export async function saveInventoryAccounts(db: BackofficeDb, choice: InventoryAccountChoice): Promise<InventorySettingsRecord> {
  await ensureInventorySettings(db);
  return writeWithAudit(
    db,
    [db.settings],
    'inventorySettingsSaved',
    async () => {
      const current = (await readInventorySettings(db))!;
      const wrong: (keyof InventoryAccountChoice)[] = [];
      for (const purpose of inventoryAccountPurposes) {
        const id = choice[purpose];
        if (id === null) continue;
        const account = await db.accounts.get(id);
        if (!account || account.archived || !purposeAccountTypes[purpose].includes(account.type)) wrong.push(purpose);
      }
      if (wrong.length > 0) throw new InventorySettingsRejected(wrong);
      const picked: InventoryAccountChoice = {
        inventoryAccountId: choice.inventoryAccountId,
        adjustmentAccountId: choice.adjustmentAccountId,
        receiptAccountId: choice.receiptAccountId,
        consumptionAccountId: choice.consumptionAccountId,
      };
      const next: InventorySettingsRecord = { ...current, ...picked, updatedAt: now() };
      await db.settings.put(next);
      return { result: next, recordIds: [next.id] };
    },
    { alsoReads: [db.accounts] },
  );
}
