import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { EquipmentPage, type EquipmentAnswers } from './pages/equipment-page';
import { pdfText } from './pages/pdf';
import { completeSetup } from './pages/setup-page';

const company = 'Harbour Supplies Ltd';
const run = promisify(execFile);

// Today is 03/15/2026 (a US company: dates MM/DD/YYYY, amounts 1,234.50).
test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: company, currency: 'EUR' });
});

const printer: EquipmentAnswers = {
  name: 'Laser printer',
  category: 'Printer',
  serialNumber: 'HP-4410-778',
  where: 'Reception desk',
  responsible: 'Anna Kovács',
  purchaseDate: '01/31/2026',
  purchaseCost: '450',
  warrantyEnd: '01/31/2028',
  condition: 'Needs repair',
  serviceIntervalMonths: '1',
};

const espresso: EquipmentAnswers = {
  name: 'Espresso machine',
  category: 'Kitchen machine',
  serialNumber: 'DL-ECAM-22',
  where: 'Kitchen',
  responsible: 'Béla',
  purchaseDate: '12/01/2025',
  purchaseCost: '899.90',
  warrantyEnd: '04/01/2026',
  serviceIntervalMonths: '3',
};

test('a printer is registered, its repair logged against the posted bill, and its next service follows', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  const bill = await books.postEntry({ date: '03/10/2026', payee: 'PrintFix', memo: 'Drum for the laser printer', lines: [{ account: '5300', debit: '89' }, { account: '2010', credit: '89' }] });

  const equipment = new EquipmentPage(page);
  await equipment.open();
  await expect(page.getByText('No equipment is registered yet.')).toBeVisible();
  await equipment.registerEquipment(printer);
  // Bought on the last day of January, serviced monthly: due on the last day of February, so overdue today.
  await expect(equipment.fact('Next service')).toHaveText('02/28/2026 Overdue');
  await expect(equipment.fact('Purchase cost')).toHaveText('€450.00');
  await expect(equipment.fact('Category')).toHaveText('Printer');

  await equipment.logService({ date: '03/10/2026', work: 'Replaced the drum', cost: '89', by: 'PrintFix', entryNumber: bill, conditionAfter: 'Working' });
  await expect(page.getByRole('heading', { level: 2, name: 'Laser printer' }).locator('..')).toContainText('Working');
  await expect(equipment.fact('Last service')).toHaveText('03/10/2026');
  await expect(equipment.fact('Next service')).toHaveText('04/10/2026 Due soon');
  const logged = equipment.serviceLogRows();
  await expect(logged).toHaveCount(1);
  await expect(logged.first()).toContainText(['03/10/2026', 'Replaced the drum', 'PrintFix', '€89.00', `Entry ${bill}`, 'Working'].join(''));

  await page.getByRole('link', { name: 'Equipment register' }).click();
  await expect(equipment.row('Laser printer')).toContainText('Working');
  await expect(equipment.row('Laser printer')).toContainText('04/10/2026');

  // The bill's entry opens from the service log.
  await equipment.openItem('Laser printer');
  await equipment.serviceLogRows().first().getByRole('link', { name: `Entry ${bill}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Entry ${bill} Posted$`) })).toBeVisible();
});

