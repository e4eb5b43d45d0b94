import { expect, test } from './fixtures';
import { completeSetup } from './pages/setup-page';

test('first run: the setup form refuses bad details, then the home page shows the company after a reload', async ({ page, app }) => {
  await app.open();
  await expect(page.getByRole('heading', { name: 'Set up your company' })).toBeVisible();

  // Nothing filled in, and a currency that does not exist.
  await page.getByLabel('Base currency').fill('XYZ');
  await page.getByRole('button', { name: 'Save and start' }).click();
  await expect(page.getByLabel('Company name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Fill in this field.')).toBeVisible();
  await expect(page.getByText('Enter a known three-letter currency code, such as EUR.')).toBeVisible();
  await expect(page.getByText("Choose the company's country.")).toBeVisible();
  await expect(page.getByLabel('Company name')).toBeFocused();
  // What was typed is still there.
  await expect(page.getByLabel('Base currency')).toHaveValue('XYZ');

  await completeSetup(page, { name: 'Kovács és Társa Kft.', address: 'Fő utca 1.\n1011 Budapest', taxNumber: '12345678-2-41', currency: 'huf' });

  const main = page.getByRole('main');
  await expect(main.getByText('HUF', { exact: true })).toBeVisible();
  await expect(main.getByText('12345678-2-41')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kovács és Társa Kft.' })).toBeVisible();
  await expect(page.getByRole('main').getByText('12345678-2-41')).toBeVisible();
  await expect(page.getByRole('main').getByText('Company set up')).toBeVisible();
});
