import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { AppEvent, Channel } from '../shared/ipc/contract';
import { createBackofficeBridge, type IpcRendererLike } from './preload-bridge';

/** An ipcRenderer stand-in: records invokes and emits events like webContents.send would. */
function fakeIpc() {
  const emitter = new EventEmitter();
  const invoked: { channel: string; payload: unknown }[] = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, payload) => {
      invoked.push({ channel, payload });
      return { ok: true, value: { version: '1.0.0', platform: 'linux', dataFolder: '/data' } };
    },
    on: (channel, listener) => emitter.on(channel, listener),
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
  };
  const send = (channel: string, payload: unknown) => emitter.emit(channel, { sender: 'electron-internals' }, payload);
  return { ipc, invoked, send, listenerCount: (channel: string) => emitter.listenerCount(channel) };
}

describe('createBackofficeBridge', () => {
  it('passes contract channels through to main and returns main’s envelope', async () => {
    const { ipc, invoked } = fakeIpc();
    const result = await createBackofficeBridge(ipc).invoke('app:info', {});
    expect(invoked).toEqual([{ channel: 'app:info', payload: {} }]);
    expect(result).toEqual({ ok: true, value: { version: '1.0.0', platform: 'linux', dataFolder: '/data' } });
  });

  it('refuses channels outside the contract without calling main', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBackofficeBridge(ipc);
    const result = await bridge.invoke('fs:read' as Channel, {} as never);
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown IPC channel: fs:read', details: { channel: 'fs:read' } },
    });
    expect(invoked).toEqual([]);
  });

  it('delivers contract events with the payload only, until unsubscribed', () => {
    const { ipc, send, listenerCount } = fakeIpc();
    const received: unknown[] = [];
    const unsubscribe = createBackofficeBridge(ipc).on('menu:command', (payload) => received.push(payload));
    send('menu:command', { command: 'print' });
    unsubscribe();
    send('menu:command', { command: 'backup-now' });
    expect(received).toEqual([{ command: 'print' }]);
    expect(listenerCount('menu:command')).toBe(0);
  });

  it('refuses to subscribe to events outside the contract', () => {
    const { ipc, listenerCount } = fakeIpc();
    expect(() => createBackofficeBridge(ipc).on('ipc:raw' as AppEvent, () => undefined)).toThrow(/Unknown app event/);
    expect(listenerCount('ipc:raw')).toBe(0);
  });
});
