import { access, constants, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { newestBackupFirst, parseBackupFileName, parseBackupTempFileName } from '../../../shared/backup/format';
import type { BackupPurpose } from '../../../shared/backup/manifest';
import { planRotation, type RotationRule } from '../../../shared/backup/rotation';
import { activeTempFiles } from './backup-writer';

/**
 * The backups of one folder, by their names; temp files and anything else are not backups.
 * `bookTag` and `purpose` are what the name says (null: it cannot tell, see parseBackupFileName).
 */
export type FolderBackup = { fileName: string; path: string; takenAt: Date; bytes: number; bookTag: string | null; purpose: BackupPurpose | null };

/** Whether the folder exists and can be written to now (a network share may be offline, a stick unplugged). */
export async function isFolderWritable(folder: string): Promise<boolean> {
  try {
    if (!(await stat(folder)).isDirectory()) return false;
    await access(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export async function listFolderBackups(folder: string): Promise<FolderBackup[]> {
  const backups: FolderBackup[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const parsed = entry.isFile() ? parseBackupFileName(entry.name) : null;
    if (!parsed) continue;
    const path = join(folder, entry.name);
    try {
      backups.push({ fileName: entry.name, path, takenAt: parsed.takenAt, bytes: (await stat(path)).size, bookTag: parsed.bookTag, purpose: parsed.purpose });
    } catch {
      // Removed while we looked: not a backup any more.
    }
  }
  return backups.sort(newestBackupFirst);
}

/**
 * Removes temp files a killed or failed writer of this book left behind (never one this
 * process is still writing). Another computer may be writing its own right now, and a
 * temp file without a tag may be an older version's at work: those are never touched.
 */
export async function removeStaleTempFiles(folder: string, bookTag: string | null): Promise<string[]> {
  const removed: string[] = [];
  if (bookTag === null) return removed;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const path = join(folder, name);
    if (parseBackupTempFileName(name)?.bookTag !== bookTag || activeTempFiles.has(path)) continue;
    await rm(path, { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

/**
 * Applies the rotation rule after `newest` was written and verified: only backups older
 * than it are candidates, so a failed backup never costs an old one; and only those of
 * its book and purpose, by their names, so another computer's or another company's
 * backups in a shared folder, and copies taken before a restore or an upgrade, are never
 * counted nor removed. A name without a book (older versions) is never removed: even its
 * manifest could not prove whose it is.
 */
export async function rotateFolder(folder: string, rule: RotationRule, newest: string, now: Date): Promise<string[]> {
  const backups = await listFolderBackups(folder);
  const verified = backups.find((backup) => backup.fileName === newest);
  if (!verified || verified.bookTag === null || verified.purpose === null) return [];
  const older = backups.filter(
    (backup) => backup.bookTag === verified.bookTag && backup.purpose === verified.purpose && backup.takenAt <= verified.takenAt,
  );
  const { remove } = planRotation(older, rule, now);
  const removed: string[] = [];
  for (const backup of remove) {
    if (backup.fileName === newest) continue;
    try {
      await rm(join(folder, backup.fileName));
      removed.push(backup.fileName);
    } catch {
      // Kept for the next round; a backup we cannot remove is no harm.
    }
  }
  return removed;
}
