import type { IsoDate } from '../dates';
import type { EntryBlock, JournalEntry } from './types';

/**
 * Posted entries are stored a block at a time: one record holds up to `entryBlockSize`
 * entries of one month, in the order they were posted. IndexedDB's cost is per record
 * (200,000 entry records take about 17 s to write here; the same entries in 800 blocks
 * take under 1 s), so a restore, an import and a backup move blocks, not entries. A
 * block lists its entries' ids and numbers, which the database indexes to find an entry.
 */
export const entryBlockSize = 250;

/** The month an entry is stored under, e.g. "2026-03". */
export const periodOfEntry = (entry: Pick<JournalEntry, 'date'>): string => entry.date.slice(0, 7);

function blockOf(period: string, block: number, entries: JournalEntry[]): EntryBlock {
  return { period, block, ids: entries.map((entry) => entry.id), numbers: entries.map((entry) => entry.number), entries };
}

/**
 * The blocks that change when `entries` are posted: each month's last block filled up to
 * `entryBlockSize`, then new blocks numbered on. `lastBlockOf` gives a month's current
 * last block (undefined when the month has none yet); it is not changed.
 */
export function appendToBlocks(entries: readonly JournalEntry[], lastBlockOf: (period: string) => EntryBlock | undefined): EntryBlock[] {
  const byPeriod = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    const period = periodOfEntry(entry);
    const list = byPeriod.get(period);
    if (list) list.push(entry);
    else byPeriod.set(period, [entry]);
  }
  const changed: EntryBlock[] = [];
  for (const [period, added] of byPeriod) {
    const last = lastBlockOf(period);
    let number = last ? last.block : 0;
    let current = last ? [...last.entries] : [];
    for (const entry of added) {
      if (current.length >= entryBlockSize) {
        changed.push(blockOf(period, number, current));
        number += 1;
        current = [];
      }
      current.push(entry);
    }
    changed.push(blockOf(period, number, current));
  }
  return changed;
}

/** Every posted entry into blocks, as a new book or an upgrade stores them. */
export function entryBlocksOf(entries: readonly JournalEntry[]): EntryBlock[] {
  return appendToBlocks(entries, () => undefined);
}

/** The block with one entry swapped for its changed copy (same id). */
export function withEntryReplaced(block: EntryBlock, entry: JournalEntry): EntryBlock {
  return { ...block, entries: block.entries.map((stored) => (stored.id === entry.id ? entry : stored)) };
}

const byDateThenId = (a: JournalEntry, b: JournalEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The entries of `blocks` dated within [from, to], by date (then id, as the order they were created). */
export function entriesBetween(blocks: readonly EntryBlock[], from: IsoDate, to: IsoDate): JournalEntry[] {
  const found: JournalEntry[] = [];
  for (const block of blocks) for (const entry of block.entries) if (entry.date >= from && entry.date <= to) found.push(entry);
  return found.sort(byDateThenId);
}

/** Every entry of `blocks`, in block order. */
export function entriesOfBlocks(blocks: readonly EntryBlock[]): JournalEntry[] {
  return blocks.flatMap((block) => block.entries);
}

/**
 * Why a block may not be stored over `before` (null when it may): posted entries never
 * change and never leave; the one change allowed is linking a not yet reversed entry to
 * the entry that reverses it (with its `updatedAt`). New entries may follow the old ones.
 */
export function forbiddenBlockChange(before: EntryBlock, after: EntryBlock): string | null {
  if (after.entries.length < before.entries.length) return `entries would leave block ${before.period}/${before.block}`;
  for (let index = 0; index < before.entries.length; index += 1) {
    const old = before.entries[index]!;
    const now = after.entries[index]!;
    if (now.id !== old.id) return old.id;
    if (now === old) continue;
    const linked = old.reversedBy === undefined && now.reversedBy !== undefined;
    const { reversedBy: _a, updatedAt: _b, ...oldRest } = old;
    const { reversedBy: _c, updatedAt: _d, ...newRest } = now;
    if (now.reversedBy !== old.reversedBy && !linked) return old.id;
    if (JSON.stringify(oldRest) !== JSON.stringify(newRest)) return old.id;
  }
  return null;
}
