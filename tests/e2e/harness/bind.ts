import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { AppEvent, EventPayloadOf } from '../../../shared/ipc';
import { createMainRegistry } from '../../../electron/ipc';
import { isTrustedAppUrl } from '../../../electron/security';
import { createChromiumPrintEngine } from '../../../electron/services/printing/chromium-engine';
import { MainClock } from './main-clock';
import { ScriptedDialogs } from './scripted-dialogs';
import { toPageSafe } from './page-safe';
import { bridgeShimSource } from './bridge-shim';

export type BindOptions = {
  dataFolder: string;
  appUrl: string;
  /** Chromium used to render PDFs (page.pdf needs a headless browser). */
  printBrowser: () => Promise<Browser>;
  appVersion?: string;
};

/**
 * Binds the SAME handler registry that Electron's main registers into a browser context,
 * and gives the page the same `window.backoffice` the preload gives it. Must run before
 * the first navigation.
 */
export async function bindBackoffice(context: BrowserContext, options: BindOptions) {
  const exportsFolder = join(options.dataFolder, 'exports');
  const printerFolder = join(options.dataFolder, 'printer');
  await mkdir(exportsFolder, { recursive: true });
  const dialogs = new ScriptedDialogs(exportsFolder);
  const mainClock = new MainClock();
  let printed = 0;
  // The one part of e-mailing that cannot run here: no mail client exists on a test
  // machine, so the URL main would hand to shell.openExternal is recorded instead.
  const mailsOpened: string[] = [];

  const registry = createMainRegistry(
    {
      dataFolder: options.dataFolder,
      appVersion: options.appVersion ?? '0.0.0-test',
      platform: process.platform,
      dialogs,
      openExternal: async (url) => {
        mailsOpened.push(url);
      },
      now: mainClock.now,
      printEngine: createChromiumPrintEngine(options.printBrowser, async (pdf) => {
        await mkdir(printerFolder, { recursive: true });
        printed += 1;
        await writeFile(join(printerFolder, `job-${printed}.pdf`), pdf);
        return true;
      }),
    },
    {
      isTrustedSender: (url) => isTrustedAppUrl(url, options.appUrl),
      logError: (channel, error) => console.error(`[main] ${channel} failed:`, error),
    },
  );

  // Lets a test play a renderer out of step with main by rewriting what it sends, or hold a
  // request back (a promise) to stop the app at a chosen moment.
  const tamper = { rewrite: (_channel: unknown, payload: unknown): unknown => payload };

  await context.exposeBinding('__backofficeInvoke', async (source, channel: unknown, payload: unknown) => {
    const result = await registry.dispatch(channel, await tamper.rewrite(channel, payload), { url: source.frame.url() });
    return toPageSafe(result);
  });
  await context.addInitScript({ content: bridgeShimSource() });

  // PDFs "printed" land in printerFolder: no printer exists here, so jobs are spooled as files.
  return { registry, dialogs, mainClock, printerFolder, exportsFolder, tamper, mailsOpened };
}

/** Sends a main-process event to the page, as `webContents.send` would. */
export async function emitAppEvent<E extends AppEvent>(page: Page, event: E, payload: EventPayloadOf<E>) {
  await page.evaluate(
    ([name, data]) => (window as unknown as { __backofficeEmit(n: string, d: unknown): void }).__backofficeEmit(name, data),
    [event, payload] as const,
  );
}
