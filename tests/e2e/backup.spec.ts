import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openBackup } from '../../electron/services/backup/backup-reader';
import { backUpNow, backupFiles, defaultBackupFolder, openBackupSection } from './backup.helpers';
import { expect, test } from './fixtures';
import { completeSetup } from './pages/setup-page';

const company = 'Harbour Supplies Ltd';

test('set the folder and the schedule, back up, and see the status on the Backup page, the sidebar and Home', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: company });
  await openBackupSection(page);
  await expect(page.getByTestId('backup-last')).toHaveText('No backup yet');
  await expect(page.getByTestId('backup-warning')).toContainText('No backup has been made yet');
  await expect(page.getByTestId('backup-indicator')).toHaveText('Not backed up yet');
  // The title bar carries the warning too.
  await expect(page).toHaveTitle(`${company} — Backoffice — Not backed up yet`);

  // A folder on "a stick", chosen in the folder dialog.
  const stick = join(app.dataFolder, 'USB stick');
  await mkdir(stick);
  app.dialogs.answerNextFolder(stick);
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByTestId('backup-folder')).toHaveText(stick);
  expect(app.dialogs.askedFolder[0]?.title).toBe('Choose where to save backups');

  // Every 2 hours, keep the last 3 and no daily or monthly ones.
  await page.getByRole('radio', { name: 'every', exact: true }).check();
  await page.getByRole('spinbutton', { name: 'hours' }).fill('2');
  await page.getByRole('spinbutton', { name: 'latest backups' }).fill('3');
  await page.getByRole('spinbutton', { name: 'days with one backup each' }).fill('0');
  await page.getByRole('spinbutton', { name: 'months with one backup each' }).fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup settings saved.' })).toBeVisible();
  const stored = JSON.parse(await readFile(join(app.dataFolder, 'backup.json'), 'utf8')) as { folder: string; chosenFolders: string[]; preferences: unknown };
  expect(stored).toMatchObject({
    folder: stick,
    chosenFolders: [stick],
    preferences: { schedule: { onQuit: true, every: { kind: 'hours', hours: 2 } }, rotation: { keepLast: 3, daily: 0, monthly: 0 } },
  });

  const fileName = await backUpNow(page);
  expect(await backupFiles(stick)).toEqual([fileName]);
  const written = await openBackup(join(stick, fileName));
  expect(written.manifest).toMatchObject({ company, purpose: 'regular' });
  expect(written.manifest.tables.map((table) => table.name)).toEqual(expect.arrayContaining(['settings', 'auditLog']));
  await written.close();
  await expect(page.getByTestId('backup-last')).not.toHaveText('No backup yet');
  await expect(page.getByTestId('backup-next')).toContainText(/\d/);
  await expect(page.getByTestId('backup-warning')).toHaveCount(0);
  await expect(page.getByTestId('backup-indicator')).toContainText('Backed up');
  await expect(page).toHaveTitle(`${company} — Backoffice`);
  await page.screenshot({ path: test.info().outputPath('backup-page.png'), fullPage: true });

  // Four more backups: the keep rule leaves the newest three.
  for (let i = 0; i < 4; i += 1) await backUpNow(page);
  await expect.poll(async () => (await backupFiles(stick)).length).toBe(3);
  await expect(page.getByRole('status').filter({ hasText: 'Older backups removed by the keep rules: 1.' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  const card = page.getByRole('region', { name: 'Backups' });
  await expect(card.getByTestId('backup-last')).not.toHaveText('No backup yet');
  await page.screenshot({ path: test.info().outputPath('backup-home.png'), fullPage: true });
  expect(await backupFiles(defaultBackupFolder(app.dataFolder))).toEqual([]);
});

test('the menu’s “Back up now” and the app closing each take a backup', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: company });
  const folder = defaultBackupFolder(app.dataFolder);
  await app.emit('menu:command', { command: 'backup-now' });
  await expect(page.getByRole('heading', { level: 1, name: 'Backup' })).toBeVisible();
  await expect.poll(() => backupFiles(folder)).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved:' })).toBeVisible();

  app.mainClock.advance(60_000); // closing a minute later: a backup under a new name
  await app.emit('backup:quit-requested', {});
  await expect.poll(() => backupFiles(folder)).toHaveLength(2);
});

test('a folder that goes away: the status warns, “Back up now” says what to do, and earlier backups stay', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: company });
  await openBackupSection(page);
  const stick = join(app.dataFolder, 'stick');
  await mkdir(stick);
  app.dialogs.answerNextFolder(stick);
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  const first = await backUpNow(page);

  const { rm } = await import('node:fs/promises');
  await rm(stick, { recursive: true });
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The backup folder cannot be reached.' })).toBeVisible();
  // The folder is in its own field; the warning says what to do without repeating it.
  await expect(page.getByTestId('backup-warning')).toContainText('The backup folder cannot be reached. Plug in the drive');
  await expect(page.getByTestId('backup-warning')).not.toContainText(stick);
  await expect(page.getByTestId('backup-indicator')).toHaveText('Backup folder unavailable');
  await expect(page).toHaveTitle(`${company} — Backoffice — Backup folder unavailable`);
  await page.screenshot({ path: test.info().outputPath('backup-unreachable.png'), fullPage: true });

  // The stick is back: the retry works.
  await mkdir(stick);
  app.mainClock.advance(60_000); // a minute later: a backup under a new name
  const second = await backUpNow(page);
  expect(second).not.toBe(first);
  await expect(page.getByTestId('backup-indicator')).toContainText('Backed up');
});

test('a scheduled backup runs by itself when it is due', async ({ page, app }) => {
  await page.clock.install();
  await app.open();
  await completeSetup(page, { name: company });
  const folder = defaultBackupFolder(app.dataFolder);
  // Never backed up: due now, checked a minute after start.
  await page.clock.runFor(61_000);
  await expect.poll(() => backupFiles(folder), { timeout: 15_000 }).toHaveLength(1);
  await expect(page.getByTestId('backup-indicator')).toContainText('Backed up');
});
