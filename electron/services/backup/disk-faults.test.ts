import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWhereAvailable } from '../../../tests/support/machine-needs';
import { openBackup } from './backup-reader';
import { BackupFault } from './faults';
import type { OpenWritableFile } from './temp-file';
import { openNewFile } from './temp-file';
import { sampleTables, writeSampleBackup } from './test-support';

// Disk full and read-only for real, on a 2 MiB tmpfs (mounting needs root, or passwordless
// sudo as on hosted CI runners; skipped elsewhere, but never under CI), and by an injected
// failing file everywhere.

async function reason(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'succeeded';
  } catch (error) {
    if (error instanceof BackupFault) return error.reason;
    throw error;
  }
}

/** Runs a mount command as root: directly when we are root, else through `sudo -n` (never asks for a password). */
function asRoot(command: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  execFileSync(root ? command : 'sudo', root ? args : ['-n', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

const mountPoint = await mkdtemp(join(tmpdir(), 'backoffice-tmpfs-'));
const cannotMount = ((): string | null => {
  try {
    asRoot('mount', ['-t', 'tmpfs', '-o', `size=2m,uid=${process.getuid?.() ?? 0},gid=${process.getgid?.() ?? 0}`, 'tmpfs', mountPoint]);
    return null;
  } catch (error) {
    const said = ((error as { stderr?: Buffer }).stderr?.toString() ?? String(error)).trim().split('\n')[0];
    return `cannot mount a 2 MiB tmpfs, which needs root or passwordless sudo (${said})`;
  }
})();
afterAll(async () => {
  if (cannotMount === null) asRoot('umount', [mountPoint]);
  await rm(mountPoint, { recursive: true, force: true });
});

describeWhereAvailable('on a small real disk', cannotMount, () => {
  it('full: clear error, no temp file, the earlier backup still verifies, and a retry after freeing space works', async () => {
    const earlier = await writeSampleBackup(mountPoint, { tables: sampleTables(50), createdAt: new Date(2026, 0, 1, 8, 0, 0) });
    // A book of random text that does not compress below the disk's size.
    const big = [{ name: 'notes', schema: 'id', records: Array.from({ length: 30_000 }, (_, i) => ({ id: i, text: randomBytes(100).toString('hex') })) }];
    expect(await reason(writeSampleBackup(mountPoint, { tables: big, createdAt: new Date(2026, 0, 2, 8, 0, 0) }))).toBe('diskFull');
    expect(await readdir(mountPoint)).toEqual([earlier.fileName]);
    await (await openBackup(earlier.path)).close();

    await rm(earlier.path);
    const retried = await writeSampleBackup(mountPoint, { tables: big.map((t) => ({ ...t, records: t.records.slice(0, 4000) })), createdAt: new Date(2026, 0, 3, 8, 0, 0) });
    await (await openBackup(retried.path)).close();
  });

  it('read-only: clear error, nothing lost, and a retry works once it is writable again', async () => {
    const before = await readdir(mountPoint);
    asRoot('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      expect(await reason(writeSampleBackup(mountPoint, { tables: sampleTables(10), createdAt: new Date(2026, 0, 4, 8, 0, 0) }))).toBe('readOnly');
      expect(await readdir(mountPoint)).toEqual(before);
    } finally {
      asRoot('mount', ['-o', 'remount,rw', mountPoint]);
    }
    expect(await reason(writeSampleBackup(mountPoint, { tables: sampleTables(10), createdAt: new Date(2026, 0, 4, 8, 0, 0) }))).toBe('succeeded');
  });
});

describe('anywhere', () => {
  it('a missing folder (an unplugged stick): clear error, and the backup works once it is back', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'backoffice-stick-'));
    const stick = join(parent, 'USB');
    try {
      expect(await reason(writeSampleBackup(stick, { tables: sampleTables(10) }))).toBe('folderUnreachable');
      await mkdir(stick);
      expect(await reason(writeSampleBackup(stick, { tables: sampleTables(10) }))).toBe('succeeded');
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('a write that fails with ENOSPC midway (injected): clear error, no temp file, earlier backups untouched', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'backoffice-enospc-'));
    try {
      const earlier = await writeSampleBackup(folder, { tables: sampleTables(50), createdAt: new Date(2026, 0, 1, 8, 0, 0) });
      let budget = 40_000;
      const fillsUp: OpenWritableFile = async (path) => {
        const file = await openNewFile(path);
        return {
          ...file,
          async write(bytes) {
            budget -= bytes.length;
            if (budget < 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            await file.write(bytes);
          },
        };
      };
      expect(await reason(writeSampleBackup(folder, { openTemp: fillsUp, createdAt: new Date(2026, 0, 2, 8, 0, 0) }))).toBe('diskFull');
      expect(await readdir(folder)).toEqual([earlier.fileName]);
      await (await openBackup(earlier.path)).close();
      expect(await reason(writeSampleBackup(folder, { createdAt: new Date(2026, 0, 2, 8, 0, 0) }))).toBe('succeeded');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('a file that is not a folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'backoffice-notfolder-'));
    try {
      await writeFile(join(folder, 'plain-file'), 'x');
      expect(await reason(writeSampleBackup(join(folder, 'plain-file')))).toBe('folderUnreachable');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
