import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { Dialogs } from '../../services/dialogs';
import { createBackupService } from '../../services/backup/backup-service';
import { storeSampleDocuments, testScrypt } from '../../services/backup/test-support';
import { createRegistry, type Registry } from '../registry';
import { backupHandlers } from './backup';

// The backup channels as the window uses them, on real temp folders: streaming a backup,
// listing, opening and reading it back, and the rules about which paths main touches.

const trusted = { url: 'file:///app/index.html' };
let dataFolder: string;
let elsewhere: string;
let folderAnswer: string | null;
let openAnswer: string | null;
let clock: Date;

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'backoffice-data-'));
  elsewhere = await mkdtemp(join(tmpdir(), 'backoffice-stick-'));
  folderAnswer = null;
  openAnswer = null;
  clock = new Date(2026, 10, 25, 9, 0, 0);
});
afterEach(async () => {
  await rm(dataFolder, { recursive: true, force: true });
  await rm(elsewhere, { recursive: true, force: true });
});

const dialogs: Dialogs = {
  chooseSavePath: async () => null,
  chooseFolder: async () => folderAnswer,
  chooseOpenFile: async () => openAnswer,
};

function setUp(): Registry {
  const service = createBackupService({
    dataFolder,
    appVersion: '1.2.3',
    dialogs,
    scrypt: testScrypt,
    now: () => {
      clock = new Date(clock.getTime() + 1000);
      return clock;
    },
  });
  return createRegistry([backupHandlers(service)], { isTrustedSender: (url) => url === trusted.url });
}

async function call<T = unknown>(registry: Registry, channel: string, payload: unknown): Promise<T> {
  const result = await registry.dispatch(channel, payload, trusted);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as T;
}

async function refusal(registry: Registry, channel: string, payload: unknown) {
  const result = await registry.dispatch(channel, payload, trusted);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error as { code: string; message: string; details: { reason: string; picked?: string } };
}

/** A part as the window sends it: raw deflate of the JSON, with the JSON's size, CRC-32 and SHA-256. */
function part(list: unknown[]) {
  const json = Buffer.from(JSON.stringify(list), 'utf8');
  return { deflated: new Uint8Array(deflateRawSync(json)), bytes: json.length, crc32: crc32(json), sha256: createHash('sha256').update(json).digest('hex') };
}

const records = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: `r${from + i}`, at: '2026-11-25T09:00:00.000Z' }));

async function backUp(registry: Registry, purpose: 'regular' | 'safety' = 'regular') {
  const { sessionId } = await call<{ sessionId: string }>(registry, 'backup:begin', { purpose, schemaVersion: 1, companyName: 'Acme' });
  await call(registry, 'backup:add-part', { sessionId, table: 'auditLog', records: 3, ...part(records(3)) });
  await call(registry, 'backup:add-part', { sessionId, table: 'auditLog', records: 2, ...part(records(2, 3)) });
  return call<ResponseOf<'backup:finish'>>(registry, 'backup:finish', {
    sessionId,
    tables: [
      { name: 'auditLog', schema: 'id, at', records: 5 },
      { name: 'settings', schema: 'key', records: 0 },
    ],
  });
}

