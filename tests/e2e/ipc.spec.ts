import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { completeSetup } from './pages/setup-page';

test('a handler called from the page writes a real file in the data folder', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd' });
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Interface language').selectOption('ru');

  const file = join(app.dataFolder, 'settings.json');
  await expect
    .poll(() => readFile(file, 'utf8').then((text) => JSON.parse(text) as unknown, () => null))
    .toEqual({ language: 'ru', companyName: 'Harbour Supplies Ltd' });
});

test('an invalid payload is refused by main with a validation error the user sees translated', async ({ page, app }) => {
  // A renderer out of step with main: the language it sends is one main does not know.
  app.rewriteRequests((channel, payload) =>
    channel === 'settings:write' ? { ...(payload as Record<string, unknown>), language: 'xx' } : payload,
  );
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd' });
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Interface language').selectOption('hu');

  // The preference itself is saved (the screen turned Hungarian); main refused the mirror,
  // and the user reads why in Hungarian, naming the refused field.
  await expect(page.getByRole('navigation', { name: 'Részek' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'A nyelvet elmentettük, de az alkalmazás menüjét nem sikerült átállítani' }))
    .toContainText('néhány érték érvénytelen (language)');
  await expect.poll(() => stat(join(app.dataFolder, 'settings.json')).then(() => true, () => false)).toBe(false);
});

test('an unknown channel is refused, both by the bridge and by main', async ({ page, app }) => {
  await app.open();
  const fromBridge = await page.evaluate(() =>
    (window as unknown as { backoffice: { invoke(c: string, p: unknown): Promise<unknown> } }).backoffice.invoke('files:delete-all', {}),
  );
  expect(fromBridge).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });

  const fromMain = await page.evaluate(() =>
    (window as unknown as { __backofficeInvoke(c: string, p: unknown): Promise<unknown> }).__backofficeInvoke('files:delete-all', {}),
  );
  expect(fromMain).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
});
