import type { FinishedBackup } from '../../../../shared/backup/channels';
import { backupFormat, tablePartPath } from '../../../../shared/backup/format';
import type { BackupManifest } from '../../../../shared/backup/manifest';
import type { BackupProblem } from '../../../../shared/backup/problems';
import { balancesFromEntries, registerChunksFromEntries } from '../../../../shared/ledger/aggregates';
import { entryBlocksOf } from '../../../../shared/ledger/entryBlocks';
import { generateBook } from '../../../../shared/ledger/testing';
import type { Account, JournalEntry, PeriodBalance, RegisterChunk } from '../../../../shared/ledger/types';
import { stockBlocksOf } from '../../../../shared/stock/blocks';
import { levelsFromMovements } from '../../../../shared/stock/levels';
import type { GoodsReceipt, PurchaseBill, PurchaseOrder, PurchaseRequest, Supplier, SupplierPrice } from '../../../../shared/purchasing/types';
import type { StockMovement } from '../../../../shared/stock/types';
import type { BackofficeDb } from '../database';
import { unguardedConnection } from '../testing';
import type { EncodedPart } from './partCodec';
import type { BackupSink, BackupSource } from './types';

/**
 * Main's half of a backup (the file) for tests of the window's half: a sink that keeps the
 * parts in memory, as main would put them in the zip, and a source that reads them back.
 * Not used by the app.
 */
export type MemoryBackup = { sink: BackupSink; aborted: (BackupProblem | undefined)[]; source(): BackupSource; partSizes: number[] };

export function memoryBackup(schemaVersion: number): MemoryBackup {
  const parts = new Map<string, { path: string; part: EncodedPart; records: number }[]>();
  const aborted: (BackupProblem | undefined)[] = [];
  let manifest: BackupManifest | undefined;
  const partSizes: number[] = [];
  const sink: BackupSink = {
    async addPart(table, part, records) {
      const list = parts.get(table) ?? [];
      list.push({ path: tablePartPath(table, list.length + 1), part, records });
      parts.set(table, list);
      partSizes.push(records);
    },
    async finish(tables) {
      manifest = {
        format: backupFormat,
        formatVersion: 1,
        schemaVersion,
        appVersion: 'test',
        company: 'Acme',
        createdAt: new Date().toISOString(),
        purpose: 'regular',
        tables: tables.map((table) => ({
          ...table,
          parts: (parts.get(table.name) ?? []).map(({ path, records, part }) => ({ path, records, sha256: part.sha256, bytes: part.bytes })),
        })),
        documents: { count: 0, bytes: 0, files: [] },
      };
      const finished: FinishedBackup = { fileName: 'memory', folder: '', bytes: 0, createdAt: manifest.createdAt, records: 0, documents: 0, removed: [] };
      return finished;
    },
    async abort(reason) {
      aborted.push(reason);
    },
  };
  const byPath = () => new Map([...parts.values()].flat().map(({ path, part }) => [path, part.deflated]));
  return {
    sink,
    aborted,
    partSizes,
    source: () => ({ manifest: manifest!, readPart: async (path) => byPath().get(path)! }),
  };
}

/** The ledger's records of a book: chart, posted entries and the aggregates the ledger keeps beside them. */
export type BookRecords = { accounts: Account[]; entries: JournalEntry[]; balances: PeriodBalance[]; registers: RegisterChunk[] };

/** A consistent book of `count` posted entries over one year on the default chart, aggregates included. */
export function bookRecords(count: number): BookRecords {
  const { accounts, entries } = generateBook(count, { firstYear: 2026, years: 1 });
  return bookOf(accounts, entries);
}

/** The chart and entries with the balances and register chunks they give. */
export function bookOf(accounts: Account[], entries: JournalEntry[]): BookRecords {
  return { accounts, entries, balances: balancesFromEntries(entries), registers: registerChunksFromEntries(entries) };
}

