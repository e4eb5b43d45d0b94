import type { FiscalYearStart } from '../../shared/dates';
import { entriesOfBlocks } from '../../shared/ledger/entryBlocks';
import type { Account, EntryBlock, JournalEntry } from '../../shared/ledger/types';
import type { OpenedBackup } from '../services/backup/backup-reader';

/** What the reports need from a backup: the chart, the posted entries and the company's facts. */
export type BackupBook = {
  company: { name: string; baseCurrency: string | undefined; fiscalYearStart: FiscalYearStart };
  accounts: Account[];
  entries: JournalEntry[];
};

async function readTable<T>(backup: OpenedBackup, name: string): Promise<T[]> {
  const table = backup.manifest.tables.find((candidate) => candidate.name === name);
  if (!table) return [];
  const records: T[] = [];
  for (const part of table.parts) records.push(...(JSON.parse(await backup.readPart(part.path)) as T[]));
  return records;
}

/** Posted entries are in blocks from database version 4 on, one record per entry before. */
async function readEntries(backup: OpenedBackup): Promise<JournalEntry[]> {
  if (backup.manifest.tables.some((table) => table.name === 'entryBlocks')) {
    return entriesOfBlocks(await readTable<EntryBlock>(backup, 'entryBlocks'));
  }
  return readTable<JournalEntry>(backup, 'entries');
}

export async function readBook(backup: OpenedBackup): Promise<BackupBook> {
  if (!backup.manifest.tables.some((table) => table.name === 'accounts')) {
    throw new Error(`This backup has no ledger (database version ${backup.manifest.schemaVersion}): there is nothing to report.`);
  }
  const settings = await readTable<{ key: string; name?: string; baseCurrency?: string; fiscalYearStart?: FiscalYearStart }>(backup, 'settings');
  const company = settings.find((record) => record.key === 'company');
  return {
    company: {
      name: company?.name ?? backup.manifest.company,
      baseCurrency: company?.baseCurrency,
      fiscalYearStart: company?.fiscalYearStart ?? { month: 1, day: 1 },
    },
    accounts: await readTable<Account>(backup, 'accounts'),
    // Only the posted ledger: drafts live in their own table and are not part of it.
    entries: (await readEntries(backup)).filter((entry) => entry.status === 'posted'),
  };
}
