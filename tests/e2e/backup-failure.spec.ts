import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openBackupSection } from './backup.helpers';
import { expect, test, type Page } from './fixtures';
import { completeSetup } from './pages/setup-page';

// A backup that fails tells the office manager why in their language, built in the window
// from main's codes. The folder and the operating system's own words stay in main's log.

const osWords = /ENOTDIR|ENOENT|EACCES|not a directory|no such file|permission denied/i;

/** The page's text without the backup folder's own field (the setting the user chose, shown on purpose). */
async function textBesideTheFolderField(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const field of body.querySelectorAll('.path')) field.remove();
    return `${document.title}\n${body.textContent ?? ''}`;
  });
}

async function expectNoPathOrOsWords(page: Page, dataFolder: string): Promise<void> {
  const text = await textBesideTheFolderField(page);
  expect(text).not.toContain(dataFolder);
  expect(text).not.toContain('/tmp');
  expect(text).not.toMatch(osWords);
}

test('a backup to a folder that cannot be written: the reason in English, then in Russian, and never a path', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd' });
  await openBackupSection(page);

  // "Backups" on a stick that is really a file: nothing can be written there, not even as root.
  await writeFile(join(app.dataFolder, 'stick'), 'a file, not a drive');
  const folder = join(app.dataFolder, 'stick', 'Backups');
  app.dialogs.answerNextFolder(folder);
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByTestId('backup-folder')).toHaveText(folder);

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The backup folder cannot be reached.' })).toHaveText(
    'The backup folder cannot be reached. Plug in the drive, connect the network folder or choose another folder, then try again. ' +
      'Earlier backups are untouched. Reason: a part of its path is not a folder.',
  );
  await expect(page.getByTestId('backup-warning')).toHaveText(
    'The backup folder cannot be reached. Plug in the drive or connect the network folder, or choose another folder.',
  );
  await expectNoPathOrOsWords(page, app.dataFolder);

  // backup.json keeps the codes; the folder and the OS's words are in the local log.
  const stored = JSON.parse(await readFile(join(app.dataFolder, 'backup.json'), 'utf8')) as { lastFailure: unknown };
  expect(stored.lastFailure).toEqual({ at: expect.any(String), reason: 'folderUnreachable', osError: 'notAFolder' });
  await expect.poll(() => readFile(join(app.dataFolder, 'logs', 'backoffice.log'), 'utf8').catch(() => '')).toContain(folder);
  expect(await readFile(join(app.dataFolder, 'logs', 'backoffice.log'), 'utf8')).toContain('ENOTDIR');

  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Interface language').selectOption('ru');
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Резервные копии' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Папка копий недоступна.' })).toHaveText(
    'Папка копий недоступна. Подключите диск или сетевую папку либо выберите другую папку и попробуйте ещё раз. ' +
      'Прежние копии не затронуты. Причина: часть пути не является папкой.',
  );
  await expect(page.getByTestId('backup-warning')).toHaveText(
    'Папка резервных копий недоступна. Подключите диск или сетевую папку либо выберите другую папку.',
  );
  await expectNoPathOrOsWords(page, app.dataFolder);

  // Back to the app's own folder and a new start: the card tells the last failure from backup.json.
  await page.getByRole('button', { name: 'Использовать папку программы' }).click();
  await page.reload();
  await expect(page.getByTestId('backup-warning')).toHaveText(
    'Последнее копирование не удалось. Папка копий недоступна. Подключите диск или сетевую папку либо выберите другую папку ' +
      'и попробуйте ещё раз. Прежние копии не затронуты. Причина: часть пути не является папкой.',
  );
  await expectNoPathOrOsWords(page, app.dataFolder);
  await page.screenshot({ path: test.info().outputPath('backup-failed-ru.png'), fullPage: true });
});