/** Stores the records as they are, in one transaction, past the ledger's rules: tests tamper with them first. */
export async function storeBook(books: BackofficeDb, book: BookRecords): Promise<void> {
  const db = unguardedConnection(books);
  try {
    await db.transaction('rw', [db.accounts, db.entryBlocks, db.balances, db.registers], async () => {
      await db.accounts.bulkAdd(book.accounts);
      await db.entryBlocks.bulkAdd(entryBlocksOf(book.entries));
      await db.balances.bulkAdd(book.balances);
      await db.registers.bulkAdd(book.registers);
    });
  } finally {
    db.close();
  }
}

/**
 * A warehouse's records over every inventory table: items, places, `movements` receipts
 * in stock blocks (enough for several backup parts) with the levels they give, a
 * stocktake with a sheet, equipment with a service line.
 */
export async function storeInventory(books: BackofficeDb, movements: number): Promise<void> {
  const at = '2026-02-01T08:00:00.000Z';
  const stamps = { createdAt: at, updatedAt: at };
  const items = ['A', 'B', 'C'].map((sku) => ({
    id: `item-${sku}`, ...stamps, sku, name: `Item ${sku}`, categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 },
    packs: [{ name: 'box', contains: 10 }], barcodes: [`590000000000${sku.charCodeAt(0) % 10}`], vatCodeId: null, accountId: null, reorderPoint: 5, reorderQuantity: 20, archived: false,
  }));
  const locations = [{ id: 'loc-main', ...stamps, name: 'Main', code: 'M', kind: 'warehouse' as const, parentId: null, archived: false }];
  const moved: StockMovement[] = Array.from({ length: movements }, (_, index) => ({
    id: `mv-${String(index).padStart(7, '0')}`, at, date: `2026-0${1 + (index % 9)}-15`, kind: 'receipt', itemId: items[index % 3]!.id, locationId: 'loc-main', quantity: 1 + (index % 7), value: 100 * (1 + (index % 7)), source: { kind: 'import' },
  }));
  const db = unguardedConnection(books);
  try {
    await db.transaction('rw', [db.items, db.itemCategories, db.locations, db.stockBlocks, db.stockLevels, db.stocktakes, db.stocktakeSheets, db.equipment, db.serviceLog], async () => {
      await db.items.bulkAdd(items);
      await db.itemCategories.add({ id: 'stationery', builtIn: 'stationery', ...stamps });
      await db.locations.bulkAdd(locations);
      await db.stockBlocks.bulkAdd(stockBlocksOf(moved));
      await db.stockLevels.bulkAdd(levelsFromMovements(moved));
      await db.stocktakes.add({ id: 'st-1', ...stamps, number: 'ST-2026-001', name: 'Year end', scope: { kind: 'all' }, blind: true, tolerancePercent: 2, status: 'counting', snapshotAt: at, date: '2026-02-01', lineCount: 3 });
      await db.stocktakeSheets.add({ stocktakeId: 'st-1', locationId: 'loc-main', lines: items.map((item) => ({ itemId: item.id, expected: 10, counted: null })), updatedAt: at });
      await db.equipment.add({ id: 'eq-1', ...stamps, name: 'Printer', category: 'printer', serialNumber: 'SN1', locationId: 'loc-main', responsible: 'Anna', purchaseDate: '2025-01-10', purchaseCost: 120_000, warrantyEnd: '2027-01-10', condition: 'working', serviceIntervalMonths: 6 });
      await db.serviceLog.add({ id: 'sv-1', ...stamps, equipmentId: 'eq-1', date: '2026-01-20', work: 'Drum replaced', cost: 15_000, by: 'PrintFix' });
    });
  } finally {
    db.close();
  }
}

/**
 * Purchasing's records over every purchasing table, written as they are (after
 * `storeInventory`, whose item A they order): two suppliers with a price, a request turned
 * into an order line, the order received in part and billed for what came.
 */
