import { describe, expect, it } from 'vitest';
import { readCatalogFixture } from '../../tests/fixtures/catalog/read-fixture';
import type { VatCode } from '../ledger/types';
import { builtInCategoryRecords } from './categories';
import { guessMapping } from './importFields';
import { readCatalogFile, type CatalogSheet } from './importFile';
import { planImport, type CatalogState, type ImportOptions } from './importPlan';
import type { BuiltInCategory, CatalogItem } from './types';

const at = '2026-03-01T00:00:00.000Z';
const builtInNames: Record<BuiltInCategory, string[]> = {
  stationery: ['Stationery', 'Канцтовары', 'Irodaszerek'],
  consumables: ['Consumables', 'Расходные материалы', 'Fogyóeszközök'],
  food: ['Food and kitchen', 'Продукты и кухня', 'Élelmiszer és konyha'],
  cleaning: ['Cleaning', 'Уборка', 'Tisztítószerek'],
  equipment: ['IT and equipment', 'ИТ и оборудование', 'IT és eszközök'],
  goods: ['Goods for sale', 'Товары для продажи', 'Eladásra szánt áru'],
  other: ['Other', 'Прочее', 'Egyéb'],
};
const vat: VatCode = { id: 'v20', code: 'V20', name: 'Standard', rate: { numerator: 20, denominator: 100 }, kind: 'input', accountId: 'x', archived: false, createdAt: at, updatedAt: at } as VatCode;
const pen: CatalogItem = {
  id: 'pen', createdAt: at, updatedAt: at, sku: 'pen-bl', name: 'Old pen', categoryId: 'other', unit: { code: 'pcs', decimals: 0 },
  packs: [], barcodes: ['5000000000029'], vatCodeId: null, accountId: null, reorderPoint: 7, reorderQuantity: null, archived: false, notes: 'kept',
};
const state = (items: CatalogItem[] = []): CatalogState => ({ items, categories: builtInCategoryRecords(at), vatCodes: [vat], accounts: [], stocked: new Set() });

async function sheetOf(name: string): Promise<CatalogSheet> {
  const result = await readCatalogFile(readCatalogFixture(name));
  if (!result.ok) throw new Error(result.error);
  return result.sheet;
}
const options = (sheet: CatalogSheet, existing: ImportOptions['existing'] = 'update'): ImportOptions => ({ mapping: guessMapping(sheet.headers), existing, builtInNames });

