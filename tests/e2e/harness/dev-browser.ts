/**
 * Development host for machines without the Electron binary: opens the built app in a
 * visible Chromium window with a persistent profile and data folder, and the real
 * main-process handlers bound in (the same binding the end-to-end tests use).
 * Needs a display; on a headless machine run it under `xvfb-run`.
 */
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { bindBackoffice } from './bind';
import { chromiumArgs, chromiumPath } from './chromium';

const dataFolder = process.env.BACKOFFICE_DATA ?? join(homedir(), '.local', 'share', 'backoffice-browser');
const port = Number(process.env.BACKOFFICE_PORT ?? 5178);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run `xvfb-run npm run dev:browser`, or start it from a desktop session.');
  process.exit(1);
}

await mkdir(dataFolder, { recursive: true });
const server = await preview({
  configFile: 'renderer/vite.config.ts',
  preview: { host: '127.0.0.1', port, strictPort: true },
});
const appUrl = `http://127.0.0.1:${port}/`;

let printBrowser: Promise<Browser> | undefined;
const context = await chromium.launchPersistentContext(join(dataFolder, 'chromium-profile'), {
  headless: false,
  executablePath: chromiumPath(),
  args: chromiumArgs,
  viewport: null,
});
await bindBackoffice(context, {
  dataFolder,
  appUrl,
  appVersion: process.env.npm_package_version,
  // page.pdf() needs a headless browser, started the first time something is printed.
  printBrowser: () => (printBrowser ??= chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })),
});

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(appUrl);
console.log(`Backoffice is open in Chromium. Data folder: ${dataFolder}. Close the window to quit.`);

context.on('close', async () => {
  await (await printBrowser)?.close();
  await server.close();
  process.exit(0);
});
