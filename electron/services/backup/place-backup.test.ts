import { link, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackup } from './backup-reader';
import { sampleTables, writeSampleBackup } from './test-support';

// A verified backup gets its name in one step that fails when the name is taken, so a
// file another computer (or another book) put there a moment ago is never replaced.

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-place-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const at = new Date(2026, 10, 25, 9, 30, 15);
const taken = 'Backoffice 2026-11-25 093015.backup';
const noHardLinks = async () => {
  throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
};

describe('placing a verified backup', () => {
  it('never replaces a name that is taken, even by an entry a look-up cannot see through', async () => {
    // A dangling link: checking "does it exist?" through it says no, yet the name is taken.
    await symlink(join(folder, 'elsewhere'), join(folder, taken));
    const written = await writeSampleBackup(folder, { tables: sampleTables(10), createdAt: at });
    expect(written.fileName).toBe('Backoffice 2026-11-25 093015 (2).backup');
    expect(await readlink(join(folder, taken))).toBe(join(folder, 'elsewhere'));
    await (await openBackup(written.path)).close();
    expect((await readdir(folder)).sort()).toEqual([taken, written.fileName].sort());
  });

  it('on a file system without hard links (a FAT stick) it reserves the name exclusively, and still never replaces one', async () => {
    await symlink(join(folder, 'elsewhere'), join(folder, taken));
    await writeFile(join(folder, 'Backoffice 2026-11-25 093015 (2).backup'), 'another computer’s backup');
    const written = await writeSampleBackup(folder, { tables: sampleTables(10), createdAt: at, link: noHardLinks });
    expect(written.fileName).toBe('Backoffice 2026-11-25 093015 (3).backup');
    expect(await readlink(join(folder, taken))).toBe(join(folder, 'elsewhere'));
    expect(await readFile(join(folder, 'Backoffice 2026-11-25 093015 (2).backup'), 'utf8')).toBe('another computer’s backup');
    await (await openBackup(written.path)).close();
    expect(await readdir(folder)).toHaveLength(3);
  });

  it('leaves no temp file behind once the backup has its name', async () => {
    let linked = 0;
    const written = await writeSampleBackup(folder, {
      tables: sampleTables(10),
      createdAt: at,
      link: async (from, to) => {
        linked += 1;
        await link(from, to);
      },
    });
    expect(linked).toBe(1);
    expect(await readdir(folder)).toEqual([written.fileName]);
  });
});
