import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { Dialogs } from '../services/dialogs';

/** Native save dialog, modal to the app window, starting in the user's Documents folder. */
export function createElectronDialogs(parentWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseSavePath({ title, defaultFileName, filters }) {
      const options: SaveDialogOptions = {
        title,
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
