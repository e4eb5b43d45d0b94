import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalLog, describeForLog, localLogFileName } from './local-log';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-log-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const at = () => new Date('2026-11-25T09:00:00.000Z');

describe('the local log', () => {
  it('appends entries in order, one per line with continuation lines indented, making its folder', async () => {
    const log = createLocalLog({ folder: join(folder, 'logs'), now: at });
    expect(log.write('warn', 'backup:begin failed: first\nsecond line')).toBeUndefined();
    log.write('error', 'another');
    await log.flushed();
    expect(await readFile(join(folder, 'logs', localLogFileName), 'utf8')).toBe(
      '2026-11-25T09:00:00.000Z WARN backup:begin failed: first\n    second line\n2026-11-25T09:00:00.000Z ERROR another\n',
    );
    // A second log on the same folder (the next start of the app) adds to it.
    const next = createLocalLog({ folder: join(folder, 'logs'), now: at });
    next.write('info', 'started');
    await next.flushed();
    expect((await readFile(next.path, 'utf8')).split('\n')).toHaveLength(5);
  });

  it('moves a full file aside and starts a new one, keeping one older file', async () => {
    const log = createLocalLog({ folder, maxBytes: 200, now: at });
    const entry = (n: number) => `entry ${n} ${'x'.repeat(60)}`;
    for (let n = 1; n <= 3; n += 1) {
      log.write('warn', entry(n));
      await log.flushed();
    }
    expect((await readdir(folder)).sort()).toEqual([localLogFileName, `${localLogFileName}.1`]);
    expect(await readFile(join(folder, `${localLogFileName}.1`), 'utf8')).toContain('entry 2');
    expect(await readFile(join(folder, localLogFileName), 'utf8')).toContain('entry 3');
    for (let n = 4; n <= 7; n += 1) {
      log.write('warn', entry(n));
      await log.flushed();
    }
    expect((await readdir(folder)).sort()).toEqual([localLogFileName, `${localLogFileName}.1`]);
    const kept = (await readFile(join(folder, `${localLogFileName}.1`), 'utf8')) + (await readFile(join(folder, localLogFileName), 'utf8'));
    expect(kept).toContain('entry 7');
    expect(kept).not.toContain('entry 1 ');
    for (const name of await readdir(folder)) expect((await readFile(join(folder, name))).length).toBeLessThanOrEqual(200);
  });

  it('never fails the caller when it cannot be written; it says why to whoever listens', async () => {
    await writeFile(join(folder, 'not a folder'), 'x');
    const problems: unknown[] = [];
    const log = createLocalLog({ folder: join(folder, 'not a folder', 'logs'), onWriteFailure: (error) => problems.push(error) });
    log.write('error', 'lost');
    await log.flushed();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'ENOTDIR' });
  });

  it('describes an error with its causes, and its stack only when asked', () => {
    const os = Object.assign(new Error("EACCES: permission denied, open '/home/anna/x'"), { code: 'EACCES' });
    const fault = new Error('Cannot write there: /home/anna', { cause: os });
    expect(describeForLog(fault)).toBe("Error: Cannot write there: /home/anna\ncaused by: Error: EACCES: permission denied, open '/home/anna/x'");
    expect(describeForLog(fault, { stack: true })).toMatch(/^Error: Cannot write there: \/home\/anna\n\s+at /);
    expect(describeForLog({ code: 'odd' })).toBe('{"code":"odd"}');
  });
});
