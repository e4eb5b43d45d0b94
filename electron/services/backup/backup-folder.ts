import { access, constants, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isBackupTempFileName, parseBackupFileName } from '../../../shared/backup/format';
import { planRotation, type RotationRule } from '../../../shared/backup/rotation';
import { activeTempFiles } from './backup-writer';

/** The backups of one folder, by their names; temp files and anything else are not backups. */
export type FolderBackup = { fileName: string; path: string; takenAt: Date; bytes: number };

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
      backups.push({ fileName: entry.name, path, takenAt: parsed.takenAt, bytes: (await stat(path)).size });
    } catch {
      // Removed while we looked: not a backup any more.
    }
  }
  return backups.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.fileName.localeCompare(a.fileName));
}

/** Removes temp files a killed or failed writer left behind (never one this process is still writing). */
export async function removeStaleTempFiles(folder: string): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const path = join(folder, name);
    if (!isBackupTempFileName(name) || activeTempFiles.has(path)) continue;
    await rm(path, { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

/**
 * Applies the rotation rule after `newest` was written and verified: only backups older
 * than it are candidates, so a failed backup never costs an old one.
 */
export async function rotateFolder(folder: string, rule: RotationRule, newest: string, now: Date): Promise<string[]> {
  const backups = await listFolderBackups(folder);
  const verified = backups.find((backup) => backup.fileName === newest);
  if (!verified) return [];
  const older = backups.filter((backup) => backup.takenAt <= verified.takenAt);
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
