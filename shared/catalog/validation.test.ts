import { describe, expect, it } from 'vitest';
import type { Account, VatCode } from '../ledger/types';
import { builtInCategoryRecords } from './categories';
import type { CatalogItem } from './types';
import { skuKey, tidyItemDraft, validateItem, type ItemContext, type ItemDraft } from './validation';

const at = '2026-03-01T00:00:00.000Z';
const account = (id: string, type: Account['type'], parentId: string | null = null, archived = false): Account => ({ id, code: id, name: `Account ${id}`, type, parentId, archived, createdAt: at, updatedAt: at });
const accounts = [account('1400', 'asset', null), account('1410', 'asset', '1400'), account('5200', 'expense'), account('4000', 'income'), account('5900', 'expense', null, true)];
const vatCodes: VatCode[] = [{ id: 'v20', code: 'V20', name: 'Standard', rate: { numerator: 20, denominator: 100 }, kind: 'input', accountId: '1410', archived: false, createdAt: at, updatedAt: at } as VatCode];

const stored: CatalogItem = {
  id: 'item-1', createdAt: at, updatedAt: at, sku: 'PAP-A4', name: 'Paper', categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 },
  packs: [], barcodes: ['5901234123457'], vatCodeId: null, accountId: null, reorderPoint: null, reorderQuantity: null, archived: false,
};
const archived: CatalogItem = { ...stored, id: 'item-2', sku: 'OLD-1', barcodes: [], archived: true };

function context(extra: Partial<ItemContext> = {}): ItemContext {
  const items = [stored, archived];
  return {
    skuOwner: (sku) => items.find((item) => skuKey(item.sku) === skuKey(sku)),
    barcodeOwner: (code) => items.find((item) => item.barcodes.includes(code)),
    categories: builtInCategoryRecords(at),
    vatCodes,
    accounts,
    ...extra,
  };
}

const draft = (change: Partial<ItemDraft> = {}): ItemDraft => ({
  sku: 'PEN-1', name: 'Pen', categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 }, packs: [{ name: 'pack', contains: 10 }, { name: 'box', contains: 100 }],
  barcodes: ['4006381333931', '96385074'], vatCodeId: 'v20', accountId: '5200', reorderPoint: 20, reorderQuantity: 50, archived: false, ...change,
});
const keys = (change: Partial<ItemDraft>, extra?: Partial<ItemContext>) => validateItem(draft(change), context(extra)).map((found) => found.key);

describe('an item', () => {
  it('with packs, two barcodes, a VAT code and an expense account may be stored', () => {
    expect(validateItem(draft(), context())).toEqual([]);
  });

  it('needs a SKU no other item has, whatever its case; an archived item keeps its SKU', () => {
    expect(keys({ sku: ' ' })).toEqual(['skuRequired']);
    expect(keys({ sku: 'pap-a4' })).toEqual(['skuTaken']);
    expect(keys({ sku: 'old-1' })).toEqual(['skuTakenByArchived']);
    expect(validateItem(draft({ sku: 'pap-a4' }), context({ existing: stored }))).toEqual([]);
    expect(keys({ sku: 'X'.repeat(41) })).toEqual(['skuTooLong']);
  });

  it('needs a name, a known category and a stock unit counted to 0–3 decimals', () => {
    expect(keys({ name: '' })).toEqual(['nameRequired']);
    expect(keys({ categoryId: 'nope' })).toEqual(['categoryMissing']);
    expect(keys({ unit: { code: '', decimals: 0 }, packs: [] })).toEqual(['unitRequired']);
    expect(keys({ unit: { code: 'pcs', decimals: 4 }, packs: [] })).toEqual(['decimalsInvalid']);
    expect(keys({ unit: { code: 'k g', decimals: 0 }, packs: [] })).toEqual(['unitInvalid']);
  });

  it('keeps its decimals once stock is on hand', () => {
    const change = { sku: 'PAP-A4', barcodes: [], unit: { code: 'pcs', decimals: 2 }, packs: [] };
    expect(keys(change, { existing: stored, hasStock: true })).toEqual(['decimalsChangedWithStock']);
    expect(keys(change, { existing: stored, hasStock: false })).toEqual([]);
  });

  it('lists packs smallest first, each a whole number of units and more than one', () => {
    expect(keys({ packs: [{ name: 'box', contains: 100 }, { name: 'pack', contains: 10 }] })).toEqual(['packsOutOfOrder']);
    expect(keys({ packs: [{ name: 'pack', contains: 1 }] })).toEqual(['packSizeInvalid']);
    expect(keys({ packs: [{ name: 'pack', contains: 10 }, { name: 'PACK', contains: 20 }] })).toEqual(['packNameRepeated']);
    expect(keys({ packs: [{ name: 'pcs', contains: 10 }] })).toEqual(['packNameRepeated']);
    expect(keys({ packs: [{ name: '', contains: 10 }] })).toEqual(['packNameRequired']);
    // 1.5 kg is not a whole number of kilograms; 25 kg (25,000 g) is.
    expect(keys({ unit: { code: 'kg', decimals: 3 }, packs: [{ name: 'sack', contains: 1500 }] })).toEqual(['packNotWholeUnits']);
    expect(keys({ unit: { code: 'kg', decimals: 3 }, packs: [{ name: 'sack', contains: 25_000 }] })).toEqual([]);
  });

  it('refuses a barcode with a wrong check digit, twice on the item, or on another item', () => {
    const found = validateItem(draft({ barcodes: ['4006381333932', '96385074', '96385074', '5901234123457'] }), context());
    expect(found.map((item) => [item.key, item.index])).toEqual([
      ['barcodeCheckDigit', 0],
      ['barcodeRepeated', 2],
      ['barcodeTaken', 3],
    ]);
    expect(found[2]?.params).toMatchObject({ sku: 'PAP-A4' });
  });

  it('is booked to an asset or expense account that is not a group, with a known VAT code', () => {
    expect(keys({ accountId: '1400' })).toEqual(['accountIsGroup']);
    expect(keys({ accountId: '4000' })).toEqual(['accountWrongType']);
    expect(keys({ accountId: '5900' })).toEqual(['accountArchived']);
    expect(keys({ accountId: 'gone' })).toEqual(['accountMissing']);
    expect(keys({ accountId: '1410', vatCodeId: null })).toEqual([]);
    expect(keys({ vatCodeId: 'v99' })).toEqual(['vatCodeMissing']);
  });

  it('reorders in whole smallest units, a quantity above zero', () => {
    expect(keys({ reorderPoint: -1 })).toEqual(['quantityInvalid']);
    expect(keys({ reorderPoint: 1.5 })).toEqual(['quantityInvalid']);
    expect(keys({ reorderQuantity: 0 })).toEqual(['reorderQuantityZero']);
    expect(keys({ reorderPoint: null, reorderQuantity: null })).toEqual([]);
  });

  it('is tidied before it is checked: trimmed text, barcodes without spaces', () => {
    const tidy = tidyItemDraft(draft({ sku: ' PEN-1 ', name: ' Blue   pen ', barcodes: [' 4006 3813 33931 ', ''], notes: '  ' }));
    expect(tidy).toMatchObject({ sku: 'PEN-1', name: 'Blue pen', barcodes: ['4006381333931'] });
    expect(tidy).not.toHaveProperty('notes');
  });
});
