import type { BackupPurpose } from './manifest';

/**
 * The backup file format, version 2: the names and limits both the writer (main process,
 * command-line tool) and the readers agree on. README.md beside this file documents it.
 */

export const backupFormat = 'backoffice-backup';
/** Version 2 adds the book's id (manifest `bookId`); version-1 files read as they are. */
export const backupFormatVersion = 2;
export const oldestBackupFormatVersion = 1;
export const backupExtension = '.backup';
export const manifestPath = 'manifest.json';

/** Records per table part: small enough to move over IPC and to hold in memory. */
export const partRecordLimit = 5000;

/**
 * A table whose records are blocks gets fewer to a part, so a part holds about 5,000 rows:
 * entry blocks (up to 250 entries) 20, stock blocks (up to 1,000 movements) 5.
 */
export function partRecordLimitOf(table: string): number {
  if (table === 'entryBlocks') return 20;
  if (table === 'stockBlocks') return 5;
  return partRecordLimit;
}

/**
 * Zip without ZIP64 (fflate does not write it): offsets and sizes are 32-bit, and the
 * entry count 16-bit. The writer stops with a clear error before either is reached.
 */
export const zipByteLimit = 0xffff_ffff - 64 * 1024 * 1024;
export const zipEntryLimit = 0xffff;

/** Encrypted files start with this header (see README.md, "Encrypted files"). */
export const encryptionMagic = 'BKOFFENC';
export const encryptionVersion = 1;
export const encryptionHeaderBytes = 52;
export const encryptionSegmentBytes = 1024 * 1024;
export const encryptionNonceBytes = 12;
export const encryptionTagBytes = 16;
/** scrypt cost for new files: N = 2^16, r = 8, p = 1 (64 MiB, about 0.2 s here). */
export const defaultScrypt = { log2N: 16, r: 8, p: 1 } as const;
/**
 * Readers refuse costs above these, so that a crafted header cannot make the app spend
 * more than on its own files: the app's cost with one doubling of N as margin (128 MiB,
 * about 0.4 s here). Lower costs are accepted (down to N = 2^10, which tests write).
 */
export const maxScrypt = { log2N: defaultScrypt.log2N + 1, r: defaultScrypt.r, p: defaultScrypt.p } as const;

/**
 * The most a reader inflates for one zip entry: an entry may declare up to 4 GiB, and a
 * few hundred kB of deflate can expand to that. An entry declaring more than its limit is
 * refused before anything is inflated, and inflating stops as soon as the output passes
 * what the entry declares.
 *
 * The manifest: the largest one a version-1 file can hold (65,535 entries, all of them
 * parts of 1,000 tables with 64-character names and 2,000-character schemas) is 17.7 MB
 * as the writer lays it out; a book of 200,000 entries with 1,000 documents has about
 * 125 kB. 32 MiB is above anything a writer can produce.
 */
export const manifestByteLimit = 32 * 1024 * 1024;

/**
 * A part's JSON. A part holds at most 5,000 records (20 entry blocks of 250 entries), but
 * a record can be large: a register record holds all postings of an account in a month,
 * so 5,000 of them can be the whole book. Measured on a generated 200,000-transaction
 * journal written as `backoffice import-journal` writes it: the registers part 105.7 MB
 * (8.9 MB deflated), the largest entry-block part 2.8 MB, the largest balances part
 * 0.5 MB. The registers part grows with the book, so the limit is where no reader could
 * use a part anyway: main and the window read a part as one string, and a JavaScript
 * string holds at most 2^29 − 24 characters (V8). That is five times the 200,000-entry book.
 */
export const partByteLimit = 512 * 1024 * 1024;

export const tableNamePattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
export const sha256Pattern = /^[0-9a-f]{64}$/;
/** A book's id (its company record's id: a ULID in the app, hex from the command-line tool). */
export const bookIdPattern = /^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$/;
/** A book's tag in file names: the first 10 hex digits of the SHA-256 of its id. */
export const bookTagPattern = /^[0-9a-f]{10}$/;

export function tablePartPath(table: string, index: number): string {
  return `tables/${table}/${index}.json`;
}

export function documentPath(sha256: string): string {
  return `documents/${sha256}`;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** Whose backup a file is and why it was taken, as far as its name says. */
export type BackupNameParts = {
  /** null: no provable book (written before backups named their book, or by a book without an id). */
  bookTag: string | null;
  purpose: BackupPurpose;
};

/**
 * "Backoffice 2026-11-25 093015 3f9a0c12e4.backup", in local time (what the office sees),
 * with the purpose when it is not a regular backup ("… safety 3f9a0c12e4.backup") and a
 * number when the second is taken ("… (2).backup").
 */
export function backupFileName(at: Date, name: BackupNameParts = { bookTag: null, purpose: 'regular' }, copy = 1): string {
  const date = `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`;
  const time = `${twoDigits(at.getHours())}${twoDigits(at.getMinutes())}${twoDigits(at.getSeconds())}`;
  const purpose = name.purpose === 'regular' ? '' : ` ${name.purpose}`;
  const tag = name.bookTag === null ? '' : ` ${name.bookTag}`;
  return `Backoffice ${date} ${time}${purpose}${tag}${copy > 1 ? ` (${copy})` : ''}${backupExtension}`;
}

const fileNamePattern = /^Backoffice (\d{4})-(\d{2})-(\d{2}) (\d{2})(\d{2})(\d{2})(?: (safety|upgrade|import))?(?: ([0-9a-f]{10}))?(?: \((\d{1,4})\))?\.backup$/;

export type ParsedBackupFileName = {
  takenAt: Date;
  copy: number;
  bookTag: string | null;
  /** null when the name cannot tell: a name without tag nor purpose may be any kind of backup of an older version. */
  purpose: BackupPurpose | null;
};

/** When a backup was taken, of which book and why, from its file name (local time); null for any other file. */
export function parseBackupFileName(name: string): ParsedBackupFileName | null {
  const match = fileNamePattern.exec(name);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const takenAt = new Date(year, month - 1, day, hour, minute, second);
  // Refuse dates that do not exist (2026-02-30 would roll over silently).
  if (takenAt.getMonth() !== month - 1 || takenAt.getDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const bookTag = match[8] ?? null;
  const purpose = (match[7] as BackupPurpose | undefined) ?? (bookTag === null ? null : 'regular');
  return { takenAt, copy: match[9] ? Number(match[9]) : 1, bookTag, purpose };
}

/** A backup being written: hidden, with another extension, so it is never listed as a backup. */
export function isBackupTempFileName(name: string): boolean {
  return name.startsWith('.Backoffice ') && name.endsWith('.partial');
}

/** The temp file of a backup being written: "." + its backup name + "." + random hex + ".partial". */
export function backupTempFileName(backupName: string, random: string): string {
  return `.${backupName}.${random}.partial`;
}

/** The backup name a temp file was written for (its book and purpose); null for any other file. */
export function parseBackupTempFileName(name: string): ParsedBackupFileName | null {
  const match = /^\.(.+)\.[0-9a-f]{1,64}\.partial$/.exec(name);
  return match ? parseBackupFileName(match[1]!) : null;
}

/**
 * Newest first: by the time in the name, then by copy number, as a backup taken in the same
 * second as another gets "(2)"; then by name, so the order is always the same.
 */
export function newestBackupFirst(a: { fileName: string; takenAt: Date }, b: { fileName: string; takenAt: Date }): number {
  const copyOf = (name: string) => parseBackupFileName(name)?.copy ?? 1;
  return b.takenAt.getTime() - a.takenAt.getTime() || copyOf(b.fileName) - copyOf(a.fileName) || (a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0);
}
