import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcErrorEnvelope, IpcResult } from '../../shared/ipc/errors';
import type { Dialogs } from '../services/dialogs';
import { createLocalLog } from '../services/local-log';
import type { PrintEngine } from '../services/printing/engine';
import { createMainRegistry } from './index';

// Real failures on real temp folders, through the registry main binds: the window gets a
// code and safe details (a file's name, the kind of OS error), never a folder or the OS's
// own words; those are in the local log. The machine may run as root, where permissions do
// not stop a write: the failures here are folders whose "parent" is a file, and missing ones.

const appUrl = 'file:///app/index.html';
const trusted = { url: appUrl };
const osWords = /ENOTDIR|ENOENT|EACCES|EISDIR|EPERM|EROFS|no such file|not a directory|permission denied|illegal operation/i;

let root: string;
let dataFolder: string;
let answers: { folder?: string; open?: string; save?: string };
let printFailure: Error | null;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'backoffice-failures-'));
  dataFolder = join(root, 'data');
  await mkdir(dataFolder);
  answers = {};
  printFailure = null;
});
const registries: ReturnType<typeof createMainRegistry>[] = [];
afterEach(async () => {
  // Failures are logged to disk after the call returns: the folders go once every entry is written.
  await Promise.all(registries.splice(0).map((registry) => registry.log.flushed()));
  await chmod(root, 0o700).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

const dialogs: Dialogs = {
  chooseSavePath: async () => answers.save ?? null,
  chooseFolder: async () => answers.folder ?? null,
  chooseOpenFile: async () => answers.open ?? null,
};
const printEngine: PrintEngine = {
  renderPdf: async () => new TextEncoder().encode('%PDF-1.7'),
  printToPrinter: async () => {
    if (printFailure) throw printFailure;
    return true;
  },
};

/** The registry as main builds it; its log in `logFolder` (the data folder's own by default). */
function setUp(options: { data?: string; logFolder?: string } = {}): Registry {
  const log = createLocalLog({ folder: options.logFolder ?? join(options.data ?? dataFolder, 'logs') });
  const registry = createMainRegistry(
    { dataFolder: options.data ?? dataFolder, appVersion: '1.0.0', platform: 'linux', printEngine, dialogs, log },
    { isTrustedSender: (url) => url === appUrl },
  );
  registries.push(registry);
  return registry;
}

type Registry = ReturnType<typeof createMainRegistry>;

async function failure(registry: Registry, channel: string, payload: unknown): Promise<IpcErrorEnvelope> {
  const result: IpcResult<unknown> = await registry.dispatch(channel, payload, trusted);
  if (result.ok) throw new Error(`${channel} succeeded`);
  return result.error;
}

/** Nothing in what the window receives names a folder or quotes the OS. */
function expectSafe(sent: unknown): void {
  const text = JSON.stringify(sent);
  expect(text).not.toContain('/');
  expect(text).not.toContain('\\');
  expect(text).not.toMatch(osWords);
  expect(text).not.toContain(root.slice(1));
}

async function logOf(registry: Registry): Promise<string> {
  await registry.log.flushed();
  return readFile(registry.log.path, 'utf8');
}

/** A "folder" inside a file: every write there fails with ENOTDIR, for root too. */
async function folderInsideAFile(name: string): Promise<string> {
  await writeFile(join(root, name), 'a file, not a folder');
  return join(root, name, 'Backups');
}

const begin = { purpose: 'regular', schemaVersion: 1, companyName: 'Acme' };

/** A one-page report, as the window sends it to print or save as PDF. */
const printRequest = {
  title: 'TB',
  companyName: 'Acme',
  html: '<p>x</p>',
  pageSize: 'A4',
  landscape: false,
  marginsMm: { top: 20, right: 10, bottom: 20, left: 10 },
  footer: { pageOfPages: 'Page {page} of {pages}', printedAt: 'today' },
};

describe('a backup that cannot be written', () => {
  it('to a folder that cannot exist: the window gets the reason and the kind of OS error; backup.json keeps codes only; the log has the path', async () => {
    const registry = setUp();
    answers.folder = await folderInsideAFile('stick.txt');
    expect(await registry.dispatch('backup:choose-folder', { title: 'Choose' }, trusted)).toMatchObject({ ok: true });

    const sent = await failure(registry, 'backup:begin', begin);
    expect(sent).toEqual({ code: 'IO_ERROR', message: 'A file could not be read or written.', details: { reason: 'folderUnreachable', osError: 'notAFolder' } });
    expectSafe(sent);

    const status = await registry.dispatch('backup:status', {}, trusted);
    const lastFailure = (status as { value: { lastFailure: unknown } }).value.lastFailure;
    expect(lastFailure).toEqual({ at: expect.any(String), reason: 'folderUnreachable', osError: 'notAFolder' });
    expectSafe(lastFailure);
    const stored = JSON.parse(await readFile(join(dataFolder, 'backup.json'), 'utf8')) as { lastFailure: unknown };
    expect(stored.lastFailure).toEqual(lastFailure);

    const log = await logOf(registry);
    expect(log).toContain(`backup:begin failed (IO_ERROR)`);
    expect(log).toContain(answers.folder);
    expect(log).toContain('ENOTDIR');
  });

  it('to a folder that went away: notFound, with the folder only in the log', async () => {
    const registry = setUp();
    answers.folder = join(root, 'USB stick');
    await mkdir(answers.folder);
    await registry.dispatch('backup:choose-folder', { title: 'Choose' }, trusted);
    await rm(answers.folder, { recursive: true });

    const sent = await failure(registry, 'backup:begin', begin);
    expect(sent.details).toEqual({ reason: 'folderUnreachable', osError: 'notFound' });
    expectSafe(sent);
    expectSafe((await registry.dispatch('backup:status', {}, trusted) as { value: { lastFailure: unknown } }).value.lastFailure);
    const log = await logOf(registry);
    expect(log).toContain(answers.folder);
    expect(log).toContain('ENOENT');
  });

  it.skipIf(process.getuid?.() === 0)('to a folder without write permission: readOnly and noPermission', async () => {
    const registry = setUp();
    answers.folder = join(root, 'locked');
    await mkdir(answers.folder);
    await chmod(answers.folder, 0o500);
    await registry.dispatch('backup:choose-folder', { title: 'Choose' }, trusted);
    const sent = await failure(registry, 'backup:begin', begin);
    expect(sent.details).toEqual({ reason: 'readOnly', osError: 'noPermission' });
    expectSafe(sent);
    expect(await logOf(registry)).toContain('EACCES');
  });

  it('a picked backup that cannot be read: its file name, never its folder', async () => {
    const registry = setUp();
    answers.open = join(root, 'Accountant', 'March.backup');
    // A folder with a backup's name: opening it works, reading it fails (EISDIR).
    await mkdir(answers.open, { recursive: true });
    const sent = await failure(registry, 'backup:open', { source: { kind: 'pick', title: 'Open' }, schemaVersion: 1 });
    expect(sent).toMatchObject({ code: 'IO_ERROR', details: { fileName: 'March.backup', osError: 'isAFolder' } });
    expectSafe(sent);
    const log = await logOf(registry);
    expect(log).toContain('March.backup cannot be read');
    expect(log).toContain('EISDIR: illegal operation on a directory');
  });

  it('backup settings that cannot be saved: IO_ERROR by the registry, not INTERNAL with the OS text', async () => {
    const data = await folderInsideAFile('data.txt');
    const registry = setUp({ data, logFolder: join(root, 'logs') });
    const sent = await failure(registry, 'backup:update-settings', {
      preferences: { schedule: { onQuit: false, every: { kind: 'off' } }, rotation: { keepLast: 3, daily: 0, monthly: 0 } },
      encryption: { kind: 'keep' },
    });
    expect(sent).toEqual({ code: 'IO_ERROR', message: 'A file could not be read or written.', details: { osError: 'notAFolder' } });
    expectSafe(sent);
    expect(await logOf(registry)).toContain(data);
  });
});

describe('backup.json from before failures were kept as codes', () => {
  it('still loads; the old message (with its path and OS words) is not sent to the window', async () => {
    const old = {
      folder: null,
      chosenFolders: [],
      preferences: { schedule: { onQuit: true, every: { kind: 'daily', at: '12:00' } }, rotation: { keepLast: 10, daily: 14, monthly: 12 } },
      passphrase: null,
      lastSuccess: null,
      lastFailure: { at: '2026-11-20T09:00:00.000Z', message: "EACCES: permission denied, open '/home/anna/Backups/.x.backup.partial'" },
    };
    await writeFile(join(dataFolder, 'backup.json'), JSON.stringify(old));
    const registry = setUp();
    const status = await registry.dispatch('backup:status', {}, trusted);
    expect(status).toMatchObject({ ok: true, value: { lastFailure: { at: '2026-11-20T09:00:00.000Z' }, schedule: old.preferences.schedule } });
    expect((status as { value: { lastFailure: unknown } }).value.lastFailure).toEqual({ at: '2026-11-20T09:00:00.000Z' });

    // One with a reason keeps it.
    await writeFile(join(dataFolder, 'backup.json'), JSON.stringify({ ...old, lastFailure: { ...old.lastFailure, reason: 'readOnly' } }));
    expect(await setUp().dispatch('backup:status', {}, trusted)).toMatchObject({
      value: { lastFailure: { at: '2026-11-20T09:00:00.000Z', reason: 'readOnly' } },
    });
  });
});

describe('files, exports, printing and settings', () => {
  it('settings.json that cannot be written: its name and the kind of OS error', async () => {
    const data = await folderInsideAFile('data.txt');
    const registry = setUp({ data, logFolder: join(root, 'logs') });
    const sent = await failure(registry, 'settings:write', { language: 'en', companyName: 'Acme' });
    expect(sent).toEqual({ code: 'IO_ERROR', message: 'A file could not be read or written.', details: { fileName: 'settings.json', osError: 'notAFolder' } });
    expectSafe(sent);
    const log = await logOf(registry);
    expect(log).toContain(join(data, 'settings.json'));
    expect(log).toContain('ENOTDIR');
  });

  it('an export or a journal saved where it cannot be written', async () => {
    const registry = setUp();
    const folder = await folderInsideAFile('Reports.txt');
    answers.save = join(folder, 'trial balance.csv');
    const table = { title: 'Trial balance', columns: [{ kind: 'text', header: 'Account' }], rows: [['1000']] };
    const exported = await failure(registry, 'export:save-table', { format: 'csv', table });
    expect(exported).toMatchObject({ code: 'IO_ERROR', details: { fileName: 'trial balance.csv', osError: 'notAFolder' } });
    answers.save = join(folder, 'books.journal');
    const journal = await failure(registry, 'files:save-journal', { title: 'Journal', filterName: 'Journal', text: '2026-01-01 x\n' });
    expect(journal).toMatchObject({ code: 'IO_ERROR', details: { fileName: 'books.journal', osError: 'notAFolder' } });
    answers.save = join(folder, 'tb.pdf');
    const pdf = await failure(registry, 'print:save-pdf', printRequest);
    expect(pdf).toMatchObject({ code: 'IO_ERROR', details: { fileName: 'tb.pdf', osError: 'notAFolder' } });
    for (const sent of [exported, journal, pdf]) expectSafe(sent);
    expect(await logOf(registry)).toContain(answers.save);
  });

  it('a statement that is gone by the time it is read', async () => {
    const registry = setUp();
    answers.open = join(root, 'Bank', 'march.csv');
    const sent = await failure(registry, 'files:open-statement', { title: 'Open', filterName: 'Statements' });
    expect(sent).toMatchObject({ code: 'IO_ERROR', details: { fileName: 'march.csv', osError: 'notFound' } });
    expectSafe(sent);
    expect(await logOf(registry)).toContain(answers.open);
  });

  it('a printer failure nobody expected: INTERNAL with nothing of the error in it', async () => {
    const registry = setUp();
    printFailure = new Error(`Cannot open ${join(root, 'spool', 'job-1.ps')}: the printer is offline`);
    const sent = await failure(registry, 'print:to-printer', printRequest);
    expect(sent).toEqual({ code: 'INTERNAL', message: 'Internal error; the details are in the local log.' });
    expectSafe(sent);
    const log = await logOf(registry);
    expect(log).toContain('print:to-printer failed (INTERNAL)');
    expect(log).toContain('the printer is offline');
  });
});
