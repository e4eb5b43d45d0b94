import { z } from 'zod';
import { backupFormat, backupFormatVersion, bookIdPattern, oldestBackupFormatVersion, sha256Pattern, tableNamePattern } from './format';

/** Why a backup was taken; the restore list shows it. */
export const backupPurposes = ['regular', 'safety', 'upgrade', 'import'] as const;
export type BackupPurpose = (typeof backupPurposes)[number];

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const sha256 = z.string().regex(sha256Pattern);

export const tablePartSchema = z
  .object({
    path: z.string().regex(/^tables\/[A-Za-z][A-Za-z0-9_]{0,63}\/[1-9][0-9]{0,5}\.json$/),
    records: count,
    sha256,
    bytes: count,
  })
  .strict();
export type TablePart = z.infer<typeof tablePartSchema>;

export const backupTableSchema = z
  .object({
    name: z.string().regex(tableNamePattern),
    /** The table's Dexie schema ("id, at" — primary key first, then indexes), so older versions can be reopened. */
    schema: z.string().max(2000),
    records: count,
    parts: z.array(tablePartSchema).max(100_000),
  })
  .strict();
export type BackupTable = z.infer<typeof backupTableSchema>;

export const backupDocumentSchema = z.object({ sha256, bytes: count }).strict();
export type BackupDocument = z.infer<typeof backupDocumentSchema>;

export const backupManifestSchema = z
  .object({
    format: z.literal(backupFormat),
    formatVersion: z.number().int().min(oldestBackupFormatVersion).max(backupFormatVersion),
    /** The database's schema version (Dexie `verno`) when the backup was taken. */
    schemaVersion: z.number().int().min(0).max(1_000_000),
    appVersion: z.string().max(100),
    company: z.string().max(200),
    /**
     * The book's id (format 2): its company record's id, which a restore keeps, so a book
     * rotates only its own backups in a shared folder. Absent in format 1 and before setup.
     */
    bookId: z.string().regex(bookIdPattern).optional(),
    createdAt: z.iso.datetime(),
    purpose: z.enum(backupPurposes),
    tables: z.array(backupTableSchema).max(1000),
    documents: z
      .object({
        count,
        bytes: count,
        files: z.array(backupDocumentSchema),
      })
      .strict(),
  })
  .strict()
  .superRefine((manifest, context) => {
    if (manifest.bookId !== undefined && manifest.formatVersion < 2) {
      context.addIssue({ code: 'custom', message: 'A format-1 manifest has no book id.' });
    }
    const names = new Set<string>();
    const paths = new Set<string>();
    for (const table of manifest.tables) {
      if (names.has(table.name)) context.addIssue({ code: 'custom', message: `Table ${table.name} appears twice.` });
      names.add(table.name);
      let records = 0;
      for (const part of table.parts) {
        if (!part.path.startsWith(`tables/${table.name}/`) || paths.has(part.path)) {
          context.addIssue({ code: 'custom', message: `Part ${part.path} does not belong to table ${table.name}.` });
        }
        paths.add(part.path);
        records += part.records;
      }
      if (records !== table.records) context.addIssue({ code: 'custom', message: `Table ${table.name}: the parts do not add up.` });
    }
    const { files } = manifest.documents;
    if (files.length !== manifest.documents.count || new Set(files.map((file) => file.sha256)).size !== files.length) {
      context.addIssue({ code: 'custom', message: 'The document list does not match its count.' });
    }
    if (files.reduce((sum, file) => sum + file.bytes, 0) !== manifest.documents.bytes) {
      context.addIssue({ code: 'custom', message: 'The document sizes do not add up.' });
    }
  });
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** Just enough to tell a newer format from a damaged one before the strict check. */
export const manifestHeadSchema = z.object({ format: z.string(), formatVersion: z.number() }).loose();

/** The totals a list or a confirmation shows. */
export type BackupSummary = {
  company: string;
  createdAt: string;
  schemaVersion: number;
  appVersion: string;
  purpose: BackupPurpose;
  records: number;
  tables: { name: string; records: number }[];
  documents: number;
  documentBytes: number;
};

export function summarizeManifest(manifest: BackupManifest): BackupSummary {
  return {
    company: manifest.company,
    createdAt: manifest.createdAt,
    schemaVersion: manifest.schemaVersion,
    appVersion: manifest.appVersion,
    purpose: manifest.purpose,
    records: manifest.tables.reduce((sum, table) => sum + table.records, 0),
    tables: manifest.tables.map((table) => ({ name: table.name, records: table.records })),
    documents: manifest.documents.count,
    documentBytes: manifest.documents.bytes,
  };
}
