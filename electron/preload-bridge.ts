import type { BackofficeBridge } from '../shared/ipc/api';
import type { Channel, RequestOf, ResponseOf } from '../shared/ipc/contract';
import type { IpcResult } from '../shared/ipc/errors';
import { isAppEvent, isChannel } from '../shared/ipc/names';

/**
 * `window.backoffice`, built on an ipcRenderer. Kept apart from preload.ts (which only
 * imports electron and calls this) so it is tested in Node. It passes on only contract
 * channels and events, and never hands the page Electron's event object.
 */

type IpcListener = (event: unknown, payload: unknown) => void;

/** The part of Electron's ipcRenderer the bridge uses. */
export type IpcRendererLike = {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
};

export function createBackofficeBridge(ipc: IpcRendererLike): BackofficeBridge {
  return {
    invoke<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
      if (!isChannel(channel)) {
        const name = String(channel).slice(0, 100);
        return Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: `Unknown IPC channel: ${name}`, details: { channel: name } },
        });
      }
      // Main's registry answers every call with an IpcResult envelope; it never throws.
      return ipc.invoke(channel, payload) as Promise<IpcResult<ResponseOf<C>>>;
    },
    on(event, listener) {
      if (!isAppEvent(event)) throw new Error(`Unknown app event: ${String(event).slice(0, 100)}`);
      const forward: IpcListener = (_event, payload) => listener(payload as Parameters<typeof listener>[0]);
      ipc.on(event, forward);
      return () => {
        ipc.removeListener(event, forward);
      };
    },
  };
}
