import type { Account } from '../../../../../shared/ledger/types';
import type { InventoryAccounts, ItemAccounts } from '../../../../../shared/stock/postings';
import type { BackofficeDb } from '../../database';
import type { InventorySettingsRecord } from '../../records';

/** The template keys of the default charts' inventory accounts, used when settings name none. */
export const inventoryTemplateKeys = {
  inventory: 'inventory',
  adjustment: 'stockAdjustments',
  receipt: 'goodsReceived',
  consumption: 'suppliesConsumed',
} as const satisfies Record<keyof InventoryAccounts, string>;

export async function readInventorySettings(db: BackofficeDb): Promise<InventorySettingsRecord | undefined> {
  const record = await db.settings.get('inventory');
  return record?.key === 'inventory' ? record : undefined;
}

/**
 * The accounts stock movements post to: those chosen in the inventory settings, else the
 * default chart's accounts of the same purpose; null when one of them cannot be found
 * (the user then chooses them before stock can move money).
 */
export function inventoryAccountsOf(settings: InventorySettingsRecord | undefined, accounts: readonly Account[]): InventoryAccounts | null {
  const live = accounts.filter((account) => !account.archived);
  const byTemplate = (key: string) => live.find((account) => account.templateKey === key)?.id;
  const chosen = (id: string | null | undefined) => (id && live.some((account) => account.id === id) ? id : undefined);
  const inventory = chosen(settings?.inventoryAccountId) ?? byTemplate(inventoryTemplateKeys.inventory);
  const adjustment = chosen(settings?.adjustmentAccountId) ?? byTemplate(inventoryTemplateKeys.adjustment);
  const receipt = chosen(settings?.receiptAccountId) ?? byTemplate(inventoryTemplateKeys.receipt);
  const consumption = chosen(settings?.consumptionAccountId) ?? byTemplate(inventoryTemplateKeys.consumption);
  return inventory && adjustment && receipt && consumption ? { inventory, adjustment, receipt, consumption } : null;
}

export async function readInventoryAccounts(db: BackofficeDb): Promise<InventoryAccounts | null> {
  const [settings, accounts] = await Promise.all([readInventorySettings(db), db.accounts.toArray()]);
  return inventoryAccountsOf(settings, accounts);
}

/** An item's own account: an asset account is where it is kept, an expense account what it is used up to. */
export function itemAccountsOf(accountId: string | null, accountsById: ReadonlyMap<string, Account>): ItemAccounts | undefined {
  const account = accountId ? accountsById.get(accountId) : undefined;
  if (!account || account.archived) return undefined;
  if (account.type === 'asset') return { inventory: account.id };
  if (account.type === 'expense') return { consumption: account.id };
  return undefined;
}
