import { z } from 'zod';
import { bareFileNameSchema, osErrorKinds } from '../ipc/errors';
import { backupProblems } from './problems';
import { backupScheduleSchema, defaultBackupSchedule } from './schedule';
import { defaultRotationRule, rotationRuleSchema } from './rotation';

/** The outcome of the last backup attempt that main saw, kept in backup.json. */
export const backupOutcomeSchema = z
  .object({
    at: z.iso.datetime(),
    fileName: z.string().max(300),
    bytes: z.number().int().min(0),
  })
  .strict();
export type BackupOutcome = z.infer<typeof backupOutcomeSchema>;

/**
 * The last failed backup as the window sees it: codes it translates, and at most a file's
 * name. The path and the OS's own words are in main's local log. No reason: a failure
 * recorded before reasons were kept; the window says so in general words.
 */
export const backupFailureSchema = z
  .object({
    at: z.iso.datetime(),
    reason: z.enum(backupProblems).optional(),
    fileName: bareFileNameSchema.optional(),
    osError: z.enum(osErrorKinds).optional(),
  })
  .strict();
export type BackupFailure = z.infer<typeof backupFailureSchema>;

/** A passphrase long enough to resist guessing at scrypt's cost. */
export const passphraseSchema = z.string().min(8).max(1024);

/** What the window may change; the folder only through the folder dialog. */
export const backupPreferencesSchema = z
  .object({
    schedule: backupScheduleSchema,
    rotation: rotationRuleSchema,
  })
  .strict();
export type BackupPreferences = z.infer<typeof backupPreferencesSchema>;

export const defaultBackupPreferences: BackupPreferences = {
  schedule: defaultBackupSchedule,
  rotation: defaultRotationRule,
};

export const encryptionChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('keep') }).strict(),
  z.object({ kind: z.literal('off') }).strict(),
  z.object({ kind: z.literal('on'), passphrase: passphraseSchema }).strict(),
]);
export type EncryptionChange = z.infer<typeof encryptionChangeSchema>;

/** Everything the window shows about backups; never the passphrase itself. */
export const backupStatusSchema = z
  .object({
    folder: z.string(),
    defaultFolder: z.string(),
    usesDefaultFolder: z.boolean(),
    folderReachable: z.boolean(),
    schedule: backupScheduleSchema,
    rotation: rotationRuleSchema,
    encrypted: z.boolean(),
    lastSuccess: backupOutcomeSchema.nullable(),
    lastFailure: backupFailureSchema.nullable(),
  })
  .strict();
export type BackupStatus = z.infer<typeof backupStatusSchema>;
