import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RotationRule } from '../../../shared/backup/rotation';
import { openBackup } from './backup-reader';
import { createBackupService, type BackupService } from './backup-service';
import { testScrypt } from './test-support';

// Offices share one stick or network folder between computers, and one computer may keep
// several companies' books. Each book's keep rules remove only that book's backups, and
// the copies taken before a restore or an upgrade are not counted as regular backups.

let root: string;
let clock: Date;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'backoffice-shared-'));
  clock = new Date(2026, 10, 25, 9, 0, 0);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function installation(name: string, rotation: RotationRule, folder?: string): Promise<BackupService> {
  const service = createBackupService({
    dataFolder: join(root, name),
    appVersion: '1.2.3',
    scrypt: testScrypt,
    dialogs: { chooseSavePath: async () => null, chooseFolder: async () => folder ?? null },
    now: () => (clock = new Date(clock.getTime() + 1000)),
  });
  if (folder) await service.chooseFolder('Choose');
  await service.updateSettings({ schedule: { onQuit: false, every: { kind: 'off' } }, rotation }, { kind: 'keep' });
  return service;
}

async function backUp(service: BackupService, bookId: string, purpose: 'regular' | 'safety' | 'upgrade' = 'regular') {
  const json = Buffer.from(JSON.stringify([{ key: 'company', id: bookId }]));
  const { sessionId } = await service.begin({ purpose, schemaVersion: 4, companyName: bookId, bookId });
  await service.addPart({ sessionId, table: 'settings', records: 1, deflated: deflateRawSync(json), bytes: json.length, crc32: crc32(json), sha256: createHash('sha256').update(json).digest('hex') });
  return service.finish({ sessionId, tables: [{ name: 'settings', schema: 'key', records: 1 }] });
}

describe('one backup folder shared by two computers', () => {
  it("each keeps its own book's last N and never removes the other's", async () => {
    const stick = join(root, 'stick');
    await mkdir(stick);
    const keepTwo = { keepLast: 2, daily: 0, monthly: 0 };
    const officeA = await installation('office-a', keepTwo, stick);
    const officeB = await installation('office-b', keepTwo, stick);

    const fromB = [await backUp(officeB, 'BOOK-B'), await backUp(officeB, 'BOOK-B')];
    const fromA = [await backUp(officeA, 'BOOK-A'), await backUp(officeA, 'BOOK-A'), await backUp(officeA, 'BOOK-A')];
    expect(fromA.map((backup) => backup.removed)).toEqual([[], [], [fromA[0]!.fileName]]);
    expect((await readdir(stick)).sort()).toEqual([fromB[0]!, fromB[1]!, fromA[1]!, fromA[2]!].map((backup) => backup.fileName).sort());

    // The manifest names the book; the other office lists (and may restore) every backup there.
    const opened = await openBackup(join(stick, fromA[2]!.fileName));
    expect(opened.manifest.bookId).toBe('BOOK-A');
    await opened.close();
    expect((await officeB.list()).backups.filter((backup) => backup.location === 'backupFolder')).toHaveLength(4);
  });
});

describe('copies taken before a restore or an upgrade', () => {
  it('are not rotated away by regular backups in the same folder, and keep their own last three', async () => {
    const office = await installation('office', { keepLast: 1, daily: 0, monthly: 0 });
    const folder = join(root, 'office', 'backups');
    const upgrade = await backUp(office, 'BOOK-A', 'upgrade');
    const first = await backUp(office, 'BOOK-A');
    const safety = await backUp(office, 'BOOK-A', 'safety');
    const second = await backUp(office, 'BOOK-A');
    expect(second.removed).toEqual([first.fileName]);
    expect((await readdir(folder)).sort()).toEqual([upgrade, safety, second].map((backup) => backup.fileName).sort());

    const more = [await backUp(office, 'BOOK-A', 'safety'), await backUp(office, 'BOOK-A', 'safety')];
    expect(more.map((backup) => backup.removed)).toEqual([[], []]);
    const fourth = await backUp(office, 'BOOK-A', 'safety');
    expect(fourth.removed).toEqual([safety.fileName]);
    expect((await readdir(folder)).sort()).toEqual([upgrade, second, ...more, fourth].map((backup) => backup.fileName).sort());
  });
});
