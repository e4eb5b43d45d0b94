import { Dexie } from 'dexie';
import type { IsoDate } from '../../../../../shared/dates';
import {
  appendToBlocks,
  entriesBetween,
  entriesOfBlocks,
  periodOfEntry,
  withEntryReplaced,
  type EntryBlock,
  type JournalEntry,
} from '../../../../../shared/ledger';
import type { BackofficeDb } from '../../database';

/**
 * The posted entries as the ledger reads and writes them, over the month blocks they are
 * stored in (shared/ledger/entryBlocks.ts). Every function runs in the caller's
 * transaction when there is one.
 */

const monthRange = (from: string, to: string) => [
  [from, Dexie.minKey],
  [to, Dexie.maxKey],
] as const;

/** Adds newly posted entries to the last block of their month, or to new blocks. */
export async function storePostedEntries(db: BackofficeDb, posted: readonly JournalEntry[]): Promise<void> {
  const periods = [...new Set(posted.map(periodOfEntry))];
  const lastBlocks = await Promise.all(periods.map((period) => db.entryBlocks.where(':id').between(...monthRange(period, period)).last()));
  const lastOf = new Map(periods.map((period, index) => [period, lastBlocks[index]]));
  const changed = appendToBlocks(posted, (period) => lastOf.get(period));
  // The ids index refuses an id stored in another block; within one block it cannot see a repeat.
  for (const block of changed) {
    if (new Set(block.ids).size !== block.ids.length) throw new Dexie.ConstraintError(`An entry id repeats in ${block.period}.`);
  }
  await db.entryBlocks.bulkPut(changed);
}

async function blockWith(db: BackofficeDb, id: string): Promise<EntryBlock | undefined> {
  return db.entryBlocks.where('ids').equals(id).first();
}

/** The posted entry with this id, if there is one. */
export async function getPostedEntry(db: BackofficeDb, id: string): Promise<JournalEntry | undefined> {
  return (await blockWith(db, id))?.entries.find((entry) => entry.id === id);
}

/** Posted entries with this number (numbers are not forced unique: imports keep theirs). */
export async function postedEntriesNumbered(db: BackofficeDb, number: string): Promise<JournalEntry[]> {
  const blocks = await db.entryBlocks.where('numbers').equals(number).toArray();
  return blocks.flatMap((block) => block.entries.filter((entry) => entry.number === number));
}

/** The posted entries dated within [from, to], by date. */
export async function postedEntriesBetween(db: BackofficeDb, from: IsoDate, to: IsoDate): Promise<JournalEntry[]> {
  if (from > to) return [];
  const blocks = await db.entryBlocks.where(':id').between(...monthRange(from.slice(0, 7), to.slice(0, 7))).toArray();
  return entriesBetween(blocks, from, to);
}

/** Stores the one change a posted entry allows: the link to the entry reversing it. */
export async function linkReversal(db: BackofficeDb, id: string, reversedBy: string, updatedAt: string): Promise<void> {
  const block = await blockWith(db, id);
  const entry = block?.entries.find((candidate) => candidate.id === id);
  if (!block || !entry) throw new Error(`Entry ${id} is not posted.`);
  await db.entryBlocks.put(withEntryReplaced(block, { ...entry, reversedBy, updatedAt }));
}

/** Blocks read per request when reading the whole ledger (about 10,000 entries), so the window can paint between them. */
const blocksPerPage = 40;

/** Every posted entry, a page at a time in block order (by month); returns how many. */
export async function readPostedPages(db: BackofficeDb, onPage: (entries: JournalEntry[]) => void | Promise<void>): Promise<number> {
  let read = 0;
  let after: [string, number] | undefined;
  for (;;) {
    const blocks = await (after === undefined ? db.entryBlocks.orderBy(':id') : db.entryBlocks.where(':id').above(after)).limit(blocksPerPage).toArray();
    const entries = entriesOfBlocks(blocks);
    if (entries.length > 0) await onPage(entries);
    read += entries.length;
    const last = blocks[blocks.length - 1];
    if (!last || blocks.length < blocksPerPage) return read;
    after = [last.period, last.block];
  }
}
