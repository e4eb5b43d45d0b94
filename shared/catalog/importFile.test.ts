import { describe, expect, it } from 'vitest';
import { catalogTextFixtures, hungarianRows, notACatalog } from '../../tests/fixtures/catalog/make-fixtures';
import { readCatalogFixture } from '../../tests/fixtures/catalog/read-fixture';
import { guessMapping, missingRequiredFields, type ImportMapping } from './importFields';
import { catalogFileLimit, readCatalogFile, type CatalogSheet } from './importFile';

async function sheetOf(name: string): Promise<CatalogSheet> {
  const result = await readCatalogFile(readCatalogFixture(name));
  if (!result.ok) throw new Error(result.error);
  return result.sheet;
}

describe('the committed catalog fixtures', () => {
  it.each(Object.entries(catalogTextFixtures()))('%s is what make-fixtures.ts writes', (name, { bytes }) => {
    expect(readCatalogFixture(name)).toEqual(bytes);
  });

  it('not-a-catalog.png is what make-fixtures.ts writes', () => {
    expect(readCatalogFixture('not-a-catalog.png')).toEqual(notACatalog);
  });
});

describe('reading a catalog file', () => {
  it('reads the Russian Windows-1251 CSV with its Cyrillic text intact', async () => {
    const sheet = await sheetOf('items-ru-windows-1251.csv');
    expect(sheet).toMatchObject({ kind: 'csv', encoding: 'windows-1251', replacedCharacters: false });
    expect(sheet.headers).toEqual(['Артикул', 'Наименование', 'Категория', 'Ед. изм.', 'Штрихкод', 'Упаковка', 'В упаковке', 'Мин. остаток', 'Количество заказа']);
    expect(sheet.rows[0]).toEqual({ row: 2, cells: ['БУМ-А4', 'Бумага офисная А4', 'Канцтовары', 'шт', '4601234567893', 'пачка', '500', '1000', '5000'] });
    expect(sheet.rows).toHaveLength(4);
  });

  it('reads the Hungarian XLSX with its accents, numbers as the cells show them', async () => {
    const sheet = await sheetOf('items-hu.xlsx');
    expect(sheet.kind).toBe('xlsx');
    expect(sheet.headers).toEqual(hungarianRows[0]);
    expect(sheet.rows.map((row) => row.row)).toEqual([2, 3, 4]);
    expect(sheet.rows[0]?.cells.slice(0, 6)).toEqual(['IR-001', 'Fénymásolópapír A4', 'Irodaszerek', 'db', '0', '5990000000016']);
    expect(sheet.rows[2]?.cells[8]).toBe('1.25');
    expect(sheet.rows[2]?.cells[10]).toBe('Árvíztűrő tükörfúrógép');
  });

  it('reads the English CSV with quoted commas and two barcodes in one cell', async () => {
    const sheet = await sheetOf('items-en.csv');
    expect(sheet.rows[0]?.cells[1]).toBe('Copy paper A4, 80 g');
    expect(sheet.rows[1]?.cells[4]).toBe('4006381333931;96385074');
  });

  it('refuses a binary file, an empty one, a header without rows and one over the size limit', async () => {
    expect(await readCatalogFile(readCatalogFixture('not-a-catalog.png'))).toEqual({ ok: false, error: 'binaryFile' });
    expect(await readCatalogFile(new Uint8Array())).toEqual({ ok: false, error: 'emptyFile' });
    expect(await readCatalogFile(readCatalogFixture('items-header-only.csv'))).toEqual({ ok: false, error: 'noRows' });
    const huge = new Uint8Array(catalogFileLimit + 1).fill(0x41);
    expect(await readCatalogFile(huge)).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('refuses a zip that is not a workbook, and a UTF-16 text', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await readCatalogFile(zip)).toEqual({ ok: false, error: 'unreadableSpreadsheet' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'SKU,Name\r\nA,B\r\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await readCatalogFile(utf16)).toEqual({ ok: false, error: 'utf16File' });
  });

  it('reads a file in another encoding when the user picks it, and says when letters were lost', async () => {
    const sheet = await readCatalogFile(readCatalogFixture('items-ru-windows-1251.csv'), 'utf-8');
    expect(sheet.ok && sheet.sheet.replacedCharacters).toBe(true);
  });
});

describe('guessing the columns', () => {
  const named = (mapping: ImportMapping, headers: readonly string[]) =>
    Object.fromEntries(Object.entries(mapping).flatMap(([field, column]) => (Array.isArray(column) ? column.map((c) => [field, headers[c]]) : column === null ? [] : [[field, headers[column]]])));

  it('from English headers', async () => {
    const { headers } = await sheetOf('items-en.csv');
    expect(named(guessMapping(headers), headers)).toEqual({
      sku: 'SKU', name: 'Name', category: 'Category', unit: 'Unit', barcodes: 'Barcode', packName: 'Pack', packSize: 'Pack size',
      pack2Name: 'Box', pack2Size: 'Box size', reorderPoint: 'Reorder point', reorderQuantity: 'Reorder qty', vatCode: 'VAT code', notes: 'Notes',
    });
  });

  it('from Russian headers', async () => {
    const { headers } = await sheetOf('items-ru-windows-1251.csv');
    expect(named(guessMapping(headers), headers)).toEqual({
      sku: 'Артикул', name: 'Наименование', category: 'Категория', unit: 'Ед. изм.', barcodes: 'Штрихкод', packName: 'Упаковка', packSize: 'В упаковке',
      reorderPoint: 'Мин. остаток', reorderQuantity: 'Количество заказа',
    });
  });

  it('from Hungarian headers with accents', async () => {
    const { headers } = await sheetOf('items-hu.xlsx');
    expect(named(guessMapping(headers), headers)).toEqual({
      sku: 'Cikkszám', name: 'Megnevezés', category: 'Kategória', unit: 'Mértékegység', decimals: 'Tizedesjegy', barcodes: 'Vonalkód', packName: 'Kiszerelés',
      packSize: 'Kiszerelés mérete', reorderPoint: 'Rendelési pont', reorderQuantity: 'Rendelési mennyiség', notes: 'Megjegyzés',
    });
  });

  it('leaves unknown headers unmapped and says which required fields are missing', () => {
    const mapping = guessMapping(['Foo', 'Bar', 'EAN-13', 'EAN']);
    expect(mapping.barcodes).toEqual([2, 3]);
    expect(missingRequiredFields(mapping)).toEqual(['sku', 'name']);
  });
});
