import { expect, test } from './fixtures';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd' });
});

test('the sidebar opens sections; modules not built yet say so, and a reload keeps the section', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: 'Purchasing' }).click();
  await expect(nav.getByRole('link', { name: 'Purchasing' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: 'Purchasing pages' }).getByRole('link', { name: 'Orders', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main')).toContainText('No purchase orders yet');
  await nav.getByRole('link', { name: 'Documents' }).click();
  await expect(nav.getByRole('link', { name: 'Documents' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(/not (built|available)/);
  await nav.getByRole('link', { name: 'Inventory' }).click();
  await expect(page.getByRole('navigation', { name: 'Inventory pages' }).getByRole('link', { name: 'Stock', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
});

test('keyboard: skip link, Alt+digit shortcuts and a visible focus ring', async ({ page }) => {
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Bookkeeping' })).toBeVisible();

  await page.keyboard.press('Alt+1');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Supplies Ltd' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  // Tab moves on into the sidebar's links, each with a visible focus ring.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveClass(/nav-link/);
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('the application menu’s Settings opens Settings', async ({ page, app }) => {
  await app.emit('menu:command', { command: 'open-settings' });
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await app.emit('menu:command', { command: 'backup-now' });
  await expect(page.getByRole('heading', { level: 1, name: 'Backup' })).toBeVisible();
});
