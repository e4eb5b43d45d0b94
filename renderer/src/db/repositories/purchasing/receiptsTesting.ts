import type { CatalogItem } from '../../../../../shared/catalog/types';
import type { CompanySetupInput } from '../../../../../shared/company';
import type { OrderLine, PurchaseOrder, Supplier } from '../../../../../shared/purchasing/types';
import { defaultInventoryAccounts } from '../../../../../shared/stock/inventoryAccounts';
import type { StockLocation } from '../../../../../shared/stock/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { ledgerTestBook } from '../ledger/ledgerTesting';
import { seedRecords } from '../stock/stockTesting';
import { storeSuppliers, testSupplier } from './purchasingTesting';

/**
 * A book for receiving and billing tests in the company's own chart, with the inventory
 * accounts a new book of that country starts with (a Hungarian book receives against the
 * suppliers' account), two items, two places and two suppliers.
 */
export async function receivingTestBook(company: Partial<CompanySetupInput> = {}) {
  const book = await ledgerTestBook(company);
  const { db } = book;
  const at = now();
  const item = (sku: string, name: string): CatalogItem => ({
    id: newId(), createdAt: at, updatedAt: at, sku, name, categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 },
    packs: [], barcodes: [], vatCodeId: null, accountId: null, reorderPoint: null, reorderQuantity: null, archived: false,
  });
  const place = (name: string): StockLocation => ({ id: newId(), createdAt: at, updatedAt: at, name, code: name, kind: 'shelf', parentId: null, archived: false });
  const items = { paper: item('P-A4', 'Copy paper A4'), toner: item('T-05A', 'Toner 05A') };
  const places = { main: place('Main'), shelf: place('Shelf A') };
  const accounts = await db.accounts.toArray();
  await seedRecords(db, async () => {
    await db.items.bulkAdd(Object.values(items));
    await db.locations.bulkAdd(Object.values(places));
    await db.settings.put({ key: 'inventory', id: newId(), createdAt: at, updatedAt: at, lastStocktakeNumbers: {}, ...defaultInventoryAccounts(company.country, accounts) });
  });
  const suppliers = { office: testSupplier('Office Depot Kft.', { paymentTermsDays: 15 }), toner: testSupplier('Toner World', { tolerance: 0 }) };
  await storeSuppliers(db, Object.values(suppliers));
  const vatCodes = await db.vatCodes.toArray();
  const inputVat = vatCodes.filter((code) => code.kind === 'input').sort((a, b) => b.rate.numerator / b.rate.denominator - a.rate.numerator / a.rate.denominator);
  return { ...book, items, places, suppliers, inputVat };
}

/** An order line with everything a test does not care about filled in. */
export function testOrderLine(line: Partial<OrderLine> & Pick<OrderLine, 'quantity' | 'price'>): OrderLine {
  return {
    id: newId(), itemId: null, description: 'Line', supplierSku: '', unit: { code: 'pcs', decimals: 0 }, priceUnit: 1, vatCodeId: null, accountId: null,
    received: 0, billed: 0, closedShort: false, requestIds: [], ...line,
  };
}

let orderCounter = 0;

/** Stores a sent order (status 'ordered') as the order screen would, for setting up a test. */
export async function storeOrderedOrder(db: BackofficeDb, supplier: Supplier, lines: OrderLine[], extra: Partial<PurchaseOrder> = {}): Promise<PurchaseOrder> {
  const at = now();
  orderCounter += 1;
  const order: PurchaseOrder = {
    id: newId(), createdAt: at, updatedAt: at, number: `PO-2026-${String(orderCounter).padStart(4, '0')}`, supplierId: supplier.id, supplierName: supplier.name,
    status: 'ordered', orderDate: '2026-03-01', expectedDate: null, deliveryAddress: '', locationId: null, currency: 'EUR', terms: '', notes: '', department: '',
    lines, receiptIds: [], billIds: [], orderedAt: at, closedAt: null, cancelledAt: null, ...extra,
  };
  await writeWithAudit(db, [db.purchaseOrders], 'purchaseOrderSent', async () => {
    await db.purchaseOrders.put(order);
    return { result: undefined, recordIds: [order.id] };
  });
  return order;
}