test('what is due: an overdue service, one due soon and a warranty ending, but nothing disposed of', async ({ page, app }) => {
  const equipment = new EquipmentPage(page);
  await equipment.open();
  await equipment.registerEquipment(espresso); // service due 03/01/2026: overdue; warranty ends 04/01/2026
  await page.getByRole('link', { name: 'Equipment register' }).click();
  await equipment.registerEquipment({ ...printer, condition: 'Working', serviceIntervalMonths: '2' }); // due 03/31/2026
  await page.getByRole('link', { name: 'Equipment register' }).click();
  await equipment.registerEquipment({ name: 'Old fridge', category: 'Kitchen machine', purchaseDate: '01/01/2020', serviceIntervalMonths: '6', condition: 'Disposed of' });
  await page.getByRole('link', { name: 'Equipment register' }).click();

  // The register shows what is in use; the disposed fridge stays on record behind the filter.
  await expect(equipment.row('Old fridge')).toHaveCount(0);
  await expect(equipment.row('Espresso machine')).toContainText('03/01/2026 Overdue');
  await expect(equipment.row('Laser printer')).toContainText('03/31/2026 Due soon');
  await page.getByLabel('Condition', { exact: true }).selectOption({ label: 'Disposed of' });
  await expect(equipment.row('Old fridge')).toContainText('Disposed of');
  await expect(page.getByText('Items shown: 1 of 3')).toBeVisible();

  await equipment.view('Due for service');
  await expect(page.getByRole('navigation', { name: 'Equipment lists' })).toContainText('Due for service (3)');
  const rows = equipment.dueRows();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('03/01/2026Espresso machineServiceOverdue Overdue by 14 days');
  await expect(rows.nth(1)).toContainText('03/31/2026Laser printerServiceDue soon Due in 16 days');
  await expect(rows.nth(2)).toContainText('04/01/2026Espresso machineWarranty endsDue soon Due in 17 days');

  await page.getByRole('group', { name: 'Print the list of what is due' }).getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Due for service.pdf');
  const [printed] = await pdfText(join(app.exportsFolder, 'Due for service.pdf'));
  expect(printed).toContain('Services and warranties due within 30 days of 03/15/2026');
  expect(printed).toMatch(/03\/01\/2026 +Espresso machine +Service +Overdue by 14 days +Béla +Kitchen\n +DL-ECAM-22\n/);
  expect(printed).toMatch(/04\/01\/2026 +Espresso machine +Warranty ends +Due in 17 days +Béla +Kitchen\n +DL-ECAM-22\n/);
  expect(printed).not.toContain('Old fridge');

  // By keyboard: Enter on an item's link opens its page with the focus on its name.
  await rows.nth(0).getByRole('link', { name: 'Espresso machine' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Espresso machine' })).toBeFocused();
});

test('the register prints to PDF and exports to CSV with every item in use', async ({ page, app }) => {
  const equipment = new EquipmentPage(page);
  await equipment.open();
  await equipment.registerEquipment(printer);
  await page.getByRole('link', { name: 'Equipment register' }).click();
  await equipment.registerEquipment({ ...espresso, category: 'Coffee grinder', name: 'Grinder', serialNumber: 'GR-1', purchaseCost: '1234.5' });
  await page.getByRole('link', { name: 'Equipment register' }).click();
  await expect(equipment.row('Grinder')).toBeVisible();

  await page.getByRole('group', { name: 'Print the equipment register' }).getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Equipment register.pdf');
  const pages = await pdfText(join(app.exportsFolder, 'Equipment register.pdf'));
  expect(pages).toHaveLength(1);
  const text = pages[0]!;
  expect(text).toContain(company);
  expect(text).toContain('Equipment register');
  expect(text).toContain('As of 03/15/2026 · In use (not disposed of)');
  expect(text).toContain('Page 1 of 1');
  // One line per item, its serial number under its name.
  expect(text).toMatch(/ Grinder +Coffee grinder +Kitchen +Béla +12\/01\/2025 +€1,234\.50 +04\/01\/2026 +Working +03\/01\/2026 \(Overdue\)\n +GR-1\n/);
  expect(text).toMatch(/ Laser printer +Printer +Reception desk +Anna Kovács +01\/31\/2026 +€450\.00 +01\/31\/2028 +Needs repair +02\/28\/2026 \(Overdue\)\n +HP-4410-778\n/);

  await page.getByRole('group', { name: 'Print the equipment register' }).getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Equipment register.csv');
  const csv = await readFile(join(app.exportsFolder, 'Equipment register.csv'), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Name,Category,Serial number,Where,Responsible person,Purchase date,Purchase cost,Warranty until,Condition,Service interval (months),Last service,Next service,Notes');
  expect(lines[1]).toBe('Grinder,Coffee grinder,GR-1,Kitchen,Béla,12/01/2025,1234.50,04/01/2026,Working,3,,03/01/2026,');
  expect(lines).toHaveLength(3);

  await page.getByRole('group', { name: 'Print the equipment register' }).getByRole('button', { name: 'Export Excel…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Equipment register.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(app.exportsFolder, 'Equipment register.xlsx'));
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(3);
  expect(sheet.getRow(2).getCell(1).value).toBe('Grinder');
  expect(sheet.getRow(2).getCell(7).value).toBe(1234.5);
  expect(sheet.getRow(3).getCell(7).value).toBe(450);
});

test('an item stands in a warehouse location when the warehouse has some', async ({ page }) => {
  // A location as the Locations page stores it, written straight into the books.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('locations', 'readwrite');
      const at = '2026-03-01T09:00:00.000Z';
      tx.objectStore('locations').add({ id: 'loc-office', createdAt: at, updatedAt: at, name: 'Main office', code: 'OF-1', kind: 'room', parentId: null, archived: false });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  const equipment = new EquipmentPage(page);
  await equipment.open();
  await page.getByRole('button', { name: 'Register equipment' }).click();
  await equipment.registerForm().getByLabel('Location', { exact: true }).selectOption({ label: 'Main office (OF-1)' });
  await equipment.fillEquipment(equipment.registerForm(), { name: 'Shredder', category: 'Other', where: 'by the window' });
  await equipment.registerForm().getByRole('button', { name: 'Register', exact: true }).click();
  await expect(equipment.fact('Where')).toHaveText('Main office (OF-1), by the window');
  await expect(equipment.fact('Category')).toHaveText('Other');
});

test('bad input is refused with a clear message and nothing is stored', async ({ page }) => {
  const equipment = new EquipmentPage(page);
  await equipment.open();
  await page.getByRole('button', { name: 'Register equipment' }).click();
  const form = equipment.registerForm();
  await equipment.fillEquipment(form, { ...printer, purchaseCost: 'abc', warrantyEnd: '01/30/2026', serviceIntervalMonths: '0' });
  await form.getByRole('button', { name: 'Register', exact: true }).click();

  await expect(form.getByRole('alert')).toHaveText('Nothing was saved. Correct the fields marked in red.');
  await expect(form.getByLabel('Purchase cost')).toHaveAccessibleDescription(/Enter an amount in figures, such as 1,234\.50\./);
  await expect(form.getByLabel('Warranty until')).toHaveAccessibleDescription(
    /The warranty cannot end \(January 30th, 2026\) before the purchase \(January 31st, 2026\)\. Check both dates\./,
  );
  await expect(form.getByLabel('Service interval (months)')).toHaveAccessibleDescription(/whole number of months from 1 to 120/);
  // What was typed stays for correcting.
  await expect(form.getByLabel('Purchase cost')).toHaveValue('abc');

  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No equipment is registered yet.')).toBeVisible();

  // A service needs to say what was done, and cannot be dated in the future.
  await equipment.registerEquipment({ name: 'Laptop', category: 'Computer' });
  const service = equipment.serviceForm();
  await service.getByLabel('Date', { exact: true }).fill('03/16/2026');
  await service.getByLabel('Cost', { exact: true }).fill('-5');
  await service.getByRole('button', { name: 'Log service' }).click();
  await expect(service.getByLabel('What was done')).toHaveAccessibleDescription('Say what was done, e.g. Replaced the drum.');
  await expect(service.getByLabel('Cost', { exact: true })).toHaveAccessibleDescription(/A cost cannot be negative/);
  await service.getByLabel('What was done').fill('Cleaned the fan');
  await service.getByLabel('Cost', { exact: true }).fill('');
  await service.getByRole('button', { name: 'Log service' }).click();
  await expect(service.getByLabel('Date', { exact: true })).toHaveAccessibleDescription(/This date is still to come/);
  await expect(page.getByText('No service logged yet.')).toBeVisible();
});

test('the days out of service add up from the changes of condition', async ({ page }) => {
  const equipment = new EquipmentPage(page);
  await equipment.open();
  await equipment.registerEquipment({ name: 'Dishwasher', category: 'Kitchen machine', condition: 'Out of service' });
  await expect(equipment.fact('Days out of service')).toHaveText('0');

  // Ten days later it is repaired.
  await page.clock.setFixedTime(new Date('2026-03-25T10:00:00'));
  await page.reload();
  await expect(equipment.fact('Days out of service')).toHaveText('10');
  await equipment.logService({ work: 'New pump', conditionAfter: 'Working' });
  await expect(equipment.fact('In this condition since')).toHaveText('03/25/2026');
  await expect(equipment.fact('Condition history').getByRole('listitem')).toHaveText(['03/15/2026 Out of service', '03/25/2026 Working']);

  await page.clock.setFixedTime(new Date('2026-04-10T10:00:00'));
  await page.reload();
  await expect(equipment.fact('Days out of service')).toHaveText('10');
});

const languages = [
  { language: 'en', register: 'Equipment register', due: 'Due for service', printer: 'Needs repair' },
  { language: 'ru', register: 'Реестр оборудования', due: 'Пора обслуживать', printer: 'Требует ремонта' },
  { language: 'hu', register: 'Eszköznyilvántartás', due: 'Esedékes karbantartás', printer: 'Javításra szorul' },
] as const;

test('the register, an item and the printed register read in English, Russian and Hungarian', async ({ page, app }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const equipment = new EquipmentPage(page);
  await equipment.open();
  await equipment.registerEquipment(espresso);
  await equipment.logService({ date: '03/01/2026', work: 'Descaled, new gasket', cost: '35', by: 'Kávé Szerviz Kft.' });
  const itemHash = new URL(page.url()).hash;
  await page.getByRole('link', { name: 'Equipment register' }).click();
  await equipment.registerEquipment({ ...printer, notes: 'Toner in the cupboard by the door.' });
  await page.getByRole('link', { name: 'Equipment register' }).click();
  await equipment.registerEquipment({ name: 'Standing desk', category: 'Furniture', where: 'Office 2', responsible: 'Anna Kovács', purchaseDate: '06/15/2024', purchaseCost: '640' });

  for (const { language, register, due, printer: condition } of languages) {
    await page.goto('#/settings');
    await page.locator('select:has(option[value="hu"])').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    await page.goto('#/inventory/equipment');
    await expect(page.getByRole('table', { name: register })).toBeVisible();
    await expect(page.getByRole('table', { name: register })).toContainText(condition);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`${language}-register.png`), fullPage: true });

    await page.goto('#/inventory/equipment/due');
    await expect(page.getByRole('table', { name: due })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${language}-due.png`), fullPage: true });
    await page.locator('.print-actions button').nth(1).click();
    await expect(page.getByRole('status').filter({ hasText: `${due}.pdf` })).toBeVisible();
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', join(app.exportsFolder, `${due}.pdf`), testInfo.outputPath(`${language}-printed-due`)]);

    await page.goto(itemHash);
    await expect(page.getByTestId('equipment-facts')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`${language}-item.png`), fullPage: true });

    await page.goto('#/inventory/equipment');
    await page.locator('.print-actions button').nth(1).click();
    await expect(page.getByRole('status').filter({ hasText: `${register}.pdf` })).toBeVisible();
    const pdf = join(app.exportsFolder, `${register}.pdf`);
    const [text] = await pdfText(pdf);
    expect(text).toContain(register);
    expect(text).toContain(condition);
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, testInfo.outputPath(`${language}-printed-register`)]);
  }
});
