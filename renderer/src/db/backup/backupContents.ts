import type { BackupManifest } from '../../../../shared/backup/manifest';
import { decodePart } from './partCodec';
import type { BackupSource } from './types';

/** What a backup holds in the office's words: entries and their dates, drafts, accounts, documents. */
export type BackupContents = {
  entries: number;
  /** Dates of the earliest and latest posted entry; null when there are none. */
  firstEntryDate: string | null;
  lastEntryDate: string | null;
  drafts: number;
  accounts: number;
  documents: number;
};

const recordsOf = (manifest: BackupManifest, table: string) => manifest.tables.find((each) => each.name === table)?.records ?? 0;

type DatedEntry = { date?: unknown };

/**
 * Counts the posted entries of a verified backup and finds their first and last date. The
 * manifest counts records, and one record of `entryBlocks` holds up to 250 entries (older
 * backups keep one record per entry in `entries`), so this reads those parts themselves.
 */
export async function readBackupContents(source: BackupSource): Promise<BackupContents> {
  const { manifest } = source;
  let entries = 0;
  let first: string | null = null;
  let last: string | null = null;
  const count = (list: readonly DatedEntry[]) => {
    for (const entry of list) {
      entries += 1;
      if (typeof entry.date !== 'string') continue;
      if (first === null || entry.date < first) first = entry.date;
      if (last === null || entry.date > last) last = entry.date;
    }
  };
  for (const table of manifest.tables) {
    if (table.name !== 'entryBlocks' && table.name !== 'entries') continue;
    for (const part of table.parts) {
      const records = (await decodePart(await source.readPart(part.path), part)) as Array<{ entries?: DatedEntry[]; status?: unknown } & DatedEntry>;
      if (table.name === 'entryBlocks') for (const block of records) count(block.entries ?? []);
      else count(records.filter((entry) => entry.status !== 'draft'));
    }
  }
  return {
    entries,
    firstEntryDate: first,
    lastEntryDate: last,
    drafts: recordsOf(manifest, 'drafts'),
    accounts: recordsOf(manifest, 'accounts'),
    documents: manifest.documents.count,
  };
}
