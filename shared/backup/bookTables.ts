import type { FiscalYearStart } from '../dates';
import type { Language } from '../i18n/languages';
import { balancesFromEntries, registerChunksFromEntries } from '../ledger/aggregates';
import { entryBlocksOf } from '../ledger/entryBlocks';
import type { Account, JournalEntry } from '../ledger/types';
import { bookOfCompanyRecord, type BackupBook } from './book';

/**
 * A ledger (accounts and posted entries, e.g. from an hledger journal) as the tables of a
 * backup the app can restore. It is written at the current database version, so a restore
 * writes the entries' blocks straight away (800 records for 200,000 entries) instead of
 * running the upgrade over 200,000 entry records. The monthly balances and register
 * chunks are computed here with the same functions the app maintains them with.
 */

export const ledgerSchemaVersion = 6;

/** Database version 6's tables and their Dexie schema (renderer/src/db/database.ts). */
export const bookSchema: Readonly<Record<string, string>> = {
  settings: 'key',
  auditLog: 'id, at',
  accounts: 'id',
  entryBlocks: '[period+block], &*ids, *numbers',
  drafts: 'id',
  balances: '[accountId+period+currency]',
  registers: '[accountId+period]',
  vatCodes: 'id',
  bankMappings: 'accountId',
  bankRules: 'id',
  importedLines: 'fingerprint, accountId',
  reconciliations: 'id, accountId',
  items: 'id, &sku, *barcodes',
  itemCategories: 'id',
  locations: 'id',
  stockBlocks: '[period+block], &*ids',
  stockLevels: 'itemId',
  stocktakes: 'id',
  stocktakeSheets: '[stocktakeId+locationId]',
  equipment: 'id',
  serviceLog: 'id, equipmentId',
  suppliers: 'id',
  supplierPrices: 'id, itemId, supplierId',
  purchaseRequests: 'id, status',
  purchaseOrders: 'id, &number, supplierId, status',
  goodsReceipts: 'id, orderId',
  purchaseBills: 'id, supplierId, *orderIds, billDate',
};

export type BookCompany = {
  name: string;
  baseCurrency: string;
  language: Language;
  fiscalYearStart?: FiscalYearStart;
};

export type TableData = { name: string; schema: string; records: unknown[] };

/** The last number used per year ("2026-0012" → {"2026": 12}), so the app numbers on from there. */
export function lastNumbersOf(entries: readonly JournalEntry[]): Record<string, number> {
  const last: Record<string, number> = {};
  for (const { number } of entries) {
    const match = /^(\d{4})-(\d{1,9})$/.exec(number);
    if (match) last[match[1]!] = Math.max(last[match[1]!] ?? 0, Number(match[2]));
  }
  return last;
}

export function bookTables(
  book: { accounts: readonly Account[]; entries: readonly JournalEntry[] },
  company: BookCompany,
  stamp: { newId: () => string; at: string },
): TableData[] {
  const { at } = stamp;
  const records: Record<string, unknown[]> = {
    settings: [
      {
        key: 'company',
        id: stamp.newId(),
        name: company.name,
        address: '',
        taxNumber: '',
        baseCurrency: company.baseCurrency,
        fiscalYearStart: company.fiscalYearStart ?? { month: 1, day: 1 },
        language: company.language,
        createdAt: at,
        updatedAt: at,
      },
      {
        key: 'ledger',
        id: stamp.newId(),
        lockDate: null,
        lastNumbers: lastNumbersOf(book.entries),
        balancesRevision: stamp.newId(),
        createdAt: at,
        updatedAt: at,
      },
    ],
    auditLog: [{ id: stamp.newId(), at, action: 'entriesImported', tables: ['accounts', 'entryBlocks'], recordIds: [] }],
    accounts: [...book.accounts],
    entryBlocks: entryBlocksOf(book.entries),
    drafts: [],
    balances: balancesFromEntries(book.entries),
    registers: registerChunksFromEntries(book.entries),
    vatCodes: [],
    bankMappings: [],
    bankRules: [],
    importedLines: [],
    reconciliations: [],
  };
  return Object.entries(bookSchema).map(([name, schema]) => ({ name, schema, records: records[name] ?? [] }));
}

/** The book that `bookTables` made: its company record's name and id, for the backup's manifest. */
export function bookOfTables(tables: readonly TableData[]): BackupBook {
  const settings = tables.find((table) => table.name === 'settings')?.records ?? [];
  return bookOfCompanyRecord(settings.find((record) => (record as { key?: unknown }).key === 'company'));
}
