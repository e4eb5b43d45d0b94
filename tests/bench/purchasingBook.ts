/**
 * A purchasing book at benchmark scale, built from the shared record types and written
 * straight into IndexedDB in one transaction (no audited writes, no per-record checks):
 * 5,000 items (most with a reorder point, a third of those below it), 300 suppliers with a
 * preferred price for every item, 20,000 orders holding 100,000 lines over eighteen months
 * (most closed and billed, recent ones ordered, partly received or draft), one ordered
 * order of 300 lines, and requests in every state. Deterministic: the same sizes give the
 * same records. Runs in the benchmark's Chromium page (tests/bench/page/purchasing.ts) and
 * in Node on fake-indexeddb.
 */
import { builtInCategories, type CatalogItem, type ItemCategory } from '../../shared/catalog/types';
import type { StockLevel, StockLocation } from '../../shared/stock/types';
import type { BillLine, OrderLine, OrderStatus, PurchaseBill, PurchaseOrder, PurchaseRequest, Supplier, SupplierPrice } from '../../shared/purchasing/types';
import type { BackofficeDb } from '../../renderer/src/db/database';

export type PurchasingBookSizes = { items: number; suppliers: number; orders: number; lines: number; bigOrderLines: number; requests: number };

export const purchasingBookSizes: PurchasingBookSizes = { items: 5_000, suppliers: 300, orders: 20_000, lines: 100_000, bigOrderLines: 300, requests: 400 };

/** "Today" in the book: orders run from 1 January 2025 to just before it. */
export const purchasingBookToday = '2026-06-15';
/** The ordered order of `bigOrderLines` lines, to open, edit and receive. */
export const bigOrderId = 'bench-order-big';
export const benchLocationId = 'bench-location-main';
export const departments = ['Sales', 'Warehouse', 'Office', 'Workshop', 'Marketing'] as const;

export type PurchasingBook = {
  itemCategories: ItemCategory[];
  items: CatalogItem[];
  locations: StockLocation[];
  stockLevels: StockLevel[];
  suppliers: Supplier[];
  supplierPrices: SupplierPrice[];
  purchaseRequests: PurchaseRequest[];
  purchaseOrders: PurchaseOrder[];
  purchaseBills: PurchaseBill[];
};

const at = '2025-01-01T08:00:00.000Z';
const stamps = { createdAt: at, updatedAt: at };
const pad = (value: number, width: number) => String(value).padStart(width, '0');
const dayMs = 86_400_000;
const dateAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** A price per piece for an item, in cents: 0.50 to 250.00. */
const unitPrice = (item: number) => 50 + ((item * 7_919) % 24_951);

/** Lines per order: 1 to 9 in a fixed pattern, the big order its own size, the total exactly `lines`. */
function lineCounts({ orders, lines, bigOrderLines }: PurchasingBookSizes): number[] {
  const counts = Array.from({ length: orders }, (_, index) => (index === 0 ? bigOrderLines : 1 + ((index * 7) % 9)));
  let surplus = counts.reduce((sum, count) => sum + count, 0) - lines;
  for (let index = orders - 1; surplus !== 0 && index > 0; index -= 1) {
    const change = surplus > 0 ? Math.min(surplus, counts[index]! - 1) : Math.max(surplus, counts[index]! - 9);
    counts[index]! -= change;
    surplus -= change;
  }
  return counts;
}

/** Mostly closed and billed; the last two months ordered, partly received, draft or still closed. */
function statusOf(index: number, orderDate: string): OrderStatus {
  const roll = (index * 37) % 100;
  if (orderDate < dateAfter(purchasingBookToday, -60)) return roll < 3 ? 'cancelled' : roll < 6 ? 'received' : 'closed';
  return roll < 35 ? 'ordered' : roll < 55 ? 'partiallyReceived' : roll < 80 ? 'draft' : 'closed';
}

