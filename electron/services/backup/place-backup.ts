import { link, open, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupFault } from './faults';

/** Makes a second name for a file; fails with EEXIST when the name is taken. A seam for tests. */
export type LinkFile = (existing: string, newName: string) => Promise<void>;

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Gives a verified temp file the first free name `nameFor(1)`, `nameFor(2)`, … and never
 * replaces a file: a folder shared with other computers may get a file of the same name
 * at any moment, so "is it free?" and "take it" must be one step. A hard link is that
 * step; where the file system has none (FAT sticks, some network shares) an exclusive
 * create reserves the name and the rename replaces only that reservation.
 */
export async function placeBackup(
  tempPath: string,
  folder: string,
  nameFor: (copy: number) => string,
  linkFile: LinkFile = link,
): Promise<{ fileName: string; path: string }> {
  let hardLinks = true;
  for (let copy = 1; copy < 100; copy += 1) {
    const fileName = nameFor(copy);
    const path = join(folder, fileName);
    if (hardLinks) {
      try {
        await linkFile(tempPath, path);
        // The backup has its name; a temp name that stays is swept with the next backup.
        await unlink(tempPath).catch(() => undefined);
        return { fileName, path };
      } catch (error) {
        if (codeOf(error) === 'EEXIST') continue;
        hardLinks = false;
      }
    }
    try {
      await (await open(path, 'wx')).close();
    } catch (error) {
      if (codeOf(error) === 'EEXIST') continue;
      throw error;
    }
    try {
      await rename(tempPath, path);
    } catch (error) {
      await rm(path, { force: true }).catch(() => undefined);
      throw error;
    }
    return { fileName, path };
  }
  throw new BackupFault('folderUnreachable', 'Too many backups with the same time in the folder.');
}
