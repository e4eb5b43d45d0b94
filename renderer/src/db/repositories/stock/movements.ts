import { Dexie, type Table } from 'dexie';
import { isIsoDate } from '../../../../../shared/dates';
import { indexAccounts } from '../../../../../shared/ledger';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import {
  appendToStockBlocks,
  applyMovements,
  movesMoney,
  negativeStockAfter,
  periodOfMovement,
  priceMovements,
  stockEntry,
  type MovementDraft,
  type StockLevel,
  type StockMovement,
} from '../../../../../shared/stock';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { AuditAction } from '../../records';
import { ledgerTables, readCompanyFacts } from '../ledger/context';
import { postWithinTransaction } from '../ledger/posting';
import { inventoryAccountsOf, itemAccountsOf, readInventorySettings } from './accounts';
import { StockRejected, StockWouldGoNegative, type StockProblem } from './problems';

/** The tables a stock write changes; it also reads items, locations and the ledger's. */
export function stockTables(db: BackofficeDb): Table[] {
  return [db.stockBlocks, db.stockLevels];
}

export function stockReads(db: BackofficeDb): Table[] {
  return [db.items, db.locations, ...ledgerTables(db)];
}

export type RecordOptions = {
  /** The user confirmed taking stock below zero. */
  allowNegative?: boolean;
  /** The journal entry's memo, e.g. "Receipt PO-2026-014" or "Stocktake ST-2026-003". */
  memo?: string;
  /** The entry's payee, e.g. the supplier a receipt came from (aged payables knows suppliers by it). */
  payee?: string;
  /** Movements of archived items are refused, except where a count corrects one. */
  allowArchivedItems?: boolean;
  /** An approved count: these items' levels get their last count date in the same write, moved or not. */
  counted?: { date: string; itemIds: ReadonlySet<string> };
  /** The levels of the drafts' (and counted) items as the caller already read them in this transaction. */
  levels?: ReadonlyMap<string, StockLevel>;
};

export type Recorded = { movements: StockMovement[]; entries: JournalEntry[] };

const periodRange = (period: string) => [
  [period, Dexie.minKey],
  [period, Dexie.maxKey],
] as const;

/**
 * Records by key: a few are fetched one by one, many are read in one sweep of the table
 * (a cursor over ten thousand records is several times faster than ten thousand gets).
 */
async function recordsOf<T>(table: Table<T, string>, keys: readonly string[], keyOf: (record: T) => string): Promise<(T | undefined)[]> {
  if (keys.length <= 500) return table.bulkGet([...keys]);
  const byKey = new Map((await table.toArray()).map((record) => [keyOf(record), record]));
  return keys.map((key) => byKey.get(key));
}

async function checkDrafts(db: BackofficeDb, drafts: readonly MovementDraft[], options: RecordOptions): Promise<StockProblem[]> {
  const itemIds = [...new Set(drafts.map((draft) => draft.itemId))];
  const locationIds = [...new Set(drafts.map((draft) => draft.locationId))];
  const [items, locations] = await Promise.all([recordsOf(db.items, itemIds, (item) => item.id), recordsOf(db.locations, locationIds, (location) => location.id)]);
  const problems: StockProblem[] = [];
  items.forEach((item, index) => {
    if (!item) problems.push({ code: 'itemMissing', params: { item: itemIds[index]! } });
    else if (item.archived && !options.allowArchivedItems) problems.push({ code: 'itemArchived', params: { item: `${item.sku} ${item.name}` } });
  });
  locations.forEach((location, index) => {
    if (!location) problems.push({ code: 'locationMissing', params: { location: locationIds[index]! } });
  });
  drafts.forEach((draft, index) => {
    const line = String(index + 1);
    if (!Number.isSafeInteger(draft.quantity) || draft.quantity === 0) problems.push({ code: 'quantityInvalid', params: { line } });
    if (draft.value !== undefined && !Number.isSafeInteger(draft.value)) problems.push({ code: 'valueInvalid', params: { line } });
    if (!isIsoDate(draft.date)) problems.push({ code: 'dateInvalid', params: { line } });
  });
  const transfers = new Map<string, number>();
  for (const draft of drafts) if (draft.transferId) transfers.set(draft.transferId, (transfers.get(draft.transferId) ?? 0) + draft.quantity);
  for (const [transfer, net] of transfers) if (net !== 0) problems.push({ code: 'transferUnpaired', params: { transfer } });
  return problems;
}

/**
 * Records stock movements inside the caller's audited transaction (which must include
 * `stockTables` and `stockReads`): checks them, prices them at the moving-average cost,
 * refuses negative stock unless allowed, posts one journal entry per date for those that
 * move money (through the ledger, so the lock date and the chart apply), then appends the
 * movements to their month blocks and updates the items' levels. Nothing is written when
 * anything is refused.
 */
