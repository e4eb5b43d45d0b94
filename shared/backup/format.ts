/**
 * The backup file format, version 1: the names and limits both the writer (main process,
 * command-line tool) and the readers agree on. README.md beside this file documents it.
 */

export const backupFormat = 'backoffice-backup';
export const backupFormatVersion = 1;
export const backupExtension = '.backup';
export const manifestPath = 'manifest.json';

/** Records per table part: small enough to move over IPC and to hold in memory. */
export const partRecordLimit = 5000;

/** A table whose records are blocks of up to 250 entries gets 20 to a part, about 5,000 entries. */
export function partRecordLimitOf(table: string): number {
  return table === 'entryBlocks' ? 20 : partRecordLimit;
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

export function tablePartPath(table: string, index: number): string {
  return `tables/${table}/${index}.json`;
}

export function documentPath(sha256: string): string {
  return `documents/${sha256}`;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** "Backoffice 2026-11-25 093015.backup", in local time (what the office sees); a number when the second is taken. */
export function backupFileName(at: Date, copy = 1): string {
  const date = `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`;
  const time = `${twoDigits(at.getHours())}${twoDigits(at.getMinutes())}${twoDigits(at.getSeconds())}`;
  return `Backoffice ${date} ${time}${copy > 1 ? ` (${copy})` : ''}${backupExtension}`;
}

const fileNamePattern = /^Backoffice (\d{4})-(\d{2})-(\d{2}) (\d{2})(\d{2})(\d{2})(?: \((\d{1,4})\))?\.backup$/;

/** When a backup was taken, from its file name (local time); null for any other file. */
export function parseBackupFileName(name: string): { takenAt: Date; copy: number } | null {
  const match = fileNamePattern.exec(name);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const takenAt = new Date(year, month - 1, day, hour, minute, second);
  // Refuse dates that do not exist (2026-02-30 would roll over silently).
  if (takenAt.getMonth() !== month - 1 || takenAt.getDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return { takenAt, copy: match[7] ? Number(match[7]) : 1 };
}

/** A backup being written: hidden, with another extension, so it is never listed as a backup. */
export function isBackupTempFileName(name: string): boolean {
  return name.startsWith('.Backoffice ') && name.endsWith('.partial');
}
