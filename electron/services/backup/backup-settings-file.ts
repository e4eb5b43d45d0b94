import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  backupFailureSchema,
  backupOutcomeSchema,
  backupPreferencesSchema,
  defaultBackupPreferences,
  passphraseSchema,
} from '../../../shared/backup/settings';
import { writeFileAtomic } from '../atomic-file';

/**
 * backup.json in the app's data folder, owned by main alone. It is kept apart from
 * settings.json, which the window rewrites whole through 'settings:write': the backup
 * folder and the list of folders the user chose are what main trusts for writing, so
 * the window must never be able to set them. The passphrase is kept here too, so
 * scheduled backups can be encrypted: it protects the copies that leave this computer
 * (stick, network share); whoever can read this folder can read the database anyway.
 */

export const backupSettingsFileName = 'backup.json';

/**
 * Older files kept a failure's English message, which could name folders and quote the
 * OS: such a file still loads, and the message is dropped on reading, never sent on.
 */
const storedFailureSchema = backupFailureSchema
  .extend({ message: z.string().max(2000).optional() })
  .strict()
  .transform(({ message: _dropped, ...failure }) => failure);

const storedSchema = z
  .object({
    /** null: the default folder, `<data folder>/backups`. */
    folder: z.string().nullable(),
    /** Folders the user picked in the folder dialog; main writes backups only there or in the data folder. */
    chosenFolders: z.array(z.string()).max(20),
    preferences: backupPreferencesSchema,
    passphrase: passphraseSchema.nullable(),
    lastSuccess: backupOutcomeSchema.nullable(),
    lastFailure: storedFailureSchema.nullable(),
  })
  .strict();
export type StoredBackupSettings = z.infer<typeof storedSchema>;

export const defaultStoredBackupSettings: StoredBackupSettings = {
  folder: null,
  chosenFolders: [],
  preferences: defaultBackupPreferences,
  passphrase: null,
  lastSuccess: null,
  lastFailure: null,
};

/** The stored settings, or the defaults when the file is missing or unreadable (start-up never fails on it). */
export async function readBackupSettings(dataFolder: string, onProblem?: (reason: string) => void): Promise<StoredBackupSettings> {
  let text: string;
  try {
    text = await readFile(join(dataFolder, backupSettingsFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onProblem?.(`Cannot read ${backupSettingsFileName}: ${String(error)}`);
    return structuredClone(defaultStoredBackupSettings);
  }
  try {
    return storedSchema.parse(JSON.parse(text));
  } catch {
    onProblem?.(`${backupSettingsFileName} is not valid; using the defaults.`);
    return structuredClone(defaultStoredBackupSettings);
  }
}

export async function writeBackupSettings(dataFolder: string, settings: StoredBackupSettings): Promise<void> {
  const valid = storedSchema.parse(settings);
  await mkdir(dataFolder, { recursive: true });
  await writeFileAtomic(join(dataFolder, backupSettingsFileName), `${JSON.stringify(valid, null, 2)}\n`);
}
