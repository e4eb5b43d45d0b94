import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { Dialogs } from '../services/dialogs';

/** Native dialogs, modal to the app window; the save dialog starts in the folder asked for, else the user's Documents folder. */
export function createElectronDialogs(parentWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseSavePath({ title, defaultFileName, defaultFolder, filters }) {
      const options: SaveDialogOptions = {
        title,
        defaultPath: join(defaultFolder ?? app.getPath('documents'), defaultFileName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title }) {
      return firstPath(parentWindow(), { title, properties: ['openDirectory', 'createDirectory'] });
    },
    async chooseOpenFile({ title, filters }) {
      return firstPath(parentWindow(), { title, filters, properties: ['openFile'] });
    },
  };
}

async function firstPath(parent: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
