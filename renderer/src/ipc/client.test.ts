import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackofficeBridge } from '../../../shared/ipc/api';
import en from '../i18n/locales/en.json';
import { describeIpcError, invoke, IpcError, onAppEvent } from './client';

function stubBridge(invokeImpl: (channel: string, payload: unknown) => Promise<unknown>): void {
  const bridge = { invoke: invokeImpl, on: vi.fn(() => () => {}) } as unknown as BackofficeBridge;
  vi.stubGlobal('window', { backoffice: bridge });
}

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('invoke', () => {
  it('returns the value of a successful call', async () => {
    stubBridge(async () => ({ ok: true, value: { version: '1.2.3', platform: 'linux', dataFolder: '/data' } }));
    await expect(invoke('app:info', {})).resolves.toEqual({ version: '1.2.3', platform: 'linux', dataFolder: '/data' });
  });

  it('throws the envelope as an IpcError with code and details', async () => {
    const details = { issues: [{ path: 'title', message: 'Too small' }] };
    stubBridge(async () => ({ ok: false, error: { code: 'VALIDATION', message: 'Invalid request for print:save-pdf.', details } }));
    const error = await invoke('settings:write', { language: 'en', companyName: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect(error).toMatchObject({ code: 'VALIDATION', details, channel: 'settings:write' });
  });

  it('keeps only the details the window may see', async () => {
    const details = { reason: 'readOnly', fileName: '/home/anna/x.backup', osError: 'noPermission', path: '/home/anna' };
    stubBridge(async () => ({ ok: false, error: { code: 'IO_ERROR', message: 'A file could not be read or written.', details } }));
    const error = await invoke('backup:status', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IO_ERROR' });
    expect((error as IpcError).details).toEqual({ reason: 'readOnly', osError: 'noPermission' });
  });

  it("turns Electron's rejected call into INTERNAL with main's message", async () => {
    stubBridge(async () => {
      throw new Error("Error invoking remote method 'app:info': Error: disk on fire");
    });
    const error = await invoke('app:info', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INTERNAL', message: 'disk on fire', channel: 'app:info' });
  });

  it('refuses an answer that is not an IPC result', async () => {
    stubBridge(async () => 'surprise');
    await expect(invoke('app:info', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('says clearly when there is no bridge', async () => {
    vi.stubGlobal('window', {});
    const error = await invoke('app:info', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NO_BRIDGE' });
    expect((error as Error).message).toContain('window.backoffice');
  });

  it('subscribes to events only when the bridge exists', () => {
    vi.stubGlobal('window', {});
    expect(onAppEvent('menu:command', () => {})).toBeTypeOf('function');
  });
});

describe('describeIpcError', () => {
  it('lists the refused fields for VALIDATION', () => {
    const error = new IpcError('VALIDATION', 'bad', 'print:save-pdf', {
      issues: [
        { path: 'title', message: 'x' },
        { path: 'marginsMm.top', message: 'y' },
      ],
    });
    expect(describeIpcError(error, t.t)).toContain('title, marginsMm.top');
  });

  it("builds IO and internal errors from the code and safe details, never from main's message", () => {
    const raw = "EACCES: permission denied, open '/home/anna/Reports/.tb.pdf.partial'";
    const io = describeIpcError(new IpcError('IO_ERROR', raw, 'print:save-pdf', { fileName: 'tb.pdf', osError: 'noPermission' }), t.t);
    expect(io).toBe('The file tb.pdf could not be read or written. Reason: no permission. Check the folder and the free disk space, then try again.');
    expect(describeIpcError(new IpcError('IO_ERROR', raw, 'settings:write'), t.t)).toBe(
      'A file could not be read or written. Check the folder and the free disk space, then try again.',
    );
    const internal = describeIpcError(new IpcError('INTERNAL', raw, 'print:to-printer'), t.t);
    expect(internal).toMatch(/^Backoffice ran into an internal problem\./);
    for (const text of [io, internal]) expect(text).not.toMatch(/EACCES|permission denied|\/home/);
  });

  it('names the refused file, and says so plainly without one', () => {
    expect(describeIpcError(new IpcError('FILE_REFUSED', 'x', 'files:open-statement', { fileName: 'march.csv' }), t.t)).toBe(
      'The file march.csv was refused. Choose another file.',
    );
    expect(describeIpcError(new IpcError('FILE_REFUSED', 'x', 'files:open-statement'), t.t)).toBe('The file was refused. Choose another file.');
  });

  it('translates every code, and errors from elsewhere', () => {
    expect(describeIpcError(new IpcError('FORBIDDEN_SENDER', 'no', 'app:info'), t.t)).toMatch(/Backoffice window/);
    expect(describeIpcError(new Error('boom'), t.t)).toBe('Something went wrong: boom');
  });
});
