import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs, SaveDialogRequest } from './dialogs';
import { saveToChosenFile } from './save-file';

// Saving where the user chose, on a real temp folder. The native dialog asks "Replace?"
// only about the name as typed; these tests are about the extension added after it.

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-save-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The user in front of the save dialog, answering each time it opens with the next of `answers`. */
function user(...answers: (string | null)[]) {
  const asked: SaveDialogRequest[] = [];
  const dialogs: Dialogs = {
    chooseSavePath: async (request) => {
      asked.push(request);
      if (answers.length === 0) throw new Error('The dialog opened more often than the test expected.');
      return answers.shift()!;
    },
  };
  return { dialogs, asked };
}

const request = { title: 'Trial balance', extension: 'csv', filterName: 'CSV', contents: () => new TextEncoder().encode('new') };
const filters = [{ name: 'CSV', extensions: ['csv'] }];

describe('saveToChosenFile', () => {
  it('adds the missing extension when no such file exists', async () => {
    const { dialogs, asked } = user(join(folder, 'report'));
    expect(await saveToChosenFile(dialogs, request)).toEqual({ saved: true, fileName: 'report.csv' });
    expect(await readFile(join(folder, 'report.csv'), 'utf8')).toBe('new');
    expect(asked).toEqual([{ title: 'Trial balance', defaultFileName: 'Trial balance.csv', filters }]);
  });

  it('asks again, with the full name in that folder, when the added extension lands on an existing file', async () => {
    await writeFile(join(folder, 'report.csv'), 'old');
    const { dialogs, asked } = user(join(folder, 'report'), join(folder, 'report 2.csv'));
    expect(await saveToChosenFile(dialogs, request)).toEqual({ saved: true, fileName: 'report 2.csv' });
    expect(asked[1]).toEqual({ title: 'Trial balance', defaultFileName: 'report.csv', defaultFolder: folder, filters });
    expect(await readFile(join(folder, 'report.csv'), 'utf8')).toBe('old');
    expect(await readFile(join(folder, 'report 2.csv'), 'utf8')).toBe('new');
  });

  it('replaces the existing file once the user picks it by its full name (the dialog asked them)', async () => {
    await writeFile(join(folder, 'report.csv'), 'old');
    const { dialogs } = user(join(folder, 'report'), join(folder, 'report.csv'));
    expect(await saveToChosenFile(dialogs, request)).toEqual({ saved: true, fileName: 'report.csv' });
    expect(await readFile(join(folder, 'report.csv'), 'utf8')).toBe('new');
  });

  it('writes nothing when the user cancels the second dialog', async () => {
    await writeFile(join(folder, 'report.csv'), 'old');
    const { dialogs } = user(join(folder, 'report'), null);
    expect(await saveToChosenFile(dialogs, request)).toEqual({ saved: false });
    expect(await readdir(folder)).toEqual(['report.csv']);
    expect(await readFile(join(folder, 'report.csv'), 'utf8')).toBe('old');
  });
});
