import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../services/dialogs';
import { createRegistry } from '../registry';
import { fileHandlers } from './files';

// The file channels through the registry (request and response schemas checked), on real temp files.

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const trusted = { url: 'app://window' };

function setUp(answer: { open?: string | null; save?: string | null }) {
  const asked: { kind: string; title: string; extensions: string[] }[] = [];
  const dialogs: Dialogs = {
    chooseSavePath: async (request) => {
      asked.push({ kind: 'save', title: request.title, extensions: request.filters.flatMap((f) => f.extensions) });
      return answer.save ?? null;
    },
    chooseOpenFile: async (request) => {
      asked.push({ kind: 'open', title: request.title, extensions: request.filters.flatMap((f) => f.extensions) });
      return answer.open ?? null;
    },
  };
  const registry = createRegistry([fileHandlers({ dialogs })], { isTrustedSender: (url) => url === trusted.url });
  return { registry, asked };
}

const dialogText = { title: 'Open', filterName: 'Files' };

describe('files:open-statement', () => {
  it('returns the picked statement as a Uint8Array with its name', async () => {
    const path = join(folder, 'statement.csv');
    await writeFile(path, 'Date;Amount\n');
    const { registry, asked } = setUp({ open: path });
    const result = await registry.dispatch('files:open-statement', dialogText, trusted);
    expect(result).toMatchObject({ ok: true, value: { picked: true, fileName: 'statement.csv' } });
    const value = (result as { value: { bytes: Uint8Array } }).value;
    expect(value.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(value.bytes)).toBe('Date;Amount\n');
    expect(asked[0]).toEqual({ kind: 'open', title: 'Open', extensions: ['csv', 'txt', 'xml', 'ofx', 'qfx'] });
  });

  it('answers picked: false when cancelled', async () => {
    expect(await setUp({ open: null }).registry.dispatch('files:open-statement', dialogText, trusted)).toEqual({ ok: true, value: { picked: false } });
  });

  it('takes no path from the window', async () => {
    const result = await setUp({ open: null }).registry.dispatch('files:open-statement', { ...dialogText, path: '/etc/passwd' }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('files:open-journal', () => {
  it('returns the text of a UTF-8 journal', async () => {
    const path = join(folder, 'books.journal');
    await writeFile(path, '2026-01-01 Кофе\n    expenses  1 EUR\n    assets\n');
    const result = await setUp({ open: path }).registry.dispatch('files:open-journal', dialogText, trusted);
    expect(result).toEqual({ ok: true, value: { picked: true, fileName: 'books.journal', text: '2026-01-01 Кофе\n    expenses  1 EUR\n    assets\n', bytes: 51 } });
  });

  it('refuses a journal that is not UTF-8 with FILE_REFUSED and its line', async () => {
    const path = join(folder, 'latin1.journal');
    await writeFile(path, Buffer.from([0x31, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const result = await setUp({ open: path }).registry.dispatch('files:open-journal', dialogText, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED', details: { reason: 'notUtf8', line: 2, fileName: 'latin1.journal' } } });
  });
});

describe('files:save-journal', () => {
  it('writes the text as UTF-8 with the journal extension where the user chose', async () => {
    const { registry, asked } = setUp({ save: join(folder, 'export') });
    const text = '2026-01-01 * Kávé\n    expenses  1.00 EUR\n    assets  -1.00 EUR\n';
    const result = await registry.dispatch('files:save-journal', { title: 'Journal', filterName: 'hledger journal', text }, trusted);
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'export.journal' } });
    expect(await readFile(join(folder, 'export.journal'), 'utf8')).toBe(text);
    expect(asked[0]).toEqual({ kind: 'save', title: 'Journal', extensions: ['journal'] });
  });

  it('writes nothing when cancelled', async () => {
    const result = await setUp({ save: null }).registry.dispatch('files:save-journal', { title: 'Journal', filterName: 'j', text: 'x' }, trusted);
    expect(result).toEqual({ ok: true, value: { saved: false } });
  });
});
