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
/** Readers refuse costs above these, so a crafted header cannot exhaust memory. */
export const maxScrypt = { log2N: 20, r: 16, p: 4 } as const;

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
