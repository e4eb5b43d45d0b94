// Runs sandboxed before the page (bundled to CommonJS, as sandboxed preloads must be).
// Imports only electron and the zod-free bridge, so the bundle stays small.
import { contextBridge, ipcRenderer } from 'electron';
import { createBackofficeBridge } from './preload-bridge';

contextBridge.exposeInMainWorld('backoffice', createBackofficeBridge(ipcRenderer));
