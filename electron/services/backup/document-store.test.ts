import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentStoreFolder, storeDocument } from './document-store';

let dataFolder: string;
beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'backoffice-store-'));
});
afterEach(async () => {
  await rm(dataFolder, { recursive: true, force: true });
});

describe('a document restored into the store', () => {
  it('is renamed into place and then the folder is synced, so the rename survives a power cut', async () => {
    const content = Buffer.from('invoice 2026-0042');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const synced: { folder: string; names: string[] }[] = [];
    await storeDocument(dataFolder, sha256, (write) => write(content), {
      syncFolder: async (folder) => {
        synced.push({ folder, names: await readdir(folder) });
      },
    });
    // Synced once, after the rename: the document already had its name.
    expect(synced).toEqual([{ folder: documentStoreFolder(dataFolder), names: [sha256] }]);
    expect(await readFile(join(documentStoreFolder(dataFolder), sha256))).toEqual(content);
  });

  it('a failed fill leaves no file and syncs nothing', async () => {
    const synced: string[] = [];
    await expect(
      storeDocument(dataFolder, 'a'.repeat(64), async () => { throw new Error('read failed'); }, { syncFolder: async (folder) => { synced.push(folder); } }),
    ).rejects.toThrow('read failed');
    expect(await readdir(documentStoreFolder(dataFolder))).toEqual([]);
    expect(synced).toEqual([]);
  });
});