describe('planning an import', () => {
  it('turns the English list into items with packs, barcodes and exact reorder quantities', async () => {
    const sheet = await sheetOf('items-en.csv');
    const plan = planImport(sheet, options(sheet), state());
    expect(plan.rows.flatMap((row) => row.problems)).toEqual([]);
    expect(plan.rows.map((row) => row.action)).toEqual(['add', 'add', 'add', 'add']);
    expect(plan.rows[0]?.draft).toMatchObject({
      sku: 'PAP-A4', categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 },
      packs: [{ name: 'ream', contains: 500 }, { name: 'box', contains: 2500 }], reorderPoint: 5000, reorderQuantity: 10_000, notes: 'Order from the usual supplier',
    });
    expect(plan.rows[1]?.draft?.barcodes).toEqual(['4006381333931', '96385074']);
    // Coffee is weighed: kg to 3 decimals, 2.5 kg is 2500.
    expect(plan.rows[2]?.draft).toMatchObject({ categoryId: 'food', unit: { code: 'kg', decimals: 3 }, reorderPoint: 2500, reorderQuantity: 10_000 });
  });

  it('finds built-in categories by their Russian names and reads "шт", "кг" and 1,5', async () => {
    const sheet = await sheetOf('items-ru-windows-1251.csv');
    const plan = planImport(sheet, options(sheet), state());
    expect(plan.rows.flatMap((row) => row.problems)).toEqual([]);
    expect(plan.rows.map((row) => [row.draft?.categoryId, row.draft?.unit.code])).toEqual([
      ['stationery', 'pcs'],
      ['stationery', 'pcs'],
      ['food', 'kg'],
      ['consumables', 'pcs'],
    ]);
    expect(plan.rows[2]?.draft?.reorderPoint).toBe(1500);
    expect(plan.newCategories).toEqual([]);
  });

  it('reads the Hungarian workbook: categories by Hungarian name, decimals from their column', async () => {
    const sheet = await sheetOf('items-hu.xlsx');
    const plan = planImport(sheet, options(sheet), state());
    expect(plan.rows.flatMap((row) => row.problems)).toEqual([]);
    expect(plan.rows[2]?.draft).toMatchObject({ name: 'Kávé, őrölt', categoryId: 'food', unit: { code: 'kg', decimals: 3 }, reorderPoint: 1250, reorderQuantity: 5000 });
    expect(plan.rows[1]?.draft).toMatchObject({ categoryId: 'cleaning', packs: [{ name: 'karton', contains: 12 }] });
  });

  it('names each faulty row and why: a check digit, a repeated SKU, half a piece', async () => {
    const sheet = await sheetOf('items-faulty.csv');
    const plan = planImport(sheet, options(sheet), state());
    expect(plan.rows.map((row) => [row.row, row.problems.map((found) => found.key)])).toEqual([
      [2, []],
      [3, ['barcodeCheckDigit']],
      [4, ['skuRepeatedInFile']],
      [5, ['quantityInvalid']],
    ]);
    expect(plan.rows[2]?.problems[0]?.params).toEqual({ sku: 'OK-1', row: 2 });
  });

  it('updates an item whose SKU is there in any case, keeping what the row leaves empty, or skips it', () => {
    const sheet = { rows: [{ row: 2, cells: ['PEN-BL', 'Blue pen', '', 'V20'] }] };
    const mapping = { ...guessMapping(['SKU', 'Name', 'Barcode', 'VAT code']) };
    const updated = planImport(sheet, { mapping, existing: 'update', builtInNames }, state([pen]));
    expect(updated.rows[0]).toMatchObject({ action: 'update', itemId: 'pen', problems: [] });
    expect(updated.rows[0]?.draft).toMatchObject({ sku: 'PEN-BL', name: 'Blue pen', barcodes: ['5000000000029'], vatCodeId: 'v20', reorderPoint: 7, notes: 'kept' });
    const skipped = planImport(sheet, { mapping, existing: 'skip', builtInNames }, state([pen]));
    expect(skipped.rows[0]).toMatchObject({ action: 'skip', itemId: 'pen' });
  });

  it('creates a category the catalog does not have yet, once for all its rows', () => {
    const mapping = guessMapping(['SKU', 'Name', 'Category']);
    const sheet = { rows: [{ row: 2, cells: ['A', 'A', 'Spare parts'] }, { row: 3, cells: ['B', 'B', 'spare  parts'] }] };
    const plan = planImport(sheet, { mapping, existing: 'update', builtInNames }, state());
    expect(plan.newCategories).toEqual(['Spare parts']);
    expect(plan.rows.map((row) => row.problems)).toEqual([[], []]);
  });

  it('refuses a barcode another row of the file already gave, and one another item has', () => {
    const mapping = guessMapping(['SKU', 'Name', 'Barcode']);
    const sheet = { rows: [{ row: 2, cells: ['A', 'A', '5000000000036'] }, { row: 3, cells: ['B', 'B', '5000000000036'] }, { row: 4, cells: ['C', 'C', '5000000000029'] }] };
    const plan = planImport(sheet, { mapping, existing: 'update', builtInNames }, state([pen]));
    expect(plan.rows.map((row) => row.problems.map((found) => [found.key, found.params]))).toEqual([
      [],
      [['barcodeRepeatedInFile', { barcode: '5000000000036', row: 2 }]],
      [['barcodeTaken', { barcode: '5000000000029', sku: 'pen-bl', name: 'Old pen' }]],
    ]);
  });

  it('says which VAT code or account it could not find', () => {
    const mapping = guessMapping(['SKU', 'Name', 'VAT code', 'Account']);
    const plan = planImport({ rows: [{ row: 2, cells: ['A', 'A', 'V99', '9999'] }] }, { mapping, existing: 'update', builtInNames }, state());
    expect(plan.rows[0]?.problems.map((found) => [found.key, found.params])).toEqual([
      ['vatCodeUnknown', { value: 'V99' }],
      ['accountUnknown', { value: '9999' }],
    ]);
  });
});
