// Runs the app's own reorder repository in the browser for the reorder benchmark: a book
// of many items, suppliers and orders (most of them long closed), then the suggestions read.
import type { CatalogItem } from '../../../shared/catalog/types';
import type { OrderStatus, PurchaseOrder, PurchaseRequest, Supplier, SupplierPrice } from '../../../shared/purchasing/types';
import type { StockLevel } from '../../../shared/stock/types';
import { now, writeWithAudit } from '../../../renderer/src/db/audit';
import { BackofficeDb } from '../../../renderer/src/db/database';
import { createCompanyRepository } from '../../../renderer/src/db/repositories/companyRepository';
import { readReorderSuggestions } from '../../../renderer/src/db/repositories/purchasing/reorder';

let db: BackofficeDb | undefined;

/** Of every 20 orders: one draft, one sent, one partly delivered (15 % still open), one cancelled, one received, the rest closed. */
const statusOf = (index: number): OrderStatus => (['draft', 'ordered', 'partiallyReceived', 'cancelled', 'received'] as const)[index % 20] ?? 'closed';

const bench = {
  /** A company with `items` items (all with a reorder point), `suppliers` suppliers, `orders` orders of `linesPer` lines and some open requests. */
  async setUp(name: string, itemCount: number, supplierCount: number, orderCount: number, linesPer: number) {
    await new BackofficeDb(name).delete();
    db = new BackofficeDb(name);
    const book = db;
    await createCompanyRepository(book).saveCompanySetup({ name: 'Bench Trading Kft.', address: '', taxNumber: '', baseCurrency: 'EUR', fiscalYearStart: { month: 1, day: 1 }, language: 'en' });
    const at = now();
    const pcs = { code: 'pcs', decimals: 0 };
    const items: CatalogItem[] = Array.from({ length: itemCount }, (_, index) => ({
      id: `item-${index}`, createdAt: at, updatedAt: at, sku: `SKU-${String(index).padStart(5, '0')}`, name: `Bench item ${index}`, categoryId: 'stationery',
      unit: pcs, packs: [{ name: 'box', contains: 12 }], barcodes: [], vatCodeId: null, accountId: null, reorderPoint: 20 + (index % 30), reorderQuantity: index % 3 === 0 ? null : 50, maxLevel: 120, archived: false,
    }));
    const suppliers: Supplier[] = Array.from({ length: supplierCount }, (_, index) => ({
      id: `supplier-${index}`, createdAt: at, updatedAt: at, name: `Supplier ${String(index).padStart(3, '0')}`, otherNames: [], taxNumber: '', contacts: [], address: '', email: '', phone: '',
      paymentTermsDays: 30, leadTimeDays: 7, currency: 'EUR', tolerance: null, notes: '', archived: false,
    }));
    const price = (itemIndex: number, supplierIndex: number, preferred: boolean): SupplierPrice => ({
      id: `price-${itemIndex}-${supplierIndex}`, createdAt: at, updatedAt: at, itemId: `item-${itemIndex}`, supplierId: `supplier-${supplierIndex}`, preferred, supplierSku: '',
      price: 100 + (itemIndex % 900), priceUnit: 1, currency: 'EUR', packSize: 1 + (itemIndex % 12), minimumQuantity: itemIndex % 7 === 0 ? 24 : 0, validFrom: '2026-01-01', history: [],
    });
    const prices = items.flatMap((_, index) => [price(index, index % supplierCount, true), ...(index % 2 === 0 ? [price(index, (index + 1) % supplierCount, false)] : [])]);
    const levels: StockLevel[] = items.map((item, index) => ({ itemId: item.id, quantity: index % 100, value: 0, byLocation: {}, periods: [] }));
    const orders: PurchaseOrder[] = Array.from({ length: orderCount }, (_, index) => ({
      id: `order-${index}`, createdAt: at, updatedAt: at, number: `PO-2026-${String(index).padStart(5, '0')}`, supplierId: `supplier-${index % supplierCount}`, supplierName: '',
      status: statusOf(index), orderDate: '2026-01-02', expectedDate: null, deliveryAddress: '', locationId: null, currency: 'EUR', terms: '', notes: '', department: '',
      lines: Array.from({ length: linesPer }, (_, line) => ({
        id: `line-${index}-${line}`, itemId: `item-${(index * linesPer + line * 7) % itemCount}`, description: '', supplierSku: '', quantity: 12, unit: pcs, price: 100, priceUnit: 1,
        vatCodeId: null, accountId: null, received: statusOf(index) === 'partiallyReceived' ? 6 : 0, billed: 0, closedShort: false, requestIds: [],
      })),
      receiptIds: [], billIds: [], orderedAt: null, closedAt: null, cancelledAt: null,
    }));
    const requests: PurchaseRequest[] = Array.from({ length: 500 }, (_, index) => ({
      id: `request-${index}`, createdAt: at, updatedAt: at, number: `RQ-2026-${String(index).padStart(4, '0')}`, itemId: `item-${(index * 11) % itemCount}`, description: '', quantity: 3, unit: pcs,
      requestedBy: 'Bench', department: '', neededBy: null, status: index % 2 === 0 ? 'open' : 'approved', decisionNote: '', decidedAt: null, orderId: null, orderLineId: null,
    }));
    await writeWithAudit(book, [book.items, book.suppliers, book.supplierPrices, book.stockLevels, book.purchaseRequests], 'itemsImported', async () => {
      await book.items.bulkAdd(items);
      await book.suppliers.bulkAdd(suppliers);
      await book.supplierPrices.bulkAdd(prices);
      await book.stockLevels.bulkAdd(levels);
      await book.purchaseRequests.bulkAdd(requests);
      return { result: undefined, recordIds: [] };
    });
    for (let start = 0; start < orders.length; start += 5000) {
      await writeWithAudit(book, [book.purchaseOrders], 'purchaseOrderSaved', async () => {
        await book.purchaseOrders.bulkAdd(orders.slice(start, start + 5000));
        return { result: undefined, recordIds: [] };
      });
    }
    book.close();
    db = undefined;
  },
  /** Milliseconds to read the suggestions (the book opened first if this page has not yet, or afresh), with how many items and suppliers they name. */
  async suggest(name: string, fresh = false) {
    // A fresh connection has no suggestions in hand: the read the first opening pays.
    if (fresh) db?.close();
    if (fresh) db = undefined;
    db ??= new BackofficeDb(name);
    await db.open();
    const start = performance.now();
    const groups = await readReorderSuggestions(db!);
    const ms = performance.now() - start;
    return { ms, groups: groups.length, items: groups.reduce((sum, group) => sum + group.suggestions.length, 0) };
  },
};

Object.assign(window, { bench });
document.body.dataset.ready = 'true';
