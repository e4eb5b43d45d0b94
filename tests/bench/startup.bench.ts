import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PreviewServer } from 'vite';
import type { Benchmark } from './measure';
import { createBenchProfile, launchApp, servePages } from './browser';
import { completeSetup } from '../e2e/pages/setup-page';

const companyName = 'Bench Trading Kft.';

async function homeVisible(page: Page) {
  await page.getByRole('heading', { name: companyName }).waitFor({ state: 'visible' });
}

/** App start to interactive: browser launch → the home screen of a set-up company. */
export function startupBenchmark(): Benchmark {
  let server: PreviewServer | undefined;
  let url = '';
  let profile: Awaited<ReturnType<typeof createBenchProfile>> | undefined;
  let dataFolder = '';

  return {
    name: 'app start',
    async prepare() {
      ({ server, url } = await servePages('renderer/vite.config.ts'));
      profile = await createBenchProfile();
      dataFolder = join(profile.folder, 'data');
      await mkdir(dataFolder, { recursive: true });
      const context = await launchApp(profile.profileFolder, dataFolder, url);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      await completeSetup(page, { name: companyName });
      await homeVisible(page);
      await context.close();
    },
    async run() {
      const launchedAt = performance.now();
      const context = await launchApp(profile!.profileFolder, dataFolder, url);
      const page = context.pages()[0] ?? (await context.newPage());
      const navigatedAt = performance.now();
      await page.goto(url);
      await homeVisible(page);
      const doneAt = performance.now();
      await context.close();
      return {
        'launch → home interactive': doneAt - launchedAt,
        'page load → home interactive': doneAt - navigatedAt,
      };
    },
    async cleanup() {
      await server?.close();
      await profile?.remove();
    },
  };
}
