import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IpcFailure } from '../../shared/ipc/errors';
import type { Dialogs, OpenDialogRequest } from './dialogs';
import { decodeUtf8Strictly, firstInvalidUtf8, openChosenFile, openChosenTextFile } from './open-file';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-open-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A dialog that "picks" the given path and remembers what it was asked. */
function picking(path: string | null): Dialogs & { asked: OpenDialogRequest[] } {
  const asked: OpenDialogRequest[] = [];
  return {
    asked,
    chooseSavePath: async () => null,
    chooseOpenFile: async (request) => {
      asked.push(request);
      return path;
    },
  };
}

const request = { title: 'Open a statement', filters: [{ name: 'Statements', extensions: ['csv'] }], maxBytes: 1000 };

async function refusal(work: Promise<unknown>): Promise<IpcFailure> {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IpcFailure);
  return error as IpcFailure;
}

describe('openChosenFile', () => {
  it('reads exactly the file chosen in the dialog, as plain bytes', async () => {
    const path = join(folder, 'март.csv');
    await writeFile(path, Uint8Array.from([0xc4, 0xe0, 0xf2, 0xe0, 0x3b, 0x0a]));
    const dialogs = picking(path);
    const file = await openChosenFile(dialogs, request);
    expect(dialogs.asked).toEqual([{ title: 'Open a statement', filters: [{ name: 'Statements', extensions: ['csv'] }] }]);
    expect(file?.fileName).toBe('март.csv');
    expect(file?.bytes).toBeInstanceOf(Uint8Array);
    expect([...(file?.bytes ?? [])]).toEqual([0xc4, 0xe0, 0xf2, 0xe0, 0x3b, 0x0a]);
  });

  it('returns null when the user cancels', async () => {
    expect(await openChosenFile(picking(null), request)).toBeNull();
  });

  it('refuses a file over the limit before reading it, naming the sizes', async () => {
    const path = join(folder, 'big.csv');
    await writeFile(path, new Uint8Array(1001));
    const error = await refusal(openChosenFile(picking(path), request));
    expect(error.code).toBe('FILE_REFUSED');
    expect(error.details).toEqual({ reason: 'tooLarge', fileName: 'big.csv', bytes: 1001, limit: 1000 });
  });

  it('refuses a folder and reports a missing file as an IO error', async () => {
    await mkdir(join(folder, 'sub'));
    expect((await refusal(openChosenFile(picking(join(folder, 'sub')), request))).details).toMatchObject({ reason: 'notAFile' });
    const missing = await refusal(openChosenFile(picking(join(folder, 'gone.csv')), request));
    expect(missing.code).toBe('IO_ERROR');
    expect(missing.details).toEqual({ fileName: 'gone.csv', osError: 'notFound' });
  });

  it('never reads a relative path a broken dialog returns', async () => {
    await expect(openChosenFile(picking('statement.csv'), request)).rejects.toThrow(/relative path/);
  });
});

describe('openChosenTextFile', () => {
  it('decodes UTF-8 and drops a byte-order mark', async () => {
    const path = join(folder, 'books.journal');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('2026-01-01 Kávé és тест\n', 'utf8')]));
    const file = await openChosenTextFile(picking(path), request);
    expect(file).toEqual({ fileName: 'books.journal', text: '2026-01-01 Kávé és тест\n', bytes: (await readFile(path)).length });
  });

  it('refuses text that is not UTF-8, naming the line of the first bad byte', async () => {
    const path = join(folder, 'cp1251.journal');
    await writeFile(path, Buffer.concat([Buffer.from('line one\nline two\n', 'utf8'), Buffer.from([0xcf, 0xf0, 0xe8, 0x0a])]));
    const error = await refusal(openChosenTextFile(picking(path), request));
    expect(error.code).toBe('FILE_REFUSED');
    expect(error.details).toEqual({ reason: 'notUtf8', fileName: 'cp1251.journal', line: 3, offset: 18 });
    expect(error.message).toMatch(/line 3/);
  });
});

describe('UTF-8 checking', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it('finds the first byte of a bad sequence', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('aé€😀'))).toBe(10);
    expect(firstInvalidUtf8(bytes(0x61, 0xc3))).toBe(1); // cut short
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf))).toBe(1); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // a lone continuation byte
  });

  it('agrees with the browser decoder on what is valid', () => {
    for (let i = 0; i < 300; i += 1) {
      const sample = Uint8Array.from({ length: 6 }, (_, k) => (i * 37 + k * 101) % 256);
      const valid = firstInvalidUtf8(sample) === sample.length;
      let decodes = true;
      try {
        decodeUtf8Strictly(sample, 'x');
      } catch {
        decodes = false;
      }
      expect(valid, [...sample].join(',')).toBe(decodes);
    }
  });
});
