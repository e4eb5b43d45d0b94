import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import type { SupplierPrice } from '../../../../../shared/purchasing/types';
import { blankLine, itemFinder, lineFromText } from './orderLineEditing';

const item = (id: string, sku: string, name: string, extra: Partial<CatalogItem> = {}): CatalogItem => ({
  id, createdAt: '', updatedAt: '', sku, name, categoryId: '', unit: { code: 'pcs', decimals: 0 }, packs: [], barcodes: [], vatCodeId: 'v27',
  accountId: null, reorderPoint: null, reorderQuantity: null, archived: false, ...extra,
});
const items = [item('paper', 'P-A4', 'Copy paper A4', { barcodes: ['5999000000011'] }), item('wire', 'W-1', 'Wire', { unit: { code: 'm', decimals: 2 } }), item('old', 'OLD', 'Fax roll', { archived: true })];
const price = (extra: Partial<SupplierPrice>): SupplierPrice => ({
  id: 'x', createdAt: '', updatedAt: '', itemId: 'paper', supplierId: 's', preferred: false, supplierSku: 'CP', price: 450, priceUnit: 500,
  currency: 'EUR', packSize: 500, minimumQuantity: 0, validFrom: '2026-01-01', history: [], ...extra,
});
const find = itemFinder(items);

describe('typing an order line', () => {
  it('finds the item by SKU, barcode, name or picker label, and takes the preferred price', () => {
    const prices = [price({ id: 'a', price: 500 }), price({ id: 'b', preferred: true, supplierSku: 'CP-500', price: 450 })];
    for (const text of ['p-a4', '5999000000011', 'Copy paper A4', 'P-A4 — Copy paper A4']) {
      expect(lineFromText(blankLine('l'), text, find, prices)).toMatchObject({ itemId: 'paper', description: 'Copy paper A4', supplierSku: 'CP-500', price: 450, priceUnit: 500, vatCodeId: 'v27' });
    }
  });

  it('prices an item the supplier has no price for per whole unit of its own', () => {
    expect(lineFromText(blankLine('l'), 'W-1', find, [])).toMatchObject({ itemId: 'wire', unit: { code: 'm', decimals: 2 }, priceUnit: 100 });
  });

  it('keeps text that names no item (or an archived one) as free text', () => {
    expect(lineFromText(blankLine('l'), ' Delivery ', find, [])).toMatchObject({ itemId: null, description: 'Delivery' });
    expect(lineFromText(blankLine('l'), 'OLD', find, [])).toMatchObject({ itemId: null, description: 'OLD' });
  });
});
