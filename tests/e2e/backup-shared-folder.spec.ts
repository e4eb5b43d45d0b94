import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openBackup } from '../../electron/services/backup/backup-reader';
import { bookTagOf } from '../../electron/services/backup/book-tag';
import { sampleTables, writeSampleBackup } from '../../electron/services/backup/test-support';
import { backUpNow, backupFiles, openBackupSection, tableDump } from './backup.helpers';
import { expect, test } from './fixtures';
import { completeSetup } from './pages/setup-page';

const company = 'Harbour Supplies Ltd';

test('a backup folder shared with another company: the keep rule removes only this company’s backups', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: company });
  await openBackupSection(page);

  // A stick that another computer backs up another company to, with a backup from an older version too.
  const stick = join(app.dataFolder, 'shared stick');
  await mkdir(stick);
  const otherCompany = await writeSampleBackup(stick, { tables: sampleTables(5), bookId: 'OTHER-COMPANY', createdAt: new Date(2026, 0, 5, 9, 0, 0) });
  const olderVersion = await writeSampleBackup(stick, { tables: sampleTables(5), createdAt: new Date(2026, 0, 6, 9, 0, 0) });
  app.dialogs.answerNextFolder(stick);
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByTestId('backup-folder')).toHaveText(stick);

  // Keep only the latest backup.
  await page.getByRole('spinbutton', { name: 'latest backups' }).fill('1');
  await page.getByRole('spinbutton', { name: 'days with one backup each' }).fill('0');
  await page.getByRole('spinbutton', { name: 'months with one backup each' }).fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup settings saved.' })).toBeVisible();

  const first = await backUpNow(page);
  await page.getByRole('button', { name: 'Back up now' }).first().click();
  await expect.poll(async () => (await backupFiles(stick)).includes(first), { timeout: 20_000 }).toBe(false);
  const files = await backupFiles(stick);
  expect(files).toHaveLength(3);
  expect(files).toEqual(expect.arrayContaining([otherCompany.fileName, olderVersion.fileName]));

  // The window named the book: its company record's id, in the manifest and (as a tag) in the name.
  const companyRecord = (await tableDump(page)).settings!.find((record) => (record as { key: string }).key === 'company') as { id: string };
  const ours = files.find((name) => name !== otherCompany.fileName && name !== olderVersion.fileName)!;
  expect(ours).toContain(` ${bookTagOf(companyRecord.id)}`);
  const written = await openBackup(join(stick, ours));
  expect(written.manifest).toMatchObject({ company, bookId: companyRecord.id, purpose: 'regular' });
  await written.close();
});
