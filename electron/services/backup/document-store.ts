import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sha256Pattern } from '../../../shared/backup/format';
import { syncFolder } from '../atomic-file';
import { openNewFile } from './temp-file';

/**
 * The document store as backups see it: `<data folder>/documents/<sha256>`, one file per
 * content. (The document-intake module owns the store; this is the part backup needs.)
 */

export function documentStoreFolder(dataFolder: string): string {
  return join(dataFolder, 'documents');
}

/** Every stored document, by content hash; an empty list when the store does not exist yet. */
export async function listStoredDocuments(dataFolder: string): Promise<{ sha256: string; path: string }[]> {
  const folder = documentStoreFolder(dataFolder);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => sha256Pattern.test(name))
    .sort()
    .map((sha256) => ({ sha256, path: join(folder, sha256) }));
}

export async function hasStoredDocument(dataFolder: string, sha256: string): Promise<boolean> {
  try {
    return (await stat(join(documentStoreFolder(dataFolder), sha256))).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes one document into the store from chunks (temp file, fsync, rename, fsync of the
 * folder), so a crash never leaves a half document under a valid name, and a power cut
 * after the restore does not lose the rename.
 */
export async function storeDocument(
  dataFolder: string,
  sha256: string,
  fill: (write: (chunk: Uint8Array) => Promise<void>) => Promise<void>,
  /** Tests only: sees the folder sync. */
  seams: { syncFolder?: (folder: string) => Promise<void> } = {},
): Promise<void> {
  const folder = documentStoreFolder(dataFolder);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await openNewFile(temp);
  try {
    try {
      await fill((chunk) => file.write(chunk));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, join(folder, sha256));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await (seams.syncFolder ?? syncFolder)(folder);
}
