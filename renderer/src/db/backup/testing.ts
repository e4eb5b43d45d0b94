import type { FinishedBackup } from '../../../../shared/backup/channels';
import { backupFormat, tablePartPath } from '../../../../shared/backup/format';
import type { BackupManifest } from '../../../../shared/backup/manifest';
import type { BackupProblem } from '../../../../shared/backup/problems';
import { balancesFromEntries, registerChunksFromEntries } from '../../../../shared/ledger/aggregates';
import { entryBlocksOf } from '../../../../shared/ledger/entryBlocks';
import { generateBook } from '../../../../shared/ledger/testing';
import type { Account, JournalEntry, PeriodBalance, RegisterChunk } from '../../../../shared/ledger/types';
import type { BackofficeDb } from '../database';
import { unguardedConnection } from '../testing';
import type { EncodedPart } from './partCodec';
import type { BackupSink, BackupSource } from './types';

/**
 * Main's half of a backup (the file) for tests of the window's half: a sink that keeps the
 * parts in memory, as main would put them in the zip, and a source that reads them back.
 * Not used by the app.
 */
export type MemoryBackup = { sink: BackupSink; aborted: (BackupProblem | undefined)[]; source(): BackupSource; partSizes: number[] };

export function memoryBackup(schemaVersion: number): MemoryBackup {
  const parts = new Map<string, { path: string; part: EncodedPart; records: number }[]>();
  const aborted: (BackupProblem | undefined)[] = [];
  let manifest: BackupManifest | undefined;
  const partSizes: number[] = [];
  const sink: BackupSink = {
    async addPart(table, part, records) {
      const list = parts.get(table) ?? [];
      list.push({ path: tablePartPath(table, list.length + 1), part, records });
      parts.set(table, list);
      partSizes.push(records);
    },
    async finish(tables) {
      manifest = {
        format: backupFormat,
        formatVersion: 1,
        schemaVersion,
        appVersion: 'test',
        company: 'Acme',
        createdAt: new Date().toISOString(),
        purpose: 'regular',
        tables: tables.map((table) => ({
          ...table,
          parts: (parts.get(table.name) ?? []).map(({ path, records, part }) => ({ path, records, sha256: part.sha256, bytes: part.bytes })),
        })),
        documents: { count: 0, bytes: 0, files: [] },
      };
      const finished: FinishedBackup = { fileName: 'memory', folder: '', bytes: 0, createdAt: manifest.createdAt, records: 0, documents: 0, removed: [] };
      return finished;
    },
    async abort(reason) {
      aborted.push(reason);
    },
  };
  const byPath = () => new Map([...parts.values()].flat().map(({ path, part }) => [path, part.deflated]));
  return {
    sink,
    aborted,
    partSizes,
    source: () => ({ manifest: manifest!, readPart: async (path) => byPath().get(path)! }),
  };
}

/** The ledger's records of a book: chart, posted entries and the aggregates the ledger keeps beside them. */
export type BookRecords = { accounts: Account[]; entries: JournalEntry[]; balances: PeriodBalance[]; registers: RegisterChunk[] };

/** A consistent book of `count` posted entries over one year on the default chart, aggregates included. */
export function bookRecords(count: number): BookRecords {
  const { accounts, entries } = generateBook(count, { firstYear: 2026, years: 1 });
  return bookOf(accounts, entries);
}

/** The chart and entries with the balances and register chunks they give. */
export function bookOf(accounts: Account[], entries: JournalEntry[]): BookRecords {
  return { accounts, entries, balances: balancesFromEntries(entries), registers: registerChunksFromEntries(entries) };
}

/** Stores the records as they are, in one transaction, past the ledger's rules: tests tamper with them first. */
export async function storeBook(books: BackofficeDb, book: BookRecords): Promise<void> {
  const db = unguardedConnection(books);
  try {
    await db.transaction('rw', [db.accounts, db.entryBlocks, db.balances, db.registers], async () => {
      await db.accounts.bulkAdd(book.accounts);
      await db.entryBlocks.bulkAdd(entryBlocksOf(book.entries));
      await db.balances.bulkAdd(book.balances);
      await db.registers.bulkAdd(book.registers);
    });
  } finally {
    db.close();
  }
}
