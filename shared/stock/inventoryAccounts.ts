import { chartKindOf } from '../company/countries';
import type { Account } from '../ledger/types';

/** The four accounts stock is booked to; each the id of a chart account, or null while unchosen. */
export type InventoryAccountChoice = {
  /** Stock kept, an asset: materials (Hungary 211, Russia 10) or goods (261, 41). */
  inventoryAccountId: string | null;
  /** Count differences and write-offs (Hungary 869, Russia 94). */
  adjustmentAccountId: string | null;
  /** What a receipt with a cost is credited to until the bill arrives (goods received not invoiced, or the suppliers' account). */
  receiptAccountId: string | null;
  /** Where stock issued for use is expensed (Hungary 511, Russia 26). */
  consumptionAccountId: string | null;
};

export const inventoryAccountPurposes = ['inventoryAccountId', 'adjustmentAccountId', 'receiptAccountId', 'consumptionAccountId'] as const;
export type InventoryAccountPurpose = (typeof inventoryAccountPurposes)[number];

/**
 * Which chart accounts (by template key, most fitting first) serve each purpose in each
 * chart. A book whose chart predates an account falls back to the next key, so an older
 * Hungarian book still gets 21 Anyagok and 86 Egyéb ráfordítások.
 */
const preferredKeys: Record<'international' | 'hu' | 'ru', Record<InventoryAccountPurpose, readonly string[]>> = {
  international: {
    inventoryAccountId: ['inventory'],
    adjustmentAccountId: ['stockAdjustments', 'otherExpenses'],
    receiptAccountId: ['goodsReceived', 'payable'],
    consumptionAccountId: ['suppliesConsumed', 'officeSupplies', 'otherExpenses'],
  },
  hu: {
    inventoryAccountId: ['rawMaterials', 'materials', 'tradeGoods', 'inventory'],
    adjustmentAccountId: ['stockAdjustments', 'otherExpenses'],
    receiptAccountId: ['payable'],
    consumptionAccountId: ['suppliesConsumed', 'materialCosts'],
  },
  ru: {
    inventoryAccountId: ['materials', 'inventory'],
    adjustmentAccountId: ['stockAdjustments', 'otherExpenses'],
    receiptAccountId: ['payable'],
    consumptionAccountId: ['overheads', 'sellingExpenses', 'otherExpenses'],
  },
};

/** The accounts a new book's warehouse starts with: found in its chart by template key, live accounts only. */
export function defaultInventoryAccounts(country: string | undefined, accounts: readonly Account[]): InventoryAccountChoice {
  const byKey = new Map(accounts.filter((account) => account.templateKey && !account.archived).map((account) => [account.templateKey!, account.id]));
  const keys = preferredKeys[chartKindOf(country)];
  const pick = (purpose: InventoryAccountPurpose) => keys[purpose].map((key) => byKey.get(key)).find((id) => id !== undefined) ?? null;
  return {
    inventoryAccountId: pick('inventoryAccountId'),
    adjustmentAccountId: pick('adjustmentAccountId'),
    receiptAccountId: pick('receiptAccountId'),
    consumptionAccountId: pick('consumptionAccountId'),
  };
}

/** The account types each purpose may take: stock is an asset; the others as their nature says. */
export const purposeAccountTypes: Record<InventoryAccountPurpose, readonly Account['type'][]> = {
  inventoryAccountId: ['asset'],
  adjustmentAccountId: ['expense', 'asset'],
  receiptAccountId: ['liability'],
  consumptionAccountId: ['expense'],
};
