import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isBackupTempFileName } from '../../../shared/backup/format';
import { openBackup } from './backup-reader';
import { listFolderBackups, removeStaleTempFiles } from './backup-folder';
import { bookTagOf } from './book-tag';
import { sampleTables, writeSampleBackup } from './test-support';

// The writer runs in a child process that is killed (SIGKILL: no clean-up code runs) at a
// random moment, again and again. Every file that carries a backup name must verify; the
// temp files left behind are never listed, and the next run sweeps them away.

const writerScript = fileURLToPath(new URL('./write-forever.fixture.ts', import.meta.url));

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-killed-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Kills the writer `afterMs` after it began its first backup (not after it was spawned: start-up time varies with the machine's load). */
function runAndKill(firstSecond: number, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, folder, String(firstSecond)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (timer === undefined && chunk.toString().includes('writing')) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`The writer stopped by itself: ${errors}`));
    });
  });
}

it('a writer killed at random moments never leaves a damaged file under a backup name', { timeout: 180_000 }, async () => {
  const earlier = [
    await writeSampleBackup(folder, { tables: sampleTables(100), createdAt: new Date(2026, 1, 1, 8, 0, 0) }),
    await writeSampleBackup(folder, { tables: sampleTables(100), createdAt: new Date(2026, 1, 2, 8, 0, 0) }),
  ];
  let sawTempFile = false;
  const verified = new Set<string>();
  for (let round = 0; round < 8; round += 1) {
    await runAndKill(round * 1000, Math.floor(Math.random() * 1200));
    const names = await readdir(folder);
    sawTempFile ||= names.some(isBackupTempFileName);
    const listed = await listFolderBackups(folder);
    expect(listed.some((backup) => isBackupTempFileName(backup.fileName))).toBe(false);
    for (const backup of listed.filter((b) => !verified.has(b.fileName))) {
      await (await openBackup(backup.path)).close();
      verified.add(backup.fileName);
    }
  }
  expect(sawTempFile, 'at least one kill should land mid-write').toBe(true);
  for (const backup of earlier) expect((await listFolderBackups(folder)).map((b) => b.fileName)).toContain(backup.fileName);

  // The next run sweeps the leftovers and writes a good backup.
  await removeStaleTempFiles(folder, bookTagOf('BOOK-ACME'));
  expect((await readdir(folder)).filter(isBackupTempFileName)).toEqual([]);
  const next = await writeSampleBackup(folder, { tables: sampleTables(100), createdAt: new Date(2026, 3, 1, 8, 0, 0) });
  await (await openBackup(next.path)).close();
});
