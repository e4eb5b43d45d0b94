import type { IsoDate } from '../dates';
import type { EntryLine, JournalEntry } from '../ledger/types';
import type { MovementKind, StockMovement } from './types';

/**
 * Which movements move money in the books, and against what. Stock is an asset at its
 * moving-average value, so the inventory account follows the stock value:
 * - a receipt with a cost: inventory / goods received (the supplier's bill clears it);
 * - an issue to a department or person: consumption expense / inventory;
 * - a write-off or a count adjustment: the adjustment (shrinkage) account / inventory,
 *   either way round;
 * - an opening balance or a transfer moves no money (openings are in the books' own
 *   opening balances; a transfer stays in stock).
 */
export type InventoryAccounts = { inventory: string; adjustment: string; receipt: string; consumption: string };

/** Accounts of one item where it has its own (its asset account, or the expense it is used up to). */
export type ItemAccounts = { inventory?: string; consumption?: string };

const counterAccount: Record<MovementKind, keyof InventoryAccounts | null> = {
  opening: null,
  transferOut: null,
  transferIn: null,
  receipt: 'receipt',
  issue: 'consumption',
  writeOff: 'adjustment',
  count: 'adjustment',
};

/** Whether a movement of this kind posts to the books (when its value is not zero). */
export const movesMoney = (kind: MovementKind): boolean => counterAccount[kind] !== null;

/**
 * The journal entry (a draft, for `postWithinTransaction`) for the movements that move
 * money, one line per account and side, so approving ten thousand count lines gives an
 * entry of a few lines; null when nothing moves money.
 */
export function stockEntry(
  movements: readonly StockMovement[],
  accounts: InventoryAccounts,
  entry: { id: string; date: IsoDate; memo: string; currency: string; at: string; itemAccounts?: (itemId: string) => ItemAccounts | undefined },
): JournalEntry | null {
  const net = new Map<string, number>();
  const add = (accountId: string, amount: number) => net.set(accountId, (net.get(accountId) ?? 0) + amount);
  for (const movement of movements) {
    const counter = counterAccount[movement.kind];
    if (counter === null || movement.value === 0) continue;
    const own = entry.itemAccounts?.(movement.itemId);
    const inventory = own?.inventory ?? accounts.inventory;
    const other = counter === 'consumption' ? (own?.consumption ?? accounts.consumption) : accounts[counter];
    add(inventory, movement.value);
    add(other, -movement.value);
  }
  const lines: EntryLine[] = [];
  for (const [accountId, amount] of net) {
    if (amount > 0) lines.push({ accountId, debit: amount, credit: 0 });
    else if (amount < 0) lines.push({ accountId, debit: 0, credit: -amount });
  }
  if (lines.length === 0) return null;
  return {
    id: entry.id,
    number: '',
    date: entry.date,
    payee: '',
    memo: entry.memo,
    currency: entry.currency,
    lines,
    status: 'draft',
    origin: 'stock',
    documentIds: [],
    createdAt: entry.at,
    updatedAt: entry.at,
  };
}
