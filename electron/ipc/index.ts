import type { SettingsFile } from '../../shared/ipc/contract';
import { createBackupService } from '../services/backup/backup-service';
import type { Dialogs } from '../services/dialogs';
import { createLocalLog, describeForLog, localLogFolder, type LocalLog } from '../services/local-log';
import type { PrintEngine } from '../services/printing/engine';
import { appHandlers } from './handlers/app';
import { backupHandlers } from './handlers/backup';
import { exportHandlers } from './handlers/export';
import { fileHandlers } from './handlers/files';
import { mailHandlers } from './handlers/mail';
import type { OpenExternal } from '../services/mail/order-mail';
import { printingHandlers } from './handlers/printing';
import { settingsHandlers } from './handlers/settings';
import { createRegistry, type Registry, type RegistryOptions } from './registry';

/**
 * Everything the handlers need from the outside world. Main passes Electron-backed
 * pieces; the test harness passes a Playwright print engine and a scripted dialog,
 * and binds the very same registry to the page.
 */
export type MainServices = {
  /** The app's folder (Electron userData): settings.json, documents/, backups/. */
  dataFolder: string;
  appVersion: string;
  platform: string;
  printEngine: PrintEngine;
  dialogs: Dialogs;
  /** Opens a mailto: URL in the system's mail client (Electron's shell.openExternal); without it, e-mailing fails clearly. */
  openExternal?: OpenExternal;
  /** Called after settings.json was written (main rebuilds the menu in the new language). */
  onSettingsChanged?: (settings: SettingsFile) => void;
  /** Called when the window finished its backup on quit (main then lets the app close). */
  onBackupQuitReady?: (backedUp: boolean) => void;
  /** The clock backups are stamped and named by; the real one unless a test drives it. */
  now?: () => Date;
  /** The local log; by default `logs/backoffice.log` in the data folder. */
  log?: LocalLog;
};

const noMailClient: OpenExternal = async () => {
  throw new Error('No mail client is connected to this window.');
};

/**
 * The registry main binds, with every failure's detail written to the local log: the
 * window gets a code and safe details, the log the paths and the OS's own words.
 */
export function createMainRegistry(services: MainServices, options: RegistryOptions): Registry & { log: LocalLog } {
  const log = services.log ?? createLocalLog({ folder: localLogFolder(services.dataFolder), onWriteFailure: (error) => console.error('The local log cannot be written:', error) });
  const backup = createBackupService({ ...services, onQuitReady: services.onBackupQuitReady });
  const registry = createRegistry(
    [appHandlers(services), settingsHandlers(services), printingHandlers(services), exportHandlers(services), fileHandlers(services), mailHandlers({ ...services, openExternal: services.openExternal ?? noMailClient }), backupHandlers(backup)],
    {
      ...options,
      logFailure: (channel, error, envelope) => {
        const unexpected = envelope.code === 'INTERNAL';
        log.write(unexpected ? 'error' : 'warn', `${channel} failed (${envelope.code}): ${describeForLog(error, { stack: unexpected })}`);
        options.logFailure?.(channel, error, envelope);
      },
    },
  );
  return { ...registry, log };
}

export type { Registry, RegistryOptions, Sender } from './registry';
