/**
 * Why a backup or restore was refused or failed. Main sends one of these as
 * `details.reason`; the window shows `backup.problems.<reason>` in the user's language.
 */
export const backupProblems = [
  /** The file is not a Backoffice backup at all. */
  'notABackup',
  /** A hash, checksum or authentication tag does not match: some bytes changed. */
  'damaged',
  /** The file ends too early (an interrupted copy or download). */
  'truncated',
  /** Written by a newer Backoffice with a newer file format. */
  'newerFormat',
  /** Holds data of a newer database version than this app knows. */
  'newerSchema',
  /** The tables in the file do not match the database version it claims. */
  'schemaMismatch',
  /** Asks for far more memory or work than any file Backoffice writes (a decompression bomb, a costly key derivation). */
  'beyondLimits',
  'passphraseNeeded',
  'wrongPassphrase',
  /** Over the 4 GiB a version-1 file can hold. */
  'tooLarge',
  'folderUnreachable',
  'diskFull',
  'readOnly',
  'fileMissing',
  /** A path main was not allowed to touch (not chosen by the user). */
  'notAllowed',
  /** The backup session ended (window reloaded, or another backup started). */
  'sessionGone',
  /** A stored document's content no longer matches its name. */
  'documentDamaged',
  /** The new file did not read back as it was written (a failing disk or stick); it was not kept. */
  'notVerified',
  /** The office manager stopped it; nothing was kept. */
  'cancelled',
  /** Records kept changing while the backup was read; it was not kept. */
  'changedDuringBackup',
  /** The bytes are intact, but the records break the books' rules (an entry that does not balance, balances that disagree with the entries). */
  'contentInvalid',
] as const;
export type BackupProblem = (typeof backupProblems)[number];

export function isBackupProblem(value: unknown): value is BackupProblem {
  return typeof value === 'string' && (backupProblems as readonly string[]).includes(value);
}
