import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { billsAndVat, firstQuarter, postEntries } from './pages/reports-book';
import { completeSetup } from './pages/setup-page';

const run = promisify(execFile);

// Every report in each language as screenshots (and the trial balance and register as PDF
// pages) in the test's output folder: look at them after a layout change.
const reportTitles = {
  en: ['Trial balance', 'Income statement', 'Balance sheet', 'Register', 'Journal', 'Aged payables', 'VAT summary'],
  ru: ['Оборотно-сальдовая ведомость', 'Отчёт о прибылях и убытках', 'Бухгалтерский баланс', 'Карточка счёта', 'Журнал проводок', 'Задолженность поставщикам по срокам', 'Сводка по НДС'],
  hu: ['Főkönyvi kivonat', 'Eredménykimutatás', 'Mérleg', 'Számlakarton', 'Napló', 'Szállítói tartozások korosítása', 'ÁFA-összesítő'],
} as const;

const paths = [
  'trial-balance/preset=thisQuarter/compare=previousYear',
  'income-statement/preset=thisQuarter/compare=previousPeriod',
  'balance-sheet/asOfPreset=today/compare=previousYearEnd',
  'register/account=ACCOUNT/preset=thisYear',
  'journal/preset=thisQuarter',
  'aged-payables',
  'vat-summary/preset=thisQuarter',
];

async function useLanguage(page: Page, language: keyof typeof reportTitles): Promise<void> {
  await page.goto('#/settings');
  await page.locator('select:has(option[value="hu"])').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('every report in English, Russian and Hungarian, on screen and as PDF pages', async ({ page, app }, testInfo) => {
  test.setTimeout(480_000); // about 90 s alone on a busy 2-core machine
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  await postEntries(page, [...firstQuarter, ...billsAndVat]);
  await page.reload(); // no "posted" notices over the reports
  const bankId = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const accounts = await new Promise<Array<{ id: string; code?: string }>>((resolve) => {
      const request = db.transaction('accounts').objectStore('accounts').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ id: string; code?: string }>);
    });
    db.close();
    return accounts.find((account) => account.code === '1010')!.id;
  });

  for (const language of ['en', 'ru', 'hu'] as const) {
    await useLanguage(page, language);
    await page.goto('#/bookkeeping/reports');
    await expect(page.locator('.report-list li')).toHaveCount(7);
    await page.screenshot({ path: testInfo.outputPath(`${language}-00-all-reports.png`), fullPage: true });
    for (const [index, path] of paths.entries()) {
      await page.goto(`#/bookkeeping/reports/${path.replace('ACCOUNT', bankId)}`);
      const heading = page.locator('section.report h2').first();
      await expect(heading).toContainText(reportTitles[language][index]!);
      await expect(page.locator('section.report[aria-busy="false"]')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`${language}-${String(index + 1).padStart(2, '0')}-${path.split('/')[0]}.png`), fullPage: true });
    }
    for (const [index, path] of [paths[0]!, paths[1]!, paths[2]!, paths[3]!.replace('ACCOUNT', bankId), paths[5]!, paths[6]!].entries()) {
      await page.goto(`#/bookkeeping/reports/${path}`);
      await expect(page.locator('section.report[aria-busy="false"]')).toBeVisible();
      const name = `${language}-pdf-${index + 1}`;
      app.dialogs.answerNextSave(join(app.exportsFolder, `${name}.pdf`));
      await page.locator('.report-actions .button').nth(1).click();
      await expect(page.locator('.report-actions .status')).toContainText(`${name}.pdf`);
      await run('pdftoppm', ['-png', '-r', '60', join(app.exportsFolder, `${name}.pdf`), testInfo.outputPath(name)]);
    }
  }
});
