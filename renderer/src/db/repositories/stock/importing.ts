import { applyMovements, levelsFromMovements, movementsOfBlocks, negativeStockAfter, type MovementDraft, type NegativeStock, type StockLevel, type StockMovement } from '../../../../../shared/stock';
import { writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { recordMovementsWithinTransaction, stockReads, stockTables } from './movements';

export type StockImportProgress = { done: number; total: number };
export type StockImportOutcome = { imported: number; total: number; cancelled: boolean };

/** Movements per transaction: each write rewrites the levels of the items it touches, so a million go in four writes; progress moves between them. */
export const stockImportChunk = 250_000;

/** Drafts in date order (the file's order within a day), so the moving average follows the calendar. */
export function inDateOrder(drafts: readonly MovementDraft[]): MovementDraft[] {
  return drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => (a.draft.date < b.draft.date ? -1 : a.draft.date > b.draft.date ? 1 : a.index - b.index))
    .map(({ draft }) => draft);
}

/**
 * Where the import, added to today's stock, would leave less than nothing (checked before
 * anything is written, so the user decides once for the whole file).
 */
export async function negativeStockOfImport(db: BackofficeDb, drafts: readonly MovementDraft[]): Promise<NegativeStock[]> {
  const levels = new Map((await db.stockLevels.toArray()).map((level) => [level.itemId, level]));
  const asMovements = drafts.map((draft, index) => ({ ...draft, id: String(index), at: '', value: 0 }) as StockMovement);
  return negativeStockAfter(applyMovements(levels, asMovements), asMovements);
}

/**
 * Imports movements a chunk at a time, each chunk one audited transaction ('stockImported')
 * that prices, posts and stores it like any other movements, with progress after each.
 * Cancelling stops before the next chunk: the chunks written stay, and the outcome says
 * how many movements they held.
 */
export async function importStockMovements(
  db: BackofficeDb,
  drafts: readonly MovementDraft[],
  options: { allowNegative: boolean; memo: string; onProgress?(progress: StockImportProgress): void; signal?: AbortSignal; chunkSize?: number },
): Promise<StockImportOutcome> {
  const ordered = inDateOrder(drafts);
  const size = options.chunkSize ?? stockImportChunk;
  let done = 0;
  options.onProgress?.({ done, total: ordered.length });
  while (done < ordered.length) {
    if (options.signal?.aborted) return { imported: done, total: ordered.length, cancelled: true };
    // A transfer's two halves stay in one chunk, so each write balances on its own.
    let end = Math.min(done + size, ordered.length);
    while (end < ordered.length && ordered[end]!.transferId !== undefined && ordered[end]!.transferId === ordered[end - 1]!.transferId) end += 1;
    const chunk = ordered.slice(done, end);
    await writeWithAudit(
      db,
      [...stockTables(db), db.entryBlocks, db.balances, db.registers, db.settings],
      'stockImported',
      async () => {
        const recorded = await recordMovementsWithinTransaction(db, chunk, { allowNegative: options.allowNegative, memo: options.memo });
        // The log names the chunk's entries, not a million movement ids.
        return { result: recorded, recordIds: recorded.entries.map((entry) => entry.id) };
      },
      { alsoReads: stockReads(db) },
    );
    done = end;
    options.onProgress?.({ done, total: ordered.length });
    // Let the window draw the progress between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { imported: done, total: ordered.length, cancelled: false };
}

/** Two levels agree when quantities, values and places agree (the months and the last date follow the movements). */
function sameLevel(a: StockLevel | undefined, b: StockLevel | undefined): boolean {
  if (!a || !b) return a === b;
  return JSON.stringify([a.quantity, a.value, a.byLocation, a.periods, a.lastMovement ?? null]) === JSON.stringify([b.quantity, b.value, b.byLocation, b.periods, b.lastMovement ?? null]);
}

/**
 * Rebuilds every item's level from the stored movements (a maintenance action, logged as
 * 'stockLevelsRebuilt'), keeping each item's last count date; returns how many levels were
 * wrong or missing and are now right.
 */
export async function rebuildStockLevels(db: BackofficeDb): Promise<{ items: number; corrected: number }> {
  return writeWithAudit(db, [db.stockLevels], 'stockLevelsRebuilt', async () => {
    const [blocks, stored] = await Promise.all([db.stockBlocks.toArray(), db.stockLevels.toArray()]);
    const storedById = new Map(stored.map((level) => [level.itemId, level]));
    const rebuilt = levelsFromMovements(movementsOfBlocks(blocks)).map((level) => {
      const lastCounted = storedById.get(level.itemId)?.lastCounted;
      return lastCounted ? { ...level, lastCounted } : level;
    });
    const rebuiltIds = new Set(rebuilt.map((level) => level.itemId));
    const wrong = rebuilt.filter((level) => !sameLevel(level, storedById.get(level.itemId)));
    const stray = stored.filter((level) => !rebuiltIds.has(level.itemId));
    await db.stockLevels.bulkPut(wrong);
    await db.stockLevels.bulkDelete(stray.map((level) => level.itemId));
    const corrected = [...wrong.map((level) => level.itemId), ...stray.map((level) => level.itemId)];
    return { result: { items: rebuilt.length, corrected: corrected.length }, recordIds: corrected };
  }, { alsoReads: [db.stockBlocks] });
}
