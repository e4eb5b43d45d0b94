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
// several companies' books. Each book's keep rules remove only that book's backups.

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