export function purchasingBook(sizes: PurchasingBookSizes = purchasingBookSizes): PurchasingBook {
  const itemCategories = builtInCategories.map((key): ItemCategory => ({ id: key, builtIn: key, ...stamps }));
  const items = Array.from({ length: sizes.items }, (_, index): CatalogItem => ({
    id: `bench-item-${pad(index, 5)}`, ...stamps, sku: `BI-${pad(index, 5)}`, name: `Bench item ${index + 1}`, categoryId: builtInCategories[index % builtInCategories.length]!,
    unit: { code: 'pcs', decimals: 0 }, packs: [{ name: 'box', contains: 10 }], barcodes: [], vatCodeId: null, accountId: null,
    reorderPoint: index % 10 < 8 ? 20 + (index % 30) : null, reorderQuantity: index % 10 < 8 ? 50 : null, archived: false,
  }));
  const locations: StockLocation[] = [{ id: benchLocationId, ...stamps, name: 'Main warehouse', code: 'WH', kind: 'warehouse', parentId: null, archived: false }];
  const stockLevels = items.map((item, index): StockLevel => {
    // A third of the reordered items are below their reorder point.
    const quantity = item.reorderPoint !== null && index % 3 === 0 ? index % item.reorderPoint : 60 + (index % 90);
    const value = quantity * unitPrice(index);
    return { itemId: item.id, quantity, value, byLocation: { [benchLocationId]: { quantity, value } }, periods: ['2025-01'], lastMovement: '2025-01-02' };
  });
  const suppliers = Array.from({ length: sizes.suppliers }, (_, index): Supplier => ({
    id: `bench-supplier-${pad(index, 3)}`, ...stamps, name: `Bench supplier ${index + 1} Kft.`, otherNames: [], taxNumber: `1${pad(index, 7)}-2-42`,
    contacts: [{ name: `Contact ${index + 1}`, role: 'sales', email: `sales${index}@supplier.example`, phone: '' }], address: `${index + 1} Supply Street`,
    email: `orders${index}@supplier.example`, phone: '', paymentTermsDays: 30, leadTimeDays: 3 + (index % 12), currency: 'EUR', tolerance: null, notes: '', archived: false,
  }));
  const preferredOf = (item: number) => item % sizes.suppliers;
  const supplierPrices: SupplierPrice[] = [];
  items.forEach((item, index) => {
    const price = { ...stamps, itemId: item.id, supplierSku: `S-${item.sku}`, priceUnit: 1, currency: 'EUR', packSize: index % 4 === 0 ? 10 : 1, minimumQuantity: 0, validFrom: '2025-01-01', history: [] };
    supplierPrices.push({ ...price, id: `bench-price-${pad(index, 5)}`, supplierId: suppliers[preferredOf(index)]!.id, preferred: true, price: unitPrice(index) });
    if (index % 5 === 0) supplierPrices.push({ ...price, id: `bench-price-${pad(index, 5)}-b`, supplierId: suppliers[(preferredOf(index) + 1) % sizes.suppliers]!.id, preferred: false, price: unitPrice(index) + 25 });
  });

  const counts = lineCounts(sizes);
  const span = Math.round((Date.parse(`${purchasingBookToday}T00:00:00Z`) - Date.parse('2025-01-01T00:00:00Z')) / dayMs) - 5;
  const purchaseOrders: PurchaseOrder[] = [];
  const purchaseBills: PurchaseBill[] = [];
  const perYear: Record<string, number> = {};
  for (let index = 0; index < sizes.orders; index += 1) {
    const big = index === 0;
    const orderDate = big ? dateAfter(purchasingBookToday, -10) : dateAfter('2025-01-01', Math.floor((index * span) / sizes.orders));
    const status: OrderStatus = big ? 'ordered' : statusOf(index, orderDate);
    const supplier = index % sizes.suppliers;
    const year = orderDate.slice(0, 4);
    perYear[year] = (perYear[year] ?? 0) + 1;
    const id = big ? bigOrderId : `bench-order-${pad(index, 5)}`;
    const lines = Array.from({ length: counts[index]! }, (_, lineIndex): OrderLine => {
      // The supplier's own items (those it is preferred for), the big order every kind.
      const item = big ? (lineIndex * 16) % sizes.items : (supplier + sizes.suppliers * ((index + lineIndex * 3) % Math.ceil(sizes.items / sizes.suppliers))) % sizes.items;
      const quantity = 5 + ((index + lineIndex) % 20) * 5;
      const received = status === 'closed' || status === 'received' ? quantity : status === 'partiallyReceived' && lineIndex % 2 === 0 ? Math.ceil(quantity / 2) : 0;
      return {
        id: `${id}-${pad(lineIndex, 3)}`, itemId: items[item]!.id, description: items[item]!.name, supplierSku: `S-${items[item]!.sku}`, quantity, unit: { code: 'pcs', decimals: 0 },
        price: unitPrice(item), priceUnit: 1, vatCodeId: null, accountId: null, received, billed: status === 'closed' ? received : 0, closedShort: false, requestIds: [],
      };
    });
    const billId = `bench-bill-${pad(index, 5)}`;
    const billed = status === 'closed';
    purchaseOrders.push({
      id, ...stamps, number: `PO-${year}-${pad(perYear[year]!, 5)}`, supplierId: suppliers[supplier]!.id, supplierName: suppliers[supplier]!.name, status, orderDate,
      expectedDate: dateAfter(orderDate, suppliers[supplier]!.leadTimeDays), deliveryAddress: '12 Quay Street', locationId: benchLocationId, currency: 'EUR', terms: 'Net 30',
      notes: '', department: departments[index % departments.length]!, lines, receiptIds: [], billIds: billed ? [billId] : [],
      orderedAt: status === 'draft' ? null : `${orderDate}T09:00:00.000Z`, closedAt: billed ? `${dateAfter(orderDate, 20)}T09:00:00.000Z` : null,
      cancelledAt: status === 'cancelled' ? `${dateAfter(orderDate, 2)}T09:00:00.000Z` : null,
    });
    if (!billed) continue;
    const billLines = lines.map((line): BillLine => ({
      id: `${billId}-${line.id.slice(-3)}`, orderId: id, orderLineId: line.id, description: line.description, quantity: line.billed, price: line.price, priceUnit: line.priceUnit, vatCodeId: null, accountId: null,
      itemId: line.itemId, department: departments[index % departments.length]!,
    }));
    // Every tenth bill adds freight, a line of no order line.
    if (index % 10 === 0) billLines.push({ id: `${billId}-freight`, orderId: id, orderLineId: null, description: 'Freight', quantity: 1, price: 1_500, priceUnit: 1, vatCodeId: null, accountId: null, itemId: null, department: departments[index % departments.length]! });
    const billDate = dateAfter(orderDate, 12);
    purchaseBills.push({
      id: billId, ...stamps, supplierId: suppliers[supplier]!.id, number: `INV-${pad(index, 6)}`, billDate, dueDate: dateAfter(billDate, 30), currency: 'EUR', orderIds: [id],
      lines: billLines, status: 'posted', entryId: null, postedAt: `${billDate}T10:00:00.000Z`, note: '',
    });
  }

  const requestStates = ['open', 'approved', 'rejected', 'ordered'] as const;
  const purchaseRequests = Array.from({ length: sizes.requests }, (_, index): PurchaseRequest => {
    const item = (index * 11) % sizes.items;
    const status = requestStates[index % requestStates.length]!;
    return {
      id: `bench-request-${pad(index, 4)}`, ...stamps, number: `RQ-2026-${pad(index + 1, 4)}`, itemId: index % 7 === 0 ? null : items[item]!.id,
      description: index % 7 === 0 ? `Something not in the catalog ${index}` : items[item]!.name, quantity: 1 + (index % 12), unit: { code: 'pcs', decimals: 0 },
      requestedBy: `Colleague ${index % 9}`, department: departments[index % departments.length]!, neededBy: dateAfter(purchasingBookToday, index % 30), status,
      decisionNote: status === 'rejected' ? 'Not this quarter' : '', decidedAt: status === 'open' ? null : at, orderId: null, orderLineId: null,
    };
  });

  return { itemCategories, items, locations, stockLevels, suppliers, supplierPrices, purchaseRequests, purchaseOrders, purchaseBills };
}

/** Writes the book into an empty database in one transaction, records as they are (past the audited-writes guard). */
export async function storePurchasingBook(db: BackofficeDb, book: PurchasingBook): Promise<void> {
  const tables = [db.itemCategories, db.items, db.locations, db.stockLevels, db.suppliers, db.supplierPrices, db.purchaseRequests, db.purchaseOrders, db.purchaseBills];
  await db.transaction('rw', tables, async () => {
    await Promise.all([
      db.itemCategories.bulkPut(book.itemCategories),
      db.items.bulkAdd(book.items),
      db.locations.bulkAdd(book.locations),
      db.stockLevels.bulkAdd(book.stockLevels),
      db.suppliers.bulkAdd(book.suppliers),
      db.supplierPrices.bulkAdd(book.supplierPrices),
      db.purchaseRequests.bulkAdd(book.purchaseRequests),
      db.purchaseOrders.bulkAdd(book.purchaseOrders),
      db.purchaseBills.bulkAdd(book.purchaseBills),
    ]);
  });
}