export async function storePurchasing(books: BackofficeDb): Promise<void> {
  const at = '2026-03-01T08:00:00.000Z';
  const stamps = { createdAt: at, updatedAt: at };
  const supplier = (id: string, name: string): Supplier => ({
    id, ...stamps, name, otherNames: [], taxNumber: '', contacts: [{ name: 'Eva', role: 'sales', email: 'eva@example.com', phone: '' }], address: '1 Dock Road',
    email: 'orders@example.com', phone: '', paymentTermsDays: 30, leadTimeDays: 5, currency: 'EUR', tolerance: null, notes: '', archived: false,
  });
  const suppliers = [supplier('sup-paper', 'Paper & Co'), supplier('sup-toner', 'Toner World')];
  const price: SupplierPrice = {
    id: 'price-1', ...stamps, itemId: 'item-A', supplierId: 'sup-paper', preferred: true, supplierSku: 'PC-A', price: 1_250, priceUnit: 10, currency: 'EUR',
    packSize: 10, minimumQuantity: 0, validFrom: '2026-03-01', history: [{ price: 1_200, priceUnit: 10, validFrom: '2026-01-01', changedAt: at }],
  };
  const request: PurchaseRequest = {
    id: 'req-1', ...stamps, number: 'RQ-2026-0001', itemId: 'item-A', description: 'Item A', quantity: 20, unit: { code: 'pcs', decimals: 0 }, requestedBy: 'Anna',
    department: 'Sales', neededBy: '2026-03-10', status: 'ordered', decisionNote: '', decidedAt: at, orderId: 'po-1', orderLineId: 'po-1-l1',
  };
  const order: PurchaseOrder = {
    id: 'po-1', ...stamps, number: 'PO-2026-0001', supplierId: 'sup-paper', supplierName: 'Paper & Co', status: 'partiallyReceived', orderDate: '2026-03-01', expectedDate: '2026-03-06',
    deliveryAddress: '1 Quay Street', locationId: 'loc-main', currency: 'EUR', terms: 'Net 30', notes: '', department: 'Sales',
    lines: [{ id: 'po-1-l1', itemId: 'item-A', description: 'Item A', supplierSku: 'PC-A', quantity: 20, unit: { code: 'pcs', decimals: 0 }, price: 1_250, priceUnit: 10, vatCodeId: null, accountId: null, received: 10, billed: 10, closedShort: false, requestIds: ['req-1'] }],
    receiptIds: ['gr-1'], billIds: ['bill-1'], orderedAt: at, closedAt: null, cancelledAt: null,
  };
  const receipt: GoodsReceipt = {
    id: 'gr-1', createdAt: at, number: 'GR-2026-0001', orderId: 'po-1', date: '2026-03-05', lines: [{ orderLineId: 'po-1-l1', itemId: 'item-A', quantity: 10, value: 1_250, locationId: 'loc-main' }],
    deliveryNote: 'DN-88', note: '', movementIds: [], entryId: null,
  };
  const bill: PurchaseBill = {
    id: 'bill-1', ...stamps, supplierId: 'sup-paper', number: 'INV-5001', billDate: '2026-03-07', dueDate: '2026-04-06', currency: 'EUR', orderIds: ['po-1'],
    lines: [{ id: 'bill-1-l1', orderId: 'po-1', orderLineId: 'po-1-l1', description: 'Item A', quantity: 10, price: 1_250, priceUnit: 10, vatCodeId: null, accountId: null }],
    status: 'draft', entryId: null, postedAt: null, note: '',
  };
  const db = unguardedConnection(books);
  try {
    await db.transaction('rw', [db.suppliers, db.supplierPrices, db.purchaseRequests, db.purchaseOrders, db.goodsReceipts, db.purchaseBills], async () => {
      await db.suppliers.bulkAdd(suppliers);
      await db.supplierPrices.add(price);
      await db.purchaseRequests.add(request);
      await db.purchaseOrders.add(order);
      await db.goodsReceipts.add(receipt);
      await db.purchaseBills.add(bill);
    });
  } finally {
    db.close();
  }
}
