import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CatalogRejected, guessMapping, readCatalogFile, type BuiltInCategory, type ItemCategory, type ItemDraft } from '../../../../../shared/catalog';
import { readCatalogFixture } from '../../../../../tests/fixtures/catalog/read-fixture';
import { ledgerTestBook } from '../ledger/ledgerTesting';
import { createCatalogRepository } from '.';

const builtInNames: Record<BuiltInCategory, string[]> = {
  stationery: ['Stationery', 'Канцтовары'],
  consumables: ['Consumables', 'Расходные материалы'],
  food: ['Food and kitchen', 'Продукты и кухня'],
  cleaning: ['Cleaning'],
  equipment: ['IT and equipment'],
  goods: ['Goods for sale'],
  other: ['Other'],
};
const label = (category: ItemCategory) => category.name ?? builtInNames[category.builtIn!]?.[0] ?? category.id;

async function book() {
  const { db, ledger } = await ledgerTestBook();
  const accounts = await ledger.listAccounts();
  const leaf = (type: string) => accounts.find((account) => account.type === type && !accounts.some((child) => child.parentId === account.id))!;
  const group = accounts.find((account) => accounts.some((child) => child.parentId === account.id))!;
  const vat = (await ledger.listVatCodes())[0]!;
  return { db, catalog: createCatalogRepository(db), expense: leaf('expense'), group, vat };
}

const pen = (change: Partial<ItemDraft> = {}): ItemDraft => ({
  sku: 'PEN-1', name: 'Blue pen', categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 },
  packs: [{ name: 'pack', contains: 10 }, { name: 'box', contains: 100 }], barcodes: ['4006381333931', '96385074'],
  vatCodeId: null, accountId: null, reorderPoint: 20, reorderQuantity: 100, archived: false, ...change,
});

async function sheetRows(name: string) {
  const read = await readCatalogFile(readCatalogFixture(name));
  if (!read.ok) throw new Error(read.error);
  return read.sheet;
}

