import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { partRecordLimit } from '../../../shared/backup/format';
import type { BackupManifest, BackupPurpose } from '../../../shared/backup/manifest';
import { BackupWriter, type TableDescription, type WrittenBackup } from './backup-writer';
import type { ScryptParams } from './encryption';
import type { LinkFile } from './place-backup';
import type { OpenWritableFile } from './temp-file';

/** Cheap key derivation for tests (the format allows it; the app writes 2^16). */
export const testScrypt: ScryptParams = { log2N: 10, r: 8, p: 1 };

export type SampleTable = { name: string; schema: string; records: unknown[] };

/** A small book: settings, an activity log spanning several parts, and ledger entries with lines inside. */
export function sampleTables(auditEntries = 12_000): SampleTable[] {
  return [
    {
      name: 'settings',
      schema: 'key',
      records: [
        { key: 'company', id: '01COMPANY', name: 'Harbour Supplies Ltd', baseCurrency: 'EUR', createdAt: '2026-01-05T09:00:00.000Z' },
        { key: 'preferences', id: '01PREFS', language: 'hu' },
      ],
    },
    {
      name: 'auditLog',
      schema: 'id, at',
      records: Array.from({ length: auditEntries }, (_, i) => ({
        id: `01AUDIT${String(i).padStart(19, '0')}`,
        at: new Date(Date.UTC(2026, 0, 5) + i * 60_000).toISOString(),
        action: 'companyChanged',
        tables: ['settings'],
        recordIds: [`record-${i}`],
      })),
    },
    {
      name: 'entries',
      schema: 'id, date, [status+date]',
      records: Array.from({ length: 7 }, (_, i) => ({
        id: `01ENTRY${i}`,
        date: `2026-02-0${i + 1}`,
        payee: 'Ромашка Kft. — “quoted”',
        lines: [
          { accountId: 'bank', debit: 12_345 + i, credit: 0 },
          { accountId: 'sales', debit: 0, credit: 12_345 + i, memo: 'ünnep\nline' },
        ],
      })),
    },
    { name: 'vatCodes', schema: 'id', records: [] },
  ];
}

/** Puts documents into `<dataFolder>/documents/<sha256>` and returns their hashes. */
export async function storeSampleDocuments(dataFolder: string, contents: Uint8Array[]): Promise<string[]> {
  const folder = join(dataFolder, 'documents');
  await mkdir(folder, { recursive: true });
  const hashes: string[] = [];
  for (const content of contents) {
    const sha256 = createHash('sha256').update(content).digest('hex');
    await writeFile(join(folder, sha256), content);
    hashes.push(sha256);
  }
  return hashes;
}

export type SampleBackupOptions = {
  tables?: SampleTable[];
  documents?: { sha256: string; path: string }[];
  passphrase?: string;
  createdAt?: Date;
  schemaVersion?: number;
  purpose?: BackupPurpose;
  bookId?: string;
  link?: LinkFile;
  rewriteManifest?: (manifest: BackupManifest) => unknown;
  openTemp?: OpenWritableFile;
};

/** Writes a backup the way main does (parts of ≤ partRecordLimit records, documents, manifest, verify, rename). */
export async function writeSampleBackup(folder: string, options: SampleBackupOptions = {}): Promise<WrittenBackup> {
  const tables = options.tables ?? sampleTables();
  const writer = await BackupWriter.start({
    folder,
    purpose: options.purpose ?? 'regular',
    schemaVersion: options.schemaVersion ?? 1,
    appVersion: '0.1.0-test',
    companyName: 'Harbour Supplies Ltd',
    createdAt: options.createdAt ?? new Date(2026, 10, 25, 9, 30, 15),
    scrypt: testScrypt,
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
    ...(options.bookId ? { bookId: options.bookId } : {}),
    ...(options.link ? { link: options.link } : {}),
    ...(options.rewriteManifest ? { rewriteManifest: options.rewriteManifest } : {}),
    ...(options.openTemp ? { openTemp: options.openTemp } : {}),
  });
  try {
    for (const table of tables) {
      for (let start = 0; start < table.records.length; start += partRecordLimit) {
        const part = table.records.slice(start, start + partRecordLimit);
        await writer.addPart(table.name, JSON.stringify(part), part.length);
      }
    }
    for (const document of options.documents ?? []) await writer.addDocument(document.sha256, document.path);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const described: TableDescription[] = tables.map((table) => ({ name: table.name, schema: table.schema, records: table.records.length }));
  return writer.finish(described);
}
