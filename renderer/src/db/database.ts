import { Dexie, type DexieOptions, type Table } from 'dexie';
import { entryBlocksOf, forbiddenBlockChange } from '../../../shared/ledger/entryBlocks';
import { forbiddenStockBlockChange } from '../../../shared/stock/blocks';
import type { Account, EntryBlock, JournalEntry, PeriodBalance, RegisterChunk, VatCode } from '../../../shared/ledger/types';
import type { BankMappingRecord, BankRuleRecord, ImportedLineRecord, ReconciliationRecord } from './bankRecords';
import type { CatalogItem, ItemCategory } from '../../../shared/catalog/types';
import type { Equipment, ServiceRecord } from '../../../shared/equipment/types';
import type { StockBlock, StockLevel, StockLocation, Stocktake, StocktakeSheet } from '../../../shared/stock/types';
import type { GoodsReceipt, PurchaseBill, PurchaseOrder, PurchaseRequest, Supplier, SupplierPrice } from '../../../shared/purchasing/types';
import type { AuditEntry, SettingsRecord } from './records';

export const databaseName = 'backoffice';

/**
 * The window's data in IndexedDB. Schema changes are new `version(n)` steps appended
 * below (with an upgrade function when existing records change shape); old steps are
 * never edited, so a database or backup from any earlier version opens in the newest.
 */
export class BackofficeDb extends Dexie {
  settings!: Table<SettingsRecord, string>;
  auditLog!: Table<AuditEntry, string>;
  accounts!: Table<Account, string>;
  entryBlocks!: Table<EntryBlock, [string, number]>;
  drafts!: Table<JournalEntry, string>;
  balances!: Table<PeriodBalance, [string, string, string]>;
  registers!: Table<RegisterChunk, [string, string]>;
  vatCodes!: Table<VatCode, string>;
  bankMappings!: Table<BankMappingRecord, string>;
  bankRules!: Table<BankRuleRecord, string>;
  importedLines!: Table<ImportedLineRecord, string>;
  reconciliations!: Table<ReconciliationRecord, string>;
  items!: Table<CatalogItem, string>;
  itemCategories!: Table<ItemCategory, string>;
  locations!: Table<StockLocation, string>;
  stockBlocks!: Table<StockBlock, [string, number]>;
  stockLevels!: Table<StockLevel, string>;
  stocktakes!: Table<Stocktake, string>;
  stocktakeSheets!: Table<StocktakeSheet, [string, string]>;
  equipment!: Table<Equipment, string>;
  serviceLog!: Table<ServiceRecord, string>;
  suppliers!: Table<Supplier, string>;
  supplierPrices!: Table<SupplierPrice, string>;
  purchaseRequests!: Table<PurchaseRequest, string>;
  purchaseOrders!: Table<PurchaseOrder, string>;
  goodsReceipts!: Table<GoodsReceipt, string>;
  purchaseBills!: Table<PurchaseBill, string>;

