import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { bindBackoffice } from '../e2e/harness/bind';
import { chromiumArgs, chromiumPath } from '../e2e/harness/chromium';

/** Where benchmark pages are built: outside dist/, so no installer ever carries them. */
export const benchBuildFolder = (name: string) => join(process.cwd(), '.tmp', 'bench', name);

/** Serves a built page folder over HTTP on a free port. */
export async function servePages(configFile: string, outDir?: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    configFile,
    logLevel: 'warn',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, server };
}

/**
 * A persistent profile in a temp folder, as Electron keeps its IndexedDB on disk: the
 * in-memory default context is 2–3× faster than what users get and would flatter us.
 */
export async function createBenchProfile() {
  const folder = await mkdtemp(join(tmpdir(), 'backoffice-bench-'));
  return {
    folder,
    profileFolder: join(folder, 'profile'),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

export async function launchApp(profileFolder: string, dataFolder: string, appUrl: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileFolder, {
    headless: true,
    executablePath: chromiumPath(),
    args: chromiumArgs,
  });
  await bindBackoffice(context, {
    dataFolder,
    appUrl,
    printBrowser: () => Promise.reject(new Error('Benchmarks do not print.')),
  });
  return context;
}