describe('backing up', () => {
  it('starts with the default folder in the data folder and the default schedule', async () => {
    const status = await call<ResponseOf<'backup:status'>>(setUp(), 'backup:status', {});
    expect(status).toMatchObject({
      folder: join(dataFolder, 'backups'),
      usesDefaultFolder: true,
      folderReachable: true,
      schedule: { onQuit: true, every: { kind: 'daily', at: '12:00' } },
      rotation: { keepLast: 10, daily: 14, monthly: 12 },
      encrypted: false,
      lastSuccess: null,
    });
  });

  it('streams parts into one verified file, with the stored documents, and records the success', async () => {
    await storeSampleDocuments(dataFolder, [strToU8('invoice 7')]);
    const registry = setUp();
    const finished = await backUp(registry);
    expect(finished).toMatchObject({ fileName: 'Backoffice 2026-11-25 090001.backup', records: 5, documents: 1, removed: [] });
    expect(await readdir(join(dataFolder, 'backups'))).toEqual([finished.fileName]);
    const status = await call<ResponseOf<'backup:status'>>(registry, 'backup:status', {});
    expect(status.lastSuccess).toMatchObject({ fileName: finished.fileName, bytes: finished.bytes });

    const listed = await call<ResponseOf<'backup:list'>>(registry, 'backup:list', {});
    expect(listed.backups).toEqual([
      expect.objectContaining({ location: 'backupFolder', fileName: finished.fileName, encrypted: false, summary: expect.objectContaining({ company: 'Acme', records: 5, documents: 1 }) }),
    ]);
  });

  it('a chosen folder is remembered, used, and reported unreachable when it goes away', async () => {
    const registry = setUp();
    folderAnswer = join(elsewhere, 'USB');
    await mkdir(folderAnswer);
    const chosen = await call<ResponseOf<'backup:choose-folder'>>(registry, 'backup:choose-folder', { title: 'Choose' });
    expect(chosen).toMatchObject({ chosen: true, status: { folder: folderAnswer, usesDefaultFolder: false, folderReachable: true } });
    const stored = JSON.parse(await readFile(join(dataFolder, 'backup.json'), 'utf8')) as { chosenFolders: string[] };
    expect(stored.chosenFolders).toEqual([folderAnswer]);
    const finished = await backUp(registry);
    expect(await readdir(folderAnswer)).toEqual([finished.fileName]);

    await rm(folderAnswer, { recursive: true });
    expect(await call(registry, 'backup:status', {})).toMatchObject({ folderReachable: false });
    expect(await refusal(registry, 'backup:begin', { purpose: 'regular', schemaVersion: 1, companyName: 'Acme' })).toMatchObject({
      code: 'IO_ERROR',
      details: { reason: 'folderUnreachable' },
    });
    expect(await call(registry, 'backup:status', {})).toMatchObject({ lastFailure: { reason: 'folderUnreachable' } });

    await mkdir(folderAnswer);
    await backUp(registry);
    expect(await call(registry, 'backup:status', {})).toMatchObject({ lastFailure: null, folderReachable: true });
  });

  it('cancelling the folder dialog changes nothing', async () => {
    const registry = setUp();
    expect(await call(registry, 'backup:choose-folder', { title: 'Choose' })).toMatchObject({ chosen: false, status: { usesDefaultFolder: true } });
  });

  it('safety copies go to the data folder, and the list shows both places', async () => {
    const registry = setUp();
    folderAnswer = elsewhere;
    await call(registry, 'backup:choose-folder', { title: 'Choose' });
    await backUp(registry);
    const safety = await backUp(registry, 'safety');
    expect(await readdir(join(dataFolder, 'backups'))).toEqual([safety.fileName]);
    const listed = await call<ResponseOf<'backup:list'>>(registry, 'backup:list', {});
    expect(listed.backups.map((b) => [b.location, b.summary?.purpose])).toEqual([
      ['appData', 'safety'],
      ['backupFolder', 'regular'],
    ]);
    // A safety copy is not the scheduled backup: the status keeps the regular one.
    expect((await call<ResponseOf<'backup:status'>>(registry, 'backup:status', {})).lastSuccess?.fileName).not.toBe(safety.fileName);
  });

  it('rotation removes only older backups, after the new one is verified', async () => {
    const registry = setUp();
    await call(registry, 'backup:update-settings', {
      preferences: { schedule: { onQuit: false, every: { kind: 'hours', hours: 4 } }, rotation: { keepLast: 2, daily: 0, monthly: 0 } },
      encryption: { kind: 'keep' },
    });
    const first = await backUp(registry);
    const second = await backUp(registry);
    const third = await backUp(registry);
    expect(third.removed).toEqual([first.fileName]);
    expect((await readdir(join(dataFolder, 'backups'))).sort()).toEqual([second.fileName, third.fileName]);
  });

  it('documents stream in from the start while parts arrive, and every part and document verifies in the file', async () => {
    const contents = Array.from({ length: 40 }, (_, i) => strToU8(`scan ${i} `.repeat(5000)));
    const hashes = await storeSampleDocuments(dataFolder, contents);
    const registry = setUp();
    const { sessionId } = await call<{ sessionId: string }>(registry, 'backup:begin', { purpose: 'regular', schemaVersion: 1, companyName: 'Acme' });
    // Parts sent at once, as a window that reads faster than main writes would: they take turns with documents.
    await Promise.all(Array.from({ length: 8 }, (_, i) => call(registry, 'backup:add-part', { sessionId, table: 'auditLog', records: 5, ...part(records(5, i * 5)) })));
    const finished = await call<ResponseOf<'backup:finish'>>(registry, 'backup:finish', { sessionId, tables: [{ name: 'auditLog', schema: 'id, at', records: 40 }] });
    expect(finished).toMatchObject({ records: 40, documents: 40 });

    await rm(join(dataFolder, 'documents'), { recursive: true });
    const opened = await call<Extract<ResponseOf<'backup:open'>, { opened: true }>>(registry, 'backup:open', {
      source: { kind: 'listed', location: 'backupFolder', fileName: finished.fileName },
      schemaVersion: 1,
    });
    const read: unknown[] = [];
    for (const { path } of opened.manifest.tables[0]!.parts) {
      const { deflated } = await call<ResponseOf<'backup:read-part'>>(registry, 'backup:read-part', { handle: opened.handle, path });
      read.push(...(JSON.parse(inflateRawSync(deflated).toString('utf8')) as unknown[]));
    }
    expect(read.map((record) => (record as { id: string }).id).sort()).toEqual(records(40).map((record) => record.id).sort());
    expect(await call(registry, 'backup:restore-documents', { handle: opened.handle })).toEqual({ added: 40, present: 0 });
    for (const [i, sha256] of hashes.entries()) expect(await readFile(join(dataFolder, 'documents', sha256))).toEqual(Buffer.from(contents[i]!));
  }, 60_000);

  it('a stored document that no longer matches its name fails the backup, even with parts arriving meanwhile; nothing is kept', async () => {
    const [sha256] = await storeSampleDocuments(dataFolder, [strToU8('invoice 7'), strToU8('invoice 8')]);
    await writeFile(join(dataFolder, 'documents', sha256!), 'changed on disk');
    const registry = setUp();
    const { sessionId } = await call<{ sessionId: string }>(registry, 'backup:begin', { purpose: 'regular', schemaVersion: 1, companyName: 'Acme' });
    const sent = await registry.dispatch('backup:add-part', { sessionId, table: 'auditLog', records: 3, ...part(records(3)) }, trusted);
    const finishing = await registry.dispatch('backup:finish', { sessionId, tables: [{ name: 'auditLog', schema: 'id, at', records: 3 }] }, trusted);
    // The part was refused with the document's reason, or finish was: either way no backup and the reason on record.
    const reasons = [sent, finishing].flatMap((result) => (result.ok ? [] : [(result.error.details as { reason?: string }).reason]));
    expect(reasons[0]).toBe('documentDamaged');
    expect(finishing.ok).toBe(false);
    expect(await readdir(join(dataFolder, 'backups'))).toEqual([]);
    expect(await call(registry, 'backup:status', {})).toMatchObject({ lastFailure: { reason: 'documentDamaged' } });
  });

  it('an aborted backup leaves no file; with a reason, the failure is recorded', async () => {
    const registry = setUp();
    const { sessionId } = await call<{ sessionId: string }>(registry, 'backup:begin', { purpose: 'regular', schemaVersion: 1, companyName: 'Acme' });
    await call(registry, 'backup:add-part', { sessionId, table: 'auditLog', records: 1, ...part([{ id: 'a' }]) });
    await call(registry, 'backup:abort', { sessionId, reason: 'changedDuringBackup' });
    expect(await readdir(join(dataFolder, 'backups'))).toEqual([]);
    expect(await call(registry, 'backup:status', {})).toMatchObject({ lastFailure: { reason: 'changedDuringBackup' } });
    expect(await refusal(registry, 'backup:add-part', { sessionId, table: 'auditLog', records: 1, ...part([{}]) })).toMatchObject({
      details: { reason: 'sessionGone' },
    });
  });
});

