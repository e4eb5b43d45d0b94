import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { AppEvent, EventPayloadOf } from '../../shared/ipc';
import { bindBackoffice, emitAppEvent } from './harness/bind';
import type { MainClock } from './harness/main-clock';
import type { ScriptedDialogs } from './harness/scripted-dialogs';

export type App = {
  /** This test's own app data folder (settings.json, exports, printer spool). */
  dataFolder: string;
  /** Where "Save as PDF" lands unless a test answers the dialog otherwise. */
  exportsFolder: string;
  printerFolder: string;
  dialogs: ScriptedDialogs;
  /** Main's clock (backups are stamped by it): `advance` moves it on, the page's clock stays. */
  mainClock: MainClock;
  /** The mailto: URLs main opened (recorded: no mail client exists here). */
  mailsOpened: string[];
  /** Opens the app (optionally at a section's hash) and waits for the first screen. */
  open(hash?: string): Promise<void>;
  emit<E extends AppEvent>(event: E, payload: EventPayloadOf<E>): Promise<void>;
  /** Rewrites requests on their way to main, as a renderer out of step with main would send them; a promise holds the request until it settles. */
  rewriteRequests(rewrite: (channel: unknown, payload: unknown) => unknown): void;
};

/**
 * Every test gets a fresh browser context (fresh IndexedDB), its own temp data folder,
 * and the real main-process handlers bound into the page before it loads.
 */
export const test = base.extend<{ app: App }>({
  app: async ({ context, page, browser, baseURL }, use) => {
    const dataFolder = await mkdtemp(join(tmpdir(), 'backoffice-e2e-'));
    const appUrl = `${baseURL ?? ''}/`;
    const bound = await bindBackoffice(context, { dataFolder, appUrl, printBrowser: async () => browser });
    await use({
      dataFolder,
      exportsFolder: bound.exportsFolder,
      printerFolder: bound.printerFolder,
      dialogs: bound.dialogs,
      mainClock: bound.mainClock,
      mailsOpened: bound.mailsOpened,
      open: async (hash = '') => {
        await page.goto(`${appUrl}${hash}`);
        await expect(page.locator('#root > *').first()).toBeVisible();
      },
      emit: (event, payload) => emitAppEvent(page, event, payload),
      rewriteRequests: (rewrite) => {
        bound.tamper.rewrite = rewrite;
      },
    });
    // Main may still be finishing a file (a quit backup) as the test ends: retry a moment.
    await rm(dataFolder, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  },
});

export { expect };
export type { Page };
