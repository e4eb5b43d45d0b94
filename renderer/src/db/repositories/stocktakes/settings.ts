import { newId, now } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { InventorySettingsRecord } from '../../records';

/** The warehouse settings inside a write, created empty when the book has none yet. */
export async function inventorySettingsForWrite(db: BackofficeDb): Promise<InventorySettingsRecord> {
  const record = await db.settings.get('inventory');
  if (record?.key === 'inventory') return { ...record, lastStocktakeNumbers: record.lastStocktakeNumbers ?? {} };
  const at = now();
  return { key: 'inventory', id: newId(), createdAt: at, updatedAt: at, inventoryAccountId: null, adjustmentAccountId: null, receiptAccountId: null, consumptionAccountId: null, lastStocktakeNumbers: {} };
}