describe('restoring', () => {
  it('opens a listed backup (verified), reads its parts and restores its documents into the store', async () => {
    const [sha256] = await storeSampleDocuments(dataFolder, [strToU8('invoice 7')]);
    const registry = setUp();
    const finished = await backUp(registry);
    await rm(join(dataFolder, 'documents'), { recursive: true });

    const opened = await call<Extract<ResponseOf<'backup:open'>, { opened: true }>>(registry, 'backup:open', {
      source: { kind: 'listed', location: 'backupFolder', fileName: finished.fileName },
      schemaVersion: 1,
    });
    expect(opened).toMatchObject({ opened: true, fileName: finished.fileName, encrypted: false, manifest: { company: 'Acme', schemaVersion: 1 } });
    const parts = opened.manifest.tables.find((table) => table.name === 'auditLog')!.parts;
    const read = await Promise.all(parts.map((stored) => call<{ deflated: Uint8Array }>(registry, 'backup:read-part', { handle: opened.handle, path: stored.path })));
    expect(read.flatMap(({ deflated }) => JSON.parse(inflateRawSync(deflated).toString('utf8')) as unknown[])).toEqual(records(5));

    expect(await call(registry, 'backup:restore-documents', { handle: opened.handle })).toEqual({ added: 1, present: 0 });
    expect(await readFile(join(dataFolder, 'documents', sha256!), 'utf8')).toBe('invoice 7');
    expect(await call(registry, 'backup:restore-documents', { handle: opened.handle })).toEqual({ added: 0, present: 1 });
    await call(registry, 'backup:close', { handle: opened.handle });
    expect(await refusal(registry, 'backup:read-part', { handle: opened.handle, path: parts[0]!.path })).toMatchObject({ details: { reason: 'sessionGone' } });
  });

  it('never opens a path the user did not pick or list', async () => {
    const registry = setUp();
    await backUp(registry);
    for (const fileName of ['../backup.json', 'backup.json', '/etc/passwd', 'Backoffice 2026-11-25 090001.backup/../../x']) {
      expect(await refusal(registry, 'backup:open', { source: { kind: 'listed', location: 'backupFolder', fileName }, schemaVersion: 1 })).toMatchObject({
        code: 'FILE_REFUSED',
        details: { reason: 'notAllowed' },
      });
    }
    expect(await refusal(registry, 'backup:open', { source: { kind: 'picked', token: '0'.repeat(32) }, schemaVersion: 1 })).toMatchObject({
      details: { reason: 'notAllowed' },
    });
  });

  it('refuses a backup of a newer database version', async () => {
    const registry = setUp();
    const { sessionId } = await call<{ sessionId: string }>(registry, 'backup:begin', { purpose: 'regular', schemaVersion: 5, companyName: 'Acme' });
    const finished = await call<ResponseOf<'backup:finish'>>(registry, 'backup:finish', { sessionId, tables: [] });
    expect(
      await refusal(registry, 'backup:open', { source: { kind: 'listed', location: 'backupFolder', fileName: finished.fileName }, schemaVersion: 4 }),
    ).toMatchObject({ code: 'FILE_REFUSED', details: { reason: 'newerSchema', fileName: finished.fileName } });
  });

  it('a picked encrypted file: asks for the passphrase, then opens with it without a second dialog', async () => {
    const registry = setUp();
    await call(registry, 'backup:update-settings', {
      preferences: { schedule: { onQuit: true, every: { kind: 'off' } }, rotation: { keepLast: 5, daily: 0, monthly: 0 } },
      encryption: { kind: 'on', passphrase: 'old passphrase' },
    });
    expect(JSON.stringify(await call(registry, 'backup:status', {}))).not.toContain('old passphrase');
    const finished = await backUp(registry);
    // The office changed its passphrase since: the file needs the old one.
    await call(registry, 'backup:update-settings', {
      preferences: { schedule: { onQuit: true, every: { kind: 'off' } }, rotation: { keepLast: 5, daily: 0, monthly: 0 } },
      encryption: { kind: 'on', passphrase: 'new passphrase' },
    });
    openAnswer = join(dataFolder, 'backups', finished.fileName);
    const asked = await refusal(registry, 'backup:open', { source: { kind: 'pick', title: 'Open' }, schemaVersion: 1 });
    expect(asked).toMatchObject({ code: 'FILE_REFUSED', details: { reason: 'passphraseNeeded', picked: expect.any(String) } });
    openAnswer = null;
    const wrong = await refusal(registry, 'backup:open', { source: { kind: 'picked', token: asked.details.picked }, passphrase: 'guess', schemaVersion: 1 });
    expect(wrong).toMatchObject({ details: { reason: 'wrongPassphrase' } });
    const opened = await call(registry, 'backup:open', { source: { kind: 'picked', token: asked.details.picked }, passphrase: 'old passphrase', schemaVersion: 1 });
    expect(opened).toMatchObject({ opened: true, encrypted: true, manifest: { company: 'Acme' } });
  });

  it('a cancelled open dialog opens nothing', async () => {
    expect(await call(setUp(), 'backup:open', { source: { kind: 'pick', title: 'Open' }, schemaVersion: 1 })).toEqual({ opened: false });
  });
});

describe('a window that sends a part that does not match what it claims', () => {
  it('is caught when main reads the file back: no backup is kept', async () => {
    const registry = setUp();
    const { sessionId } = await call<{ sessionId: string }>(registry, 'backup:begin', { purpose: 'regular', schemaVersion: 1, companyName: 'Acme' });
    await call(registry, 'backup:add-part', { sessionId, table: 'auditLog', records: 3, ...part(records(3)), sha256: 'f'.repeat(64) });
    expect(await refusal(registry, 'backup:finish', { sessionId, tables: [{ name: 'auditLog', schema: 'id', records: 3 }] })).toMatchObject({
      code: 'IO_ERROR',
      details: { reason: 'notVerified' },
    });
    expect(await readdir(join(dataFolder, 'backups'))).toEqual([]);
  });
});
