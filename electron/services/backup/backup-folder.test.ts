import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeTempFiles } from './backup-writer';
import { isFolderWritable, listFolderBackups, removeStaleTempFiles, rotateFolder } from './backup-folder';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-folder-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a backup folder', () => {
  it('lists backups by name, newest first, and nothing else', async () => {
    for (const name of [
      'Backoffice 2026-11-24 180000.backup',
      'Backoffice 2026-11-25 090000.backup',
      '.Backoffice 2026-11-25 100000.backup.abc123.partial',
      'notes.txt',
      'Backoffice 2026-13-01 000000.backup',
    ]) {
      await writeFile(join(folder, name), 'x');
    }
    expect((await listFolderBackups(folder)).map((backup) => backup.fileName)).toEqual([
      'Backoffice 2026-11-25 090000.backup',
      'Backoffice 2026-11-24 180000.backup',
    ]);
  });

  it('sweeps temp files left by a dead writer, but not one being written', async () => {
    const stale = join(folder, '.Backoffice 2026-11-25 100000.backup.abc123.partial');
    const live = join(folder, '.Backoffice 2026-11-25 110000.backup.def456.partial');
    await writeFile(stale, 'x');
    await writeFile(live, 'x');
    activeTempFiles.add(live);
    try {
      expect(await removeStaleTempFiles(folder)).toEqual(['.Backoffice 2026-11-25 100000.backup.abc123.partial']);
      expect(await readdir(folder)).toEqual(['.Backoffice 2026-11-25 110000.backup.def456.partial']);
    } finally {
      activeTempFiles.delete(live);
    }
  });

  it('rotation never removes a backup newer than the one just written, nor files that are not backups', async () => {
    const names = ['Backoffice 2026-11-20 090000.backup', 'Backoffice 2026-11-21 090000.backup', 'Backoffice 2026-11-22 090000.backup', 'Backoffice 2026-11-23 090000.backup', 'keep-me.txt'];
    for (const name of names) await writeFile(join(folder, name), 'x');
    const removed = await rotateFolder(folder, { keepLast: 1, daily: 0, monthly: 0 }, 'Backoffice 2026-11-22 090000.backup', new Date(2026, 10, 23));
    expect(removed.sort()).toEqual(['Backoffice 2026-11-20 090000.backup', 'Backoffice 2026-11-21 090000.backup']);
    expect((await readdir(folder)).sort()).toEqual(['Backoffice 2026-11-22 090000.backup', 'Backoffice 2026-11-23 090000.backup', 'keep-me.txt']);
    // A name that is not in the folder (the new backup failed): nothing is removed.
    expect(await rotateFolder(folder, { keepLast: 1, daily: 0, monthly: 0 }, 'Backoffice 2026-11-24 090000.backup', new Date())).toEqual([]);
  });

  it('knows whether it can be written to', async () => {
    expect(await isFolderWritable(folder)).toBe(true);
    expect(await isFolderWritable(join(folder, 'missing'))).toBe(false);
    await writeFile(join(folder, 'file'), 'x');
    expect(await isFolderWritable(join(folder, 'file'))).toBe(false);
  });
});
