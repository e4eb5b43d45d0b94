import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file so that a reader (or a crash) sees either the old content or the
 * new, never half of it: write a temp file in the same folder (rename is only atomic
 * within one file system), fsync it, rename it over the target, fsync the folder so
 * the rename itself survives a power cut. On failure the temp file is removed and the
 * original error (with its Node `code`) is rethrown; the old file is untouched.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let tempExists = false;
  try {
    // 'wx': never follow or reuse an existing file at the temp name.
    const handle = await open(temp, 'wx');
    tempExists = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    tempExists = false;
  } catch (error) {
    if (tempExists) await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/**
 * Makes a rename into `folder` survive a power cut. Best effort: Windows cannot open a
 * folder for fsync, and the rename already happened.
 */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data is in place; only its durability across a power cut is less certain.
  }
}
