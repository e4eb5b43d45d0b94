import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IpcFailure } from '../../shared/ipc/errors';
import { createRegistry, defineHandlers, type HandlerGroup, type Sender } from './registry';

const appUrl = 'file:///app/index.html';
const trusted: Sender = { url: appUrl };
const options = { isTrustedSender: (url: string) => url === appUrl };

const info = defineHandlers('app', {
  'app:info': async () => ({ version: '1.2.3', platform: 'linux', dataFolder: '/data' }),
});

const validJob = {
  title: '  Trial balance  ',
  companyName: 'Acme',
  html: '<p>x</p>',
  pageSize: 'A4',
  landscape: false,
  marginsMm: { top: 10, right: 10, bottom: 10, left: 10 },
  footer: { pageOfPages: 'Page {page} of {pages}', printedAt: 'today' },
};

describe('createRegistry at start', () => {
  it('rejects a channel registered twice, naming both groups', () => {
    const again = defineHandlers('diagnostics', { 'app:info': info.handlers['app:info']! });
    expect(() => createRegistry([info, again], options)).toThrow(
      'IPC channel "app:info" is registered twice: by "app" and "diagnostics".',
    );
  });

  it('rejects a group registering a channel the contract does not know', () => {
    const rogue = defineHandlers('files', { 'fs:read': async () => ({}) } as unknown as HandlerGroup['handlers']);
    expect(() => createRegistry([info, rogue], options)).toThrow(
      'Handler group "files" registers "fs:read", which is not in the IPC contract.',
    );
  });

  it('lists the channels it handles', () => {
    expect(createRegistry([info], options).channels).toEqual(['app:info']);
  });
});

describe('dispatch', () => {
  it('answers a valid request with the handler’s value', async () => {
    expect(await createRegistry([info], options).dispatch('app:info', {}, trusted)).toEqual({
      ok: true,
      value: { version: '1.2.3', platform: 'linux', dataFolder: '/data' },
    });
  });

  it('hands the handler the parsed request and the sender', async () => {
    const seen: unknown[] = [];
    const printing = defineHandlers('printing', {
      'print:to-printer': async (job, sender) => {
        seen.push(job.title, sender);
        return { printed: true };
      },
    });
    await createRegistry([printing], options).dispatch('print:to-printer', validJob, trusted);
    expect(seen).toEqual(['Trial balance', trusted]);
  });

  it('refuses a sender that is not the app page, before running anything', async () => {
    let ran = false;
    const registry = createRegistry(
      [
        defineHandlers('app', {
          'app:info': async () => {
            ran = true;
            return { version: '', platform: '', dataFolder: '' };
          },
        }),
      ],
      options,
    );
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', '']) {
      const result = await registry.dispatch('app:info', {}, { url });
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(ran).toBe(false);
  });

  it('answers an invalid payload with VALIDATION and the invalid fields', async () => {
    const printing = defineHandlers('printing', { 'print:to-printer': async () => ({ printed: true }) });
    const result = await createRegistry([printing], options).dispatch(
      'print:to-printer',
      { ...validJob, title: '', marginsMm: { ...validJob.marginsMm, top: -1 }, extra: 1 },
      trusted,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'The request is not valid.' } });
    const issues = (result as { error: { details: { issues: { path: string }[] } } }).error.details.issues;
    expect(issues.map((issue) => issue.path).sort()).toEqual(['', 'marginsMm.top', 'title']);
  });

  it('answers UNKNOWN_CHANNEL for a channel outside the contract or without a handler', async () => {
    const registry = createRegistry([info], options);
    expect(await registry.dispatch('fs:read', {}, trusted)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown IPC channel.', details: { channel: 'fs:read' } },
    });
    expect(await registry.dispatch('settings:write', { language: 'en', companyName: '' }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await registry.dispatch(42, {}, trusted)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('keeps the code of an IpcFailure a handler throws', async () => {
    const failing = defineHandlers('app', {
      'app:info': async () => {
        throw new IpcFailure('IO_ERROR', 'Disk full', { fileName: 'a.pdf' });
      },
    });
    expect(await createRegistry([failing], options).dispatch('app:info', {}, trusted)).toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: 'A file could not be read or written.', details: { fileName: 'a.pdf' } },
    });
  });

  it('turns any other error into INTERNAL and logs it', async () => {
    const logged: [string, unknown][] = [];
    const failing = defineHandlers('app', {
      'app:info': async () => {
        throw new Error('boom');
      },
    });
    const registry = createRegistry([failing], { ...options, logError: (channel, error) => logged.push([channel, error]) });
    expect(await registry.dispatch('app:info', {}, trusted)).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Internal error; the details are in the local log.' } });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.[0]).toBe('app:info');
  });

  it('turns a response that breaks the contract into INTERNAL, logging which fields', async () => {
    const logged: unknown[] = [];
    const drifting = defineHandlers('app', {
      'app:info': async () => ({ version: 1 }) as unknown as { version: string; platform: string; dataFolder: string },
    });
    const registry = createRegistry([drifting], { ...options, logError: (_channel, error) => logged.push(error) });
    expect(await registry.dispatch('app:info', {}, trusted)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Internal error; the details are in the local log.' },
    });
    const cause = (logged[0] as Error).cause as { path: string }[];
    expect(cause.map((issue) => issue.path).sort()).toEqual(['dataFolder', 'platform', 'version']);
  });

  it("never sends a handler's message, or details that name a folder or quote the OS; the log hears them all", async () => {
    const raw = "EACCES: permission denied, open '/home/anna/Backups/.Backoffice 2026-11-25 090001.backup.partial'";
    const heard: [string, unknown, unknown][] = [];
    const failing = defineHandlers('app', {
      'app:info': async () => {
        throw new IpcFailure('IO_ERROR', raw, { reason: 'readOnly', fileName: '/home/anna/Backups/x.backup', osError: 'noPermission', folder: '/home/anna/Backups', os: raw });
      },
    });
    const registry = createRegistry([failing], { ...options, logFailure: (channel, error, envelope) => heard.push([channel, error, envelope]) });
    const result = await registry.dispatch('app:info', {}, trusted);
    expect(result).toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: 'A file could not be read or written.', details: { reason: 'readOnly', osError: 'noPermission' } },
    });
    expect(JSON.stringify(result)).not.toMatch(/\/|EACCES|permission denied/);
    expect(heard).toHaveLength(1);
    expect(heard[0]![0]).toBe('app:info');
    expect((heard[0]![1] as Error).message).toBe(raw);
    expect(heard[0]![2]).toEqual((result as { error: unknown }).error);
  });

  it('turns a file-system error no handler expected into IO_ERROR with only the kind of OS error', async () => {
    const failing = defineHandlers('app', {
      'app:info': async () => {
        // A real failure: reading a file inside a "folder" that is a file.
        await readFile(join(fileURLToPath(import.meta.url), 'settings.json'));
        return { version: '', platform: '', dataFolder: '' };
      },
    });
    const logged: unknown[] = [];
    const result = await createRegistry([failing], { ...options, logError: (_channel, error) => logged.push(error) }).dispatch('app:info', {}, trusted);
    expect(result).toEqual({ ok: false, error: { code: 'IO_ERROR', message: 'A file could not be read or written.', details: { osError: 'notAFolder' } } });
    expect(String(logged[0])).toContain('ENOTDIR');
  });
});