  constructor(name: string = databaseName, options?: DexieOptions) {
    super(name, options);

    // Version 1: the company record and preferences (by key), and the activity log.
    this.version(1).stores({
      settings: 'key',
      auditLog: 'id, at',
    });

    // Version 2: the ledger. Laid out by what a posting writes and a report reads (the
    // cost is per record and per index): one record per entry with its lines inside;
    // `entries` holds only posted entries (immutable), `drafts` the editable ones, so
    // neither needs a status index. Reports read monthly `balances` (one record per
    // account, month and currency) and, for the months a report date cuts through, the
    // `registers` chunks (one record per account and month, its postings inside). The
    // chart and VAT codes are few and read whole. Ledger settings live in `settings`
    // under key 'ledger'.
    this.version(2).stores({
      accounts: 'id',
      entries: 'id, date, number',
      drafts: 'id',
      balances: '[accountId+period+currency]',
      registers: '[accountId+period]',
      vatCodes: 'id',
    });

    // Version 3: bank work. The column mapping and encoding remembered per bank account;
    // the rules (few, read whole, ordered by a field); one record per imported statement
    // line, keyed by its fingerprint (which includes the account), so a re-import looks its
    // lines up by key; reconciliations by account. Nothing existing changes shape.
    this.version(3).stores({
      bankMappings: 'accountId',
      bankRules: 'id',
      importedLines: 'fingerprint, accountId',
      reconciliations: 'id, accountId',
    });

    // Version 4: posted entries move into blocks of up to 250 entries of one month
    // (shared/ledger/entryBlocks.ts), because IndexedDB's cost is per record: a restore or
    // an import of 200,000 entries writes 800 records instead. Each block's entry ids
    // (unique across blocks, as the entry key was) and numbers are indexed to find an entry.
    this.version(4)
      .stores({ entries: null, entryBlocks: '[period+block], &*ids, *numbers' })
      .upgrade(async (tx) => {
        const entries = (await tx.table('entries').toArray()) as JournalEntry[];
        entries.sort((a, b) => (a.postedAt ?? '').localeCompare(b.postedAt ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        await tx.table('entryBlocks').bulkAdd(entryBlocksOf(entries));
      });

    // Version 5: the catalog and the warehouse. Items by id, their SKU unique and their
    // barcodes indexed (a scan finds an item); categories and locations are few and read
    // whole. Stock movements are stored in month blocks like posted entries (a million
    // movements are a thousand records), with each item's level kept beside them; a
    // stocktake's lines live in one sheet per location, so people counting different
    // locations save different records. Equipment and its service log.
    this.version(5).stores({
      items: 'id, &sku, *barcodes',
      itemCategories: 'id',
      locations: 'id',
      stockBlocks: '[period+block], &*ids',
      stockLevels: 'itemId',
      stocktakes: 'id',
      stocktakeSheets: '[stocktakeId+locationId]',
      equipment: 'id',
      serviceLog: 'id, equipmentId',
    });

    // Version 6: purchasing. Suppliers are few and read whole; their prices are found by
    // item and by supplier. An order keeps its lines inside it (one record to open, save
    // and receive, up to a few hundred lines); orders are found by number, supplier and
    // status, receipts by order, bills by supplier and by the orders they bill.
    this.version(6).stores({
      suppliers: 'id',
      supplierPrices: 'id, itemId, supplierId',
      purchaseRequests: 'id, status',
      purchaseOrders: 'id, &number, supplierId, status',
      goodsReceipts: 'id, orderId',
      purchaseBills: 'id, supplierId, *orderIds, billDate',
    });

    // Posted entries never change and never leave a block; the one exception is linking
    // the entry that reverses them. A block is stored whole, so the check compares blocks.
    this.entryBlocks.hook('updating', (modifications, _key, existing) => {
      const after = { ...existing, ...(modifications as Partial<EntryBlock>) };
      const refused = forbiddenBlockChange(existing, after);
      if (refused !== null) throw new PostedEntryImmutable(refused);
    });
    this.entryBlocks.hook('deleting', (_key, existing) => {
      if (existing.entries.length > 0) throw new PostedEntryImmutable(existing.ids[0]!);
    });
    // Recorded stock movements likewise never change: a correction is a new movement.
    this.stockBlocks.hook('updating', (modifications, _key, existing) => {
      const refused = forbiddenStockBlockChange(existing, { ...existing, ...(modifications as Partial<StockBlock>) });
      if (refused !== null) throw new StockMovementImmutable(refused);
    });
    this.stockBlocks.hook('deleting', (_key, existing) => {
      if (existing.movements.length > 0) throw new StockMovementImmutable(existing.ids[0]!);
    });
  }
}

/** Thrown by the database itself when something tries to change a posted entry. */
export class PostedEntryImmutable extends Error {
  constructor(entryId: string) {
    super(`Entry ${entryId} is posted and cannot be changed; reverse it instead.`);
    this.name = 'PostedEntryImmutable';
  }
}

/** Thrown by the database itself when something tries to change a recorded stock movement. */
export class StockMovementImmutable extends Error {
  constructor(movementId: string) {
    super(`Stock movement ${movementId} is recorded and cannot be changed; record a correcting movement instead.`);
    this.name = 'StockMovementImmutable';
  }
}

/** Thrown by a backup opened read-only when anything tries to write to it. */
export class BooksReadOnly extends Error {
  constructor() {
    super('This is a backup opened read-only; close it to work on the current books.');
    this.name = 'BooksReadOnly';
  }
}

/**
 * Refuses every write at the lowest layer Dexie has, so no screen, repository or hook
 * can change a backup being looked at, whatever it tries.
 */
export function refuseWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'readOnly',
    create: (down) => ({
      ...down,
      table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(new BooksReadOnly()) }),
    }),
  });
}
