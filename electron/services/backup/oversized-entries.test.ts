import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, manifestPath, partByteLimit } from '../../../shared/backup/format';
import type { BackupManifest, TablePart } from '../../../shared/backup/manifest';
import { openBackup, type OpenBackupOptions } from './backup-reader';
import { createBackupService } from './backup-service';
import { deflatedEntry, deflatedZeros, writeCraftedBackup, type CraftedEntry } from './crafted-backup';
import { BackupFault } from './faults';
import { writeSampleBackup } from './test-support';

// Small crafted files whose entries inflate to hundreds of MB: refused, and main's memory
// stays far below what they would inflate to. Memory is the process's peak RSS, which
// only grows, so each test sees what its own reading added on top of the peak so far.

const mebibyte = 1024 * 1024;
/** What a refused bomb may add to the peak: far below any bomb here, far above the noise. */
const boundedGrowth = 128 * mebibyte;
const partPath = 'tables/auditLog/1.json';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-bombs-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Expects `work` to be refused for `reason` while adding far less to the peak memory than the bomb holds. */
async function expectRefused(work: () => Promise<unknown>, reason: string): Promise<void> {
  const before = process.resourceUsage().maxRSS * 1024;
  let refusal = 'accepted';
  try {
    await work();
  } catch (error) {
    if (!(error instanceof BackupFault)) throw error;
    refusal = error.reason;
  }
  const growth = process.resourceUsage().maxRSS * 1024 - before;
  expect(refusal).toBe(reason);
  expect(growth).toBeLessThan(boundedGrowth);
}

async function openAndClose(path: string, options: OpenBackupOptions = {}): Promise<void> {
  await (await openBackup(path, options)).close();
}

/** A manifest as the writer makes it, of one table (the activity log) in the one part given. */
async function manifestWithPart(part: TablePart): Promise<string> {
  const sample = await writeSampleBackup(folder, { tables: [{ name: 'auditLog', schema: 'id, at', records: [{ id: 'a' }] }] });
  const manifest: BackupManifest = {
    ...sample.manifest,
    tables: sample.manifest.tables.map((table) => (table.name === 'auditLog' ? { ...table, records: part.records, parts: [part] } : table)),
  };
  await rm(sample.path);
  return JSON.stringify(manifest, null, 1);
}

async function craft(name: string, entries: CraftedEntry[]): Promise<string> {
  const path = join(folder, name);
  await writeCraftedBackup(path, entries);
  return path;
}

describe('the manifest', () => {
  it('declaring hundreds of MB: the backup list shows the file refused, nothing inflated', { timeout: 60_000 }, async () => {
    const dataFolder = join(folder, 'data');
    const backups = join(dataFolder, 'backups');
    await mkdir(backups, { recursive: true });
    await writeCraftedBackup(join(backups, backupFileName(new Date(2026, 10, 25, 9, 0, 0))), [{ name: manifestPath, compression: 8, ...deflatedZeros(384) }]);
    const service = createBackupService({ dataFolder, appVersion: 'test', dialogs: { chooseSavePath: async () => null } });

    const before = process.resourceUsage().maxRSS * 1024;
    const listed = await service.list();
    expect(process.resourceUsage().maxRSS * 1024 - before).toBeLessThan(boundedGrowth);
    expect(listed.backups).toEqual([expect.objectContaining({ summary: null, problem: 'beyondLimits' })]);
  });

  it('inflating to more than its zip declares: refused as soon as it passes that', { timeout: 60_000 }, async () => {
    const bomb = deflatedZeros(384);
    const path = await craft('lying manifest.backup', [{ name: manifestPath, compression: 8, stored: bomb.stored, size: 1000, crc: bomb.crc }]);
    await expectRefused(() => openAndClose(path, { verify: false }), 'damaged');
  });
});

describe('a part', () => {
  it('declaring more than any part Backoffice writes: refused on opening, nothing inflated', { timeout: 60_000 }, async () => {
    const bomb = deflatedZeros(partByteLimit / mebibyte + 88);
    const manifest = await manifestWithPart({ path: partPath, records: 5000, sha256: 'f'.repeat(64), bytes: bomb.size });
    const path = await craft('huge part.backup', [{ name: partPath, compression: 8, ...bomb }, deflatedEntry(manifestPath, manifest)]);

    await expectRefused(() => openAndClose(path), 'beyondLimits');
    // Listing too: the window would inflate it up to the manifest's size.
    await expectRefused(() => openAndClose(path, { verify: false }), 'beyondLimits');
  });

  it('whose zip entry declares more than the manifest lists: readPart refuses it, nothing inflated', { timeout: 60_000 }, async () => {
    const bomb = deflatedZeros(partByteLimit / mebibyte + 88);
    const manifest = await manifestWithPart({ path: partPath, records: 1, sha256: 'f'.repeat(64), bytes: 1000 });
    const path = await craft('part larger than listed.backup', [{ name: partPath, compression: 8, ...bomb }, deflatedEntry(manifestPath, manifest)]);

    const backup = await openBackup(path, { verify: false });
    try {
      await expectRefused(() => backup.readPart(partPath), 'damaged');
      await expectRefused(() => backup.readStoredPart(partPath), 'damaged');
    } finally {
      await backup.close();
    }
    await expectRefused(() => openAndClose(path), 'damaged');
  });

  it('inflating to more than it declares: refused as soon as it passes that, in verify and in readPart', { timeout: 60_000 }, async () => {
    const bomb = deflatedZeros(384);
    const manifest = await manifestWithPart({ path: partPath, records: 1, sha256: 'f'.repeat(64), bytes: 1000 });
    const path = await craft('lying part.backup', [{ name: partPath, compression: 8, stored: bomb.stored, size: 1000, crc: bomb.crc }, deflatedEntry(manifestPath, manifest)]);

    await expectRefused(() => openAndClose(path), 'damaged');
    const backup = await openBackup(path, { verify: false });
    try {
      await expectRefused(() => backup.readPart(partPath), 'damaged');
    } finally {
      await backup.close();
    }
  });
});
