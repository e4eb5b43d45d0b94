import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-file';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a new file with exactly the given bytes or text', async () => {
    await writeFileAtomic(join(folder, 'a.bin'), new Uint8Array([0, 1, 2, 255]));
    await writeFileAtomic(join(folder, 'b.txt'), 'Résumé ₽ Ft');
    expect([...(await readFile(join(folder, 'a.bin')))]).toEqual([0, 1, 2, 255]);
    expect(await readFile(join(folder, 'b.txt'), 'utf8')).toBe('Résumé ₽ Ft');
    expect((await readdir(folder)).sort()).toEqual(['a.bin', 'b.txt']);
  });

  it('replaces an existing file and leaves no temp file behind', async () => {
    const target = join(folder, 'settings.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['settings.json']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const target = join(folder, 'missing', 'report.pdf');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps the old file whole and removes the temp file when the write fails midway', async () => {
    const target = join(folder, 'settings.json');
    await writeFile(target, 'old content');
    // Not bytes nor text: the temp file is already open when writing it throws.
    await expect(writeFileAtomic(target, 42 as unknown as string)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(folder)).toEqual(['settings.json']);
  });

  it('keeps the target and removes the temp file when the rename fails', async () => {
    // A folder stands where the file should go: the temp file is written, the rename refused.
    const target = join(folder, 'report.pdf');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, 'pdf bytes')).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|EEXIST|ENOTEMPTY|EPERM/) });
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
    expect(await readdir(folder)).toEqual(['report.pdf']);
  });
});
