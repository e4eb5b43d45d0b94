import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeAsNewFile } from './files';

// Placing a finished backup under the name the user asked for, on a real temp folder.

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-place-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('placeAsNewFile', () => {
  it('moves the finished file to the new name', async () => {
    await writeFile(join(folder, 'finished'), 'backup');
    await placeAsNewFile(join(folder, 'finished'), join(folder, 'books.backup'));
    expect(await readdir(folder)).toEqual(['books.backup']);
    expect(await readFile(join(folder, 'books.backup'), 'utf8')).toBe('backup');
  });

  it('never replaces a file that appeared after the early check, and removes the finished file', async () => {
    await writeFile(join(folder, 'finished'), 'new backup');
    await writeFile(join(folder, 'books.backup'), 'someone else’s file');
    await expect(placeAsNewFile(join(folder, 'finished'), join(folder, 'books.backup'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readdir(folder)).toEqual(['books.backup']);
    expect(await readFile(join(folder, 'books.backup'), 'utf8')).toBe('someone else’s file');
  });

  it('removes both the finished file and its claim on the name when the move fails', async () => {
    // The finished file is gone (a sweep, a full disk): the move fails after the claim.
    await expect(placeAsNewFile(join(folder, 'finished'), join(folder, 'books.backup'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });
});
