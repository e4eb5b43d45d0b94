import { readFile, readdir } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeSetup } from './pages/setup-page';
import { occurrences, pdfText } from './pages/pdf';
import { seedAuditEntries } from './pages/seed';

const company = 'Harbour Supplies Ltd';

/** The company details print card lives in Settings. */
async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Print company details' })).toBeVisible();
}

test('Save as PDF prints the company details with header, page footers and every log row exactly once', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: company, address: '12 Quay Street, Bristol', taxNumber: 'GB123456789' });
  const seeded = await seedAuditEntries(page, 150);
  await page.reload();
  await openSettings(page);

  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Company details.pdf');

  expect(app.dialogs.asked).toHaveLength(1);
  const pages = await pdfText(join(app.exportsFolder, 'Company details.pdf'));
  expect(pages.length).toBeGreaterThan(2);
  pages.forEach((text, index) => {
    expect(text).toContain(company);
    expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
    expect(text).toContain('Printed');
  });
  const all = pages.join('\n');
  expect(all).toContain('GB123456789');
  expect(all).toContain('12 Quay Street, Bristol');
  for (const id of seeded) expect(occurrences(all, id), id).toBe(1);
  // The table's header row repeats on every page.
  for (const text of pages.slice(1)) expect(text).toContain('Date and time');
});

test('cancelling the save dialog writes nothing and shows no error', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: company });
  await openSettings(page);
  app.dialogs.answerNextSave(null);
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect.poll(() => app.dialogs.asked.length).toBe(1);
  // The company form beside it keeps its own (empty) status line; this card shows none.
  await expect(page.getByRole('region', { name: 'Print company details' }).locator('.status-error')).toHaveCount(0);
  expect(await readdir(app.exportsFolder)).toEqual([]);
});

test('Print… and the menu’s Print send the report to the printer', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: company });
  await openSettings(page);
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the printer.' })).toBeVisible();
  await app.emit('menu:command', { command: 'print' });
  await expect.poll(async () => (await readdir(app.printerFolder)).sort()).toEqual(['job-1.pdf', 'job-2.pdf']);
  const [first] = await pdfText(join(app.printerFolder, 'job-1.pdf'));
  expect(first).toContain(company);
  expect(first).toContain('Company details');
});

test('the activity log exports to Excel and CSV files that read back row for row', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: company });
  const seeded = await seedAuditEntries(page, 40);
  await page.reload();
  await openSettings(page);

  await page.getByRole('button', { name: 'Export Excel…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Activity log.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(app.exportsFolder, 'Activity log.xlsx'));
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([undefined, 'Date and time', 'Action', 'Records']);
  const records = sheet.getColumn(3).values.slice(2);
  for (const id of seeded) expect(records).toContain(id);
  expect(records).toHaveLength(seeded.length + 2); // plus "Company set up" and "Interface language set"

  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Activity log.csv');
  const csv = await readFile(join(app.exportsFolder, 'Activity log.csv'), 'utf8');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(seeded.length + 3);
  expect(csv).toContain('Company details changed,seed-record-0040');
});
