// The Electron glue: lifecycle, the one window, menu and IPC wiring. Everything with
// logic lives in modules that run in Node tests (security, menu, ipc, services); keep
// this file declarative.
import { app, BrowserWindow, ipcMain, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import type { EventPayloadOf, MenuCommand } from '../shared/ipc/contract';
import type { Language } from '../shared/i18n/languages';
import { createElectronDialogs } from './glue/electron-dialogs';
import { createElectronPrintEngine } from './glue/electron-print-engine';
import { createMainRegistry } from './ipc';
import { buildMenuTemplate } from './menu';
import {
  appEntryUrlFor,
  isTrustedAppUrl,
  navigationDecision,
  permissionDecision,
  secureWebPreferences,
  windowOpenDecision,
  withContentSecurityPolicy,
} from './security';
import { readBackupSettings } from './services/backup/backup-settings-file';
import { createLocalLog, localLogFolder } from './services/local-log';
import { createQuitGuard } from './services/backup/quit-guard';
import { readSettingsFile } from './services/settings-file';

const appEntryUrl = appEntryUrlFor({
  indexHtmlPath: join(__dirname, '../renderer/index.html'),
  devUrl: process.env.BACKOFFICE_DEV_URL,
  isPackaged: app.isPackaged,
});

let mainWindow: BrowserWindow | null = null;
let quitGuard: ReturnType<typeof createQuitGuard> | null = null;

function createMainWindow(): void {
  const appWindow = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Backoffice',
    webPreferences: { ...secureWebPreferences, preload: join(__dirname, 'preload.cjs') },
  });
  appWindow.once('ready-to-show', () => appWindow.show());
  // Closing the window quits the app (except on macOS): the backup on quit runs before it goes.
  appWindow.on('close', (event) => {
    if (process.platform !== 'darwin' && quitGuard?.beforeQuit()) event.preventDefault();
  });
  appWindow.on('closed', () => {
    mainWindow = null;
  });
  void appWindow.loadURL(appEntryUrl);
  mainWindow = appWindow;
}

function sendMenuCommand(command: MenuCommand): void {
  const payload: EventPayloadOf<'menu:command'> = { command };
  mainWindow?.webContents.send('menu:command', payload);
}

function setMenu(language: Language): void {
  const template = buildMenuTemplate(language, process.platform, sendMenuCommand, { developerTools: !app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function hardenDefaultSession(): void {
  const { defaultSession } = session;
  defaultSession.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
  defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
}

// Every web contents (the app window, the hidden print window, anything else): no webviews,
// no navigation away from the app, no new windows.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    if (navigationDecision(url, appEntryUrl) === 'deny') event.preventDefault();
  });
  contents.setWindowOpenHandler(() => windowOpenDecision());
});

async function start(): Promise<void> {
  await app.whenReady();
  hardenDefaultSession();
  const dataFolder = app.getPath('userData');
  const log = createLocalLog({ folder: localLogFolder(dataFolder), onWriteFailure: (error) => console.error('The local log cannot be written:', error) });
  const settings = await readSettingsFile(dataFolder, (reason) => log.write('warn', reason));
  setMenu(settings.language);

  const registry = createMainRegistry(
    {
      dataFolder,
      appVersion: app.getVersion(),
      platform: process.platform,
      printEngine: createElectronPrintEngine(),
      dialogs: createElectronDialogs(() => mainWindow),
      // Only the mail service calls it, with a mailto: URL it built from validated fields.
      openExternal: (url) => shell.openExternal(url),
      onSettingsChanged: (changed) => setMenu(changed.language),
      onBackupQuitReady: () => quitGuard?.windowDone(),
      log,
    },
    {
      isTrustedSender: (url) => isTrustedAppUrl(url, appEntryUrl),
      logError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
    },
  );
  for (const channel of registry.channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      registry.dispatch(channel, payload, { url: event.senderFrame?.url ?? '' }),
    );
  }

  // "Back up when closing": hold the quit until the window's backup is done (or times out).
  quitGuard = createQuitGuard({
    wantsBackup: async () => (await readBackupSettings(dataFolder)).preferences.schedule.onQuit,
    askWindow: () => {
      if (!mainWindow) return false;
      const payload: EventPayloadOf<'backup:quit-requested'> = {};
      mainWindow.webContents.send('backup:quit-requested', payload);
      return true;
    },
    quit: () => app.quit(),
  });
  app.on('before-quit', (event) => {
    if (quitGuard?.beforeQuit()) event.preventDefault();
  });

  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

// One running copy: a second launch focuses the first window and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('Backoffice could not start:', error);
    app.exit(1);
  });
}
