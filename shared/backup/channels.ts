import { z } from 'zod';
import { bookIdPattern, partRecordLimit, sha256Pattern, tableNamePattern } from './format';
import { backupManifestSchema, backupPurposes } from './manifest';
import { backupProblems } from './problems';
import { backupPreferencesSchema, backupStatusSchema, encryptionChangeSchema } from './settings';

/**
 * The backup channels of the IPC contract (spread into shared/ipc/contract.ts).
 * A backup streams: begin → add-part × n → finish (or abort). A restore: list/open
 * (main verifies the whole file first) → read-part × n → restore-documents → close.
 */

const empty = z.object({}).strict();
/** An opaque id main hands out; the window never names a path. */
const token = z.string().regex(/^[0-9a-f]{32}$/);
const schemaVersion = z.number().int().min(0).max(1_000_000);
/** Binary data crosses IPC as Uint8Array (see FACTS: other binary types do not survive the harness). */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected a Uint8Array.');

export const backupLocations = ['backupFolder', 'appData'] as const;
export type BackupLocation = (typeof backupLocations)[number];

export const backupSummarySchema = z
  .object({
    company: z.string(),
    createdAt: z.string(),
    schemaVersion,
    appVersion: z.string(),
    purpose: z.enum(backupPurposes),
    records: z.number().int().min(0),
    tables: z.array(z.object({ name: z.string(), records: z.number().int().min(0) }).strict()),
    documents: z.number().int().min(0),
    documentBytes: z.number().int().min(0),
  })
  .strict();

export const listedBackupSchema = z
  .object({
    location: z.enum(backupLocations),
    fileName: z.string(),
    bytes: z.number().int().min(0),
    /** From the file name, as an ISO instant. */
    takenAt: z.string(),
    encrypted: z.boolean(),
    /** The manifest's totals when they could be read without the passphrase; not yet verified. */
    summary: backupSummarySchema.nullable(),
    problem: z.enum(backupProblems).optional(),
  })
  .strict();
export type ListedBackup = z.infer<typeof listedBackupSchema>;

export const finishedBackupSchema = z
  .object({
    fileName: z.string(),
    folder: z.string(),
    bytes: z.number().int().min(0),
    createdAt: z.string(),
    records: z.number().int().min(0),
    documents: z.number().int().min(0),
    /** Older backups rotation removed after this one was verified. */
    removed: z.array(z.string()),
  })
  .strict();
export type FinishedBackup = z.infer<typeof finishedBackupSchema>;

export const backupChannels = {
  /** Folder, schedule, rotation, encryption on/off, last outcome, whether the folder is reachable now. */
  'backup:status': { request: empty, response: backupStatusSchema },
  'backup:update-settings': {
    request: z.object({ preferences: backupPreferencesSchema, encryption: encryptionChangeSchema }).strict(),
    response: backupStatusSchema,
  },
  /** Folder dialog; the chosen folder becomes the backup folder and is remembered as trusted. */
  'backup:choose-folder': {
    request: z.object({ title: z.string().max(200) }).strict(),
    response: z.object({ chosen: z.boolean(), status: backupStatusSchema }).strict(),
  },
  'backup:use-default-folder': { request: empty, response: backupStatusSchema },
  /**
   * Starts writing a backup (temp file in the target folder); 'safety' and 'upgrade' go to
   * the app's folder. `bookId` (the company record's id; none before setup) names the book,
   * so rotation and clean-up touch only its backups.
   */
  'backup:begin': {
    request: z
      .object({
        purpose: z.enum(['regular', 'safety', 'upgrade']),
        schemaVersion,
        companyName: z.string().max(200),
        bookId: z.string().regex(bookIdPattern).optional(),
      })
      .strict(),
    response: z.object({ sessionId: token, fileName: z.string() }).strict(),
  },
  /**
   * One part of a table: a JSON array of at most partRecordLimit records, compressed by the
   * window (raw deflate) with its size, CRC-32 and SHA-256 — the zip entry as it is stored,
   * so the least crosses IPC and main's thread only writes. Main verifies it all at the end.
   */
  'backup:add-part': {
    request: z
      .object({
        sessionId: token,
        table: z.string().regex(tableNamePattern),
        records: z.number().int().min(1).max(partRecordLimit),
        deflated: bytesSchema.refine((bytes) => bytes.length > 0 && bytes.length <= 256 * 1024 * 1024),
        bytes: z.number().int().min(2).max(0xffff_ffff),
        crc32: z.number().int().min(0).max(0xffff_ffff),
        sha256: z.string().regex(sha256Pattern),
      })
      .strict(),
    response: z.object({ bytes: z.number().int().min(0) }).strict(),
  },
  /** Adds the stored documents and the manifest, verifies the whole file, renames it, then rotates. */
  'backup:finish': {
    request: z
      .object({
        sessionId: token,
        tables: z
          .array(
            z
              .object({ name: z.string().regex(tableNamePattern), schema: z.string().max(2000), records: z.number().int().min(0) })
              .strict(),
          )
          .max(1000),
      })
      .strict(),
    response: finishedBackupSchema,
  },
  /** Drops the temp file; with a reason, main records the failure for the status. */
  'backup:abort': {
    request: z.object({ sessionId: token, reason: z.enum(backupProblems).optional() }).strict(),
    response: empty,
  },
  /** Backups in the backup folder and the app's folder (safety copies), newest first. */
  'backup:list': {
    request: empty,
    response: z.object({ folderReachable: z.boolean(), backups: z.array(listedBackupSchema) }).strict(),
  },
  /** Opens and verifies a listed backup or one the user picks in a dialog; nothing is changed yet. */
  'backup:open': {
    request: z
      .object({
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('listed'), location: z.enum(backupLocations), fileName: z.string().max(300) }).strict(),
          z.object({ kind: z.literal('pick'), title: z.string().max(200) }).strict(),
          /** A file picked earlier in this session (asked again with a passphrase): `details.picked` of the refusal. */
          z.object({ kind: z.literal('picked'), token }).strict(),
        ]),
        passphrase: z.string().min(1).max(1024).optional(),
        /** The window's database version: newer backups are refused. */
        schemaVersion,
      })
      .strict(),
    response: z.discriminatedUnion('opened', [
      z.object({ opened: z.literal(false) }).strict(),
      z
        .object({
          opened: z.literal(true),
          handle: token,
          fileName: z.string(),
          encrypted: z.boolean(),
          bytes: z.number().int().min(0),
          manifest: backupManifestSchema,
        })
        .strict(),
    ]),
  },
  /** One part of an open (verified) backup as stored: raw deflate; the window checks it against the manifest's SHA-256. */
  'backup:read-part': {
    request: z.object({ handle: token, path: z.string().max(300) }).strict(),
    response: z.object({ deflated: bytesSchema }).strict(),
  },
  /** Copies the backup's documents into the document store (content-addressed: existing ones stay). */
  'backup:restore-documents': {
    request: z.object({ handle: token }).strict(),
    response: z.object({ added: z.number().int().min(0), present: z.number().int().min(0) }).strict(),
  },
  'backup:close': { request: z.object({ handle: token }).strict(), response: empty },
  /** The window finished (or skipped) its backup on quit: main may close now. */
  'backup:quit-ready': { request: z.object({ backedUp: z.boolean() }).strict(), response: empty },
} as const;

export const backupEvents = {
  'backup:quit-requested': empty,
} as const;