export async function recordMovementsWithinTransaction(db: BackofficeDb, drafts: readonly MovementDraft[], options: RecordOptions = {}): Promise<Recorded> {
  const counted = options.counted;
  if (drafts.length === 0 && !counted) return { movements: [], entries: [] };
  const problems = drafts.length === 0 ? [] : await checkDrafts(db, drafts, options);
  if (problems.length > 0) throw new StockRejected(problems);

  const itemIds = [...new Set([...drafts.map((draft) => draft.itemId), ...(counted?.itemIds ?? [])])];
  const levels = new Map<string, StockLevel>();
  if (options.levels && itemIds.every((itemId) => options.levels!.has(itemId))) {
    for (const itemId of itemIds) levels.set(itemId, options.levels.get(itemId)!);
  } else {
    for (const level of await recordsOf(db.stockLevels, itemIds, (stored) => stored.itemId)) if (level) levels.set(level.itemId, level);
  }
  const at = now();
  const movements: StockMovement[] = priceMovements(drafts, levels).map((draft) => ({ ...draft, id: newId(), at }));
  let after = applyMovements(levels, movements);
  if (counted) {
    const written = new Map(after.map((level) => [level.itemId, level]));
    for (const itemId of counted.itemIds) {
      const level = written.get(itemId) ?? levels.get(itemId);
      if (level) written.set(itemId, { ...level, lastCounted: counted.date });
    }
    after = [...written.values()];
  }
  if (!options.allowNegative) {
    const negative = negativeStockAfter(after, movements);
    if (negative.length > 0) throw new StockWouldGoNegative(negative);
  }

  const entries = await postStockEntries(db, movements, options.memo ?? '', options.payee ?? '');
  if (movements.length > 0) {
    const periods = [...new Set(movements.map(periodOfMovement))];
    const lastBlocks = await Promise.all(periods.map((period) => db.stockBlocks.where(':id').between(...periodRange(period)).last()));
    const lastOf = new Map(periods.map((period, index) => [period, lastBlocks[index]]));
    await db.stockBlocks.bulkPut(appendToStockBlocks(movements, (period) => lastOf.get(period)));
  }
  await db.stockLevels.bulkPut(after);
  return { movements, entries };
}

/** One entry per date for the movements that move money; each movement learns its entry's id. */
async function postStockEntries(db: BackofficeDb, movements: StockMovement[], memo: string, payee: string): Promise<JournalEntry[]> {
  const money = movements.filter((movement) => movesMoney(movement.kind) && movement.value !== 0);
  if (money.length === 0) return [];
  const [settings, chart, facts] = await Promise.all([readInventorySettings(db), db.accounts.toArray(), readCompanyFacts(db)]);
  const accounts = inventoryAccountsOf(settings, chart);
  if (!accounts) throw new StockRejected([{ code: 'inventoryAccountsMissing', params: {} }]);
  const accountsById = indexAccounts(chart);
  const itemIds = [...new Set(money.map((movement) => movement.itemId))];
  const items = await recordsOf(db.items, itemIds, (item) => item.id);
  const itemAccounts = new Map(items.map((item, index) => [itemIds[index]!, itemAccountsOf(item?.accountId ?? null, accountsById)]));
  const byDate = new Map<string, StockMovement[]>();
  for (const movement of money) {
    const dated = byDate.get(movement.date);
    if (dated) dated.push(movement);
    else byDate.set(movement.date, [movement]);
  }
  const drafts: JournalEntry[] = [];
  const at = now();
  for (const [date, dated] of byDate) {
    const entry = stockEntry(dated, accounts, { id: newId(), date, memo, currency: facts.baseCurrency, at, itemAccounts: (itemId) => itemAccounts.get(itemId) });
    if (!entry) continue;
    entry.payee = payee;
    drafts.push(entry);
    for (const movement of dated) movement.entryId = entry.id;
  }
  return postWithinTransaction(db, drafts);
}

/** Records movements in their own audited transaction; see `recordMovementsWithinTransaction`. */
export function recordStockMovements(db: BackofficeDb, drafts: readonly MovementDraft[], options: RecordOptions & { action?: AuditAction } = {}): Promise<Recorded> {
  return writeWithAudit(
    db,
    [...stockTables(db), db.entryBlocks, db.balances, db.registers, db.settings],
    options.action ?? 'stockMovementsRecorded',
    async () => {
      const recorded = await recordMovementsWithinTransaction(db, drafts, options);
      return { result: recorded, recordIds: [...recorded.movements.map((movement) => movement.id), ...recorded.entries.map((entry) => entry.id)] };
    },
    { alsoReads: stockReads(db) },
  );
}
