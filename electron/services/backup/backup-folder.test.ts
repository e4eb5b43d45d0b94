import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../../shared/backup/format';
import { activeTempFiles } from './backup-writer';
import { isFolderWritable, listFolderBackups, removeStaleTempFiles, rotateFolder } from './backup-folder';
import { bookTagOf } from './book-tag';
import { sampleTables, writeSampleBackup } from './test-support';

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

  it("sweeps this book's temp files left by a dead writer, but not one being written, another book's, or one without a book", async () => {
    const temp = (hour: number, bookTag: string | null) => `.${backupFileName(new Date(2026, 10, 25, hour), { bookTag, purpose: 'regular' })}.abc123.partial`;
    const ours = bookTagOf('BOOK-A');
    const stale = temp(10, ours);
    const live = temp(11, ours);
    const otherBook = temp(12, bookTagOf('BOOK-B'));
    const noBook = temp(13, null);
    for (const name of [stale, live, otherBook, noBook]) await writeFile(join(folder, name), 'x');
    activeTempFiles.add(join(folder, live));
    try {
      expect(await removeStaleTempFiles(folder, ours)).toEqual([stale]);
      expect((await readdir(folder)).sort()).toEqual([live, otherBook, noBook].sort());
      // Without a book of its own, a writer sweeps nothing.
      expect(await removeStaleTempFiles(folder, null)).toEqual([]);
    } finally {
      activeTempFiles.delete(join(folder, live));
    }
  });

  it('rotation never removes a backup newer than the one just written, nor files that are not backups', async () => {
    const tag = bookTagOf('BOOK-A');
    const names = [20, 21, 22, 23].map((day) => backupFileName(new Date(2026, 10, day, 9), { bookTag: tag, purpose: 'regular' }));
    for (const name of [...names, 'keep-me.txt']) await writeFile(join(folder, name), 'x');
    const removed = await rotateFolder(folder, { keepLast: 1, daily: 0, monthly: 0 }, names[2]!, new Date(2026, 10, 23));
    expect(removed.sort()).toEqual([names[0], names[1]]);
    expect((await readdir(folder)).sort()).toEqual([names[2], names[3], 'keep-me.txt'].sort());
    // A name that is not in the folder (the new backup failed): nothing is removed.
    expect(await rotateFolder(folder, { keepLast: 1, daily: 0, monthly: 0 }, backupFileName(new Date(2026, 10, 24, 9), { bookTag: tag, purpose: 'regular' }), new Date())).toEqual([]);
  });

  it("rotation removes only this book's backups of the new one's purpose: never another book's, nor one without a provable book", async () => {
    const tables = sampleTables(10);
    const write = (bookId: string | undefined, day: number, purpose: 'regular' | 'safety' = 'regular') =>
      writeSampleBackup(folder, { tables, purpose, createdAt: new Date(2026, 10, day, 9), ...(bookId ? { bookId } : {}) });
    const otherBook = [await write('BOOK-B', 19), await write('BOOK-B', 20)];
    const noBook = await write(undefined, 18);
    const safety = await write('BOOK-A', 19, 'safety');
    const ours = [await write('BOOK-A', 21), await write('BOOK-A', 22), await write('BOOK-A', 23)];
    expect(ours[2]!.fileName).toBe(`Backoffice 2026-11-23 090000 ${bookTagOf('BOOK-A')}.backup`);
    expect(ours[2]!.manifest.bookId).toBe('BOOK-A');

    expect(await rotateFolder(folder, { keepLast: 2, daily: 0, monthly: 0 }, ours[2]!.fileName, new Date(2026, 10, 23, 10))).toEqual([ours[0]!.fileName]);
    expect((await readdir(folder)).sort()).toEqual([...otherBook, noBook, safety, ours[1]!, ours[2]!].map((backup) => backup.fileName).sort());
    // Every backup in the folder is still listed: the office may restore another book's on purpose.
    expect(await listFolderBackups(folder)).toHaveLength(6);
    // A backup without a book rotates nothing.
    expect(await rotateFolder(folder, { keepLast: 1, daily: 0, monthly: 0 }, noBook.fileName, new Date(2026, 10, 23, 10))).toEqual([]);
  });

  it('knows whether it can be written to', async () => {
    expect(await isFolderWritable(folder)).toBe(true);
    expect(await isFolderWritable(join(folder, 'missing'))).toBe(false);
    await writeFile(join(folder, 'file'), 'x');
    expect(await isFolderWritable(join(folder, 'file'))).toBe(false);
  });
});