describe('the catalog repository', () => {
  it('stores an item with packs and two barcodes, finds it by either barcode and by SKU in any case', async () => {
    const { catalog, expense, vat } = await book();
    const saved = await catalog.saveItem(pen({ accountId: expense.id, vatCodeId: vat.id }));
    expect(await catalog.findItemByBarcode('9638 5074')).toEqual(saved);
    expect((await catalog.findItemByBarcode('4006381333931'))?.id).toBe(saved.id);
    expect((await catalog.findItemBySku('pen-1'))?.id).toBe(saved.id);
    expect(await catalog.findItemByBarcode('5901234123457')).toBeUndefined();
  });

  it('creates the built-in categories on first use, and lets the user add, rename and archive', async () => {
    const { db, catalog } = await book();
    expect(await db.itemCategories.count()).toBe(0);
    expect((await catalog.listCategories()).map((category) => category.id)).toEqual(['stationery', 'consumables', 'food', 'cleaning', 'equipment', 'goods', 'other']);
    await catalog.saveItem(pen());
    expect(await db.itemCategories.count()).toBe(7);
    const parts = await catalog.saveCategory({ name: 'Spare parts' }, label);
    await catalog.saveCategory({ id: 'stationery', name: 'Office supplies' }, label);
    await catalog.saveCategory({ id: parts.id, name: 'Spare parts', archived: true }, label);
    const shown = await catalog.listCategories();
    expect(shown.find((category) => category.id === 'stationery')?.name).toBe('Office supplies');
    expect(shown.find((category) => category.id === parts.id)?.archived).toBe(true);
    await expect(catalog.saveCategory({ name: 'office SUPPLIES' }, label)).rejects.toMatchObject({ problems: [{ key: 'categoryNameTaken' }] });
    await expect(catalog.saveItem(pen({ sku: 'X', barcodes: [], categoryId: parts.id }))).rejects.toMatchObject({ problems: [{ key: 'categoryArchived' }] });
  });

  it('re-checks inside its transaction: a taken SKU or barcode, a group account are refused and nothing is written', async () => {
    const { db, catalog, group } = await book();
    await catalog.saveItem(pen());
    const before = await db.auditLog.count();
    await expect(catalog.saveItem(pen({ sku: 'pen-1', barcodes: [] }))).rejects.toMatchObject({ problems: [{ key: 'skuTaken' }] });
    await expect(catalog.saveItem(pen({ sku: 'PEN-2', barcodes: ['96385074'] }))).rejects.toMatchObject({ problems: [{ key: 'barcodeTaken', params: { sku: 'PEN-1' } }] });
    await expect(catalog.saveItem(pen({ sku: 'PEN-3', barcodes: [], accountId: group.id }))).rejects.toBeInstanceOf(CatalogRejected);
    expect(await db.items.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(before);
  });

  it('archives instead of deleting: the archived item keeps its SKU', async () => {
    const { catalog } = await book();
    const saved = await catalog.saveItem(pen());
    await catalog.setItemArchived(saved.id, true);
    expect((await catalog.getItem(saved.id))?.archived).toBe(true);
    await expect(catalog.saveItem(pen({ barcodes: [] }))).rejects.toMatchObject({ problems: [{ key: 'skuTakenByArchived' }] });
    const edited = await catalog.saveItem(pen({ name: 'Blue pen, fine' }), saved.id);
    expect(edited).toMatchObject({ id: saved.id, createdAt: saved.createdAt, name: 'Blue pen, fine' });
  });

  it('keeps the decimals of an item with stock on hand', async () => {
    const { db, catalog } = await book();
    const saved = await catalog.saveItem(pen());
    const raw = (await import('../../testing')).unguardedConnection(db);
    await raw.stockLevels.put({ itemId: saved.id, quantity: 30, value: 0, byLocation: {}, periods: [] });
    raw.close();
    await expect(catalog.saveItem(pen({ unit: { code: 'pcs', decimals: 1 }, packs: [] }), saved.id)).rejects.toMatchObject({ problems: [{ key: 'decimalsChangedWithStock' }] });
    expect((await catalog.onHandByItem()).get(saved.id)).toBe(30);
  });

  it('imports the Russian list in one transaction with one activity-log entry', async () => {
    const { db, catalog } = await book();
    const sheet = await sheetRows('items-ru-windows-1251.csv');
    const request = { rows: sheet.rows, mapping: guessMapping(sheet.headers), existing: 'update' as const, builtInNames };
    const preview = await catalog.previewImport(request);
    expect(preview.rows.flatMap((row) => row.problems)).toEqual([]);
    expect(await db.items.count()).toBe(0);
    const outcome = await catalog.importItems(request);
    expect(outcome).toEqual({ added: 4, updated: 0, skipped: 0, leftOut: 0, categoriesCreated: 0 });
    expect((await catalog.findItemByBarcode('4607000000021'))).toMatchObject({ sku: 'САХ-1', unit: { code: 'kg', decimals: 3 }, reorderPoint: 1500 });
    const log = await db.auditLog.toArray();
    expect(log.filter((entry) => entry.action === 'itemsImported')).toHaveLength(1);
    expect(log.at(-1)?.recordIds).toHaveLength(4 + 7);
    // Again, with "update": the same four items change, none is added.
    expect(await catalog.importItems(request)).toMatchObject({ added: 0, updated: 4 });
    // With "skip" there is nothing left to do: said so, and nothing is written.
    await expect(catalog.importItems({ ...request, existing: 'skip' })).rejects.toMatchObject({ problems: [{ key: 'nothingToImport' }] });
    expect(await db.items.count()).toBe(4);
  });

  it('refuses an import with a faulty row and leaves the catalog untouched, or leaves the row out when asked', async () => {
    const { db, catalog } = await book();
    await catalog.saveItem(pen());
    const itemsBefore = await db.items.toArray();
    const logBefore = await db.auditLog.count();
    const sheet = await sheetRows('items-faulty.csv');
    const request = { rows: sheet.rows, mapping: guessMapping(sheet.headers), existing: 'update' as const, builtInNames };
    const refusal = await catalog.importItems(request).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CatalogRejected);
    expect((refusal as CatalogRejected).problems.map((found) => [found.row, found.key])).toEqual([
      [3, 'barcodeCheckDigit'],
      [4, 'skuRepeatedInFile'],
      [5, 'quantityInvalid'],
    ]);
    expect(await db.items.toArray()).toEqual(itemsBefore);
    expect(await db.itemCategories.count()).toBe(7);
    expect(await db.auditLog.count()).toBe(logBefore);
    expect(await catalog.importItems({ ...request, leaveOut: [3, 4, 5] })).toEqual({ added: 1, updated: 0, skipped: 0, leftOut: 3, categoriesCreated: 0 });
  });

  it('refuses an import the catalog changed under: a barcode taken after the preview', async () => {
    const { db, catalog } = await book();
    const sheet = await sheetRows('items-en.csv');
    const request = { rows: sheet.rows, mapping: guessMapping(sheet.headers), existing: 'update' as const, builtInNames };
    expect((await catalog.previewImport(request)).rows.flatMap((row) => row.problems)).toEqual([]);
    await catalog.saveItem(pen({ sku: 'OTHER', barcodes: ['036000291452'] }));
    await expect(catalog.importItems(request)).rejects.toMatchObject({ problems: [{ key: 'barcodeTaken', row: 4 }] });
    expect(await db.items.count()).toBe(1);
  });

  it('creates the categories an import names, with the items, in the same transaction', async () => {
    const { catalog } = await book();
    const rows = [{ row: 2, cells: ['A-1', 'Bolt M6', 'Spare parts'] }];
    const outcome = await catalog.importItems({ rows, mapping: guessMapping(['SKU', 'Name', 'Category']), existing: 'update', builtInNames });
    expect(outcome.categoriesCreated).toBe(1);
    const parts = (await catalog.listCategories()).find((category) => category.name === 'Spare parts');
    expect((await catalog.findItemBySku('a-1'))?.categoryId).toBe(parts?.id);
  });
});
