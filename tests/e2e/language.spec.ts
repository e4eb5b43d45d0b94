import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { completeSetup } from './pages/setup-page';

// Any space a locale uses as a group separator (space, no-break space, narrow no-break space).
const sp = '[\\s\\u00a0\\u202f]';

test('switching to Russian, then Hungarian, changes the shell and a date, the Hungarian regional format the amount, and both survive a reload', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Северный ветер ООО', currency: 'EUR' });

  const nav = () => page.getByRole('navigation');
  await nav().getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('regional-date')).toHaveText('March 15th, 2026');
  await expect(page.getByTestId('regional-amount')).toHaveText('€12,345.67');

  await page.getByLabel('Interface language').selectOption('ru');
  await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Разделы' }).getByText('Бухгалтерия')).toBeVisible();
  await expect(page.getByTestId('regional-date')).toHaveText('15 марта 2026 г.');
  // Words follow the language; digits follow the company's region (the US here).
  await expect(page.getByTestId('regional-amount')).toHaveText('€12,345.67');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  await page.getByLabel('Язык интерфейса').selectOption('hu');
  await expect(page.getByRole('navigation', { name: 'Részek' }).getByText('Könyvelés')).toBeVisible();
  await expect(page.getByTestId('regional-date')).toHaveText('2026. március 15.');
  await expect(page.getByTestId('regional-amount')).toHaveText('€12,345.67');
  // The Hungarian regional format, chosen apart from the language: Hungarian writes the euro by its code.
  await page.getByLabel('Területi formátum', { exact: true }).selectOption('hu-HU');
  await expect(page.getByTestId('regional-amount')).toHaveText(new RegExp(`^12${sp}345,67${sp}EUR$`));

  // main's handler mirrored the choice into the data folder's settings.json (for the menu).
  await expect
    .poll(async () => JSON.parse(await readFile(join(app.dataFolder, 'settings.json'), 'utf8')) as unknown)
    .toEqual({ language: 'hu', companyName: 'Северный ветер ООО' });

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Részek' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Beállítások' })).toBeVisible();
  await expect(page.getByTestId('regional-date')).toHaveText('2026. március 15.');
  await expect(page.getByTestId('regional-amount')).toHaveText(new RegExp(`^12${sp}345,67${sp}EUR$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
});
