/**
 * Runs in the page before the app, playing the preload's part: the SAME bridge code
 * (electron/preload-bridge) over an ipcRenderer made of the Playwright binding. A thrown
 * error is reworded as Electron words it ("Error invoking remote method 'CHANNEL':
 * Error: MESSAGE") so the renderer's error handling meets what it will really see.
 */
import { createBackofficeBridge, type IpcRendererLike } from '../../../electron/preload-bridge';

type Listener = (event: unknown, payload: unknown) => void;
type HarnessWindow = Window & {
  __backofficeInvoke(channel: string, payload: unknown): Promise<unknown>;
  __backofficeEmit(event: string, payload: unknown): void;
};

const page = window as unknown as HarnessWindow;
const listeners = new Map<string, Set<Listener>>();

const ipcRenderer: IpcRendererLike = {
  // The binding is looked up at call time: Playwright may install it after this script.
  invoke: (channel, payload) =>
    page.__backofficeInvoke(channel, payload).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Error invoking remote method '${channel}': Error: ${message}`);
    }),
  on: (channel, listener) => {
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel)!.add(listener);
  },
  removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
};

Object.defineProperty(window, 'backoffice', { value: Object.freeze(createBackofficeBridge(ipcRenderer)), enumerable: true });
Object.defineProperty(window, '__backofficeEmit', {
  // As webContents.send: every listener gets (event, payload).
  value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener({}, payload)),
});
