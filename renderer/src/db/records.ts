import type { RegionalChoice } from '../../../shared/i18n/regional';
import type { CompanySetup } from '../../../shared/company';
import type { IsoDate } from '../../../shared/dates';
import type { Language } from '../../../shared/i18n/languages';

/** ISO 8601 instant, e.g. "2026-11-25T12:30:00.000Z". */
export type Timestamp = string;

/** Every stored business record carries these. */
export type RecordStamps = {
  /** ULID, stable for the life of the record. */
  id: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

/** The company this installation keeps the books for (settings key 'company'). */
export type CompanyRecord = RecordStamps & CompanySetup & { key: 'company' };

/** The office manager's own choices (settings key 'preferences'). */
export type PreferencesRecord = RecordStamps & {
  key: 'preferences';
  language: Language;
  /** How dates and amounts are written; missing or 'auto': from the company's country. */
  regionalFormat?: RegionalChoice;
};

/** The ledger's own settings (settings key 'ledger'). */
export type LedgerSettingsRecord = RecordStamps & {
  key: 'ledger';
  /** Postings dated on or before this day are refused; null: nothing is locked. */
  lockDate: IsoDate | null;
  /** The last entry number used per numbering year, e.g. {"2026": 12} after "2026-0012". */
  lastNumbers: Record<string, number>;
  /**
   * Changes whenever the balances change (a new ULID per write), so a reader that cached
   * them knows whether its copy is still current, even across a backup restore.
   */
  balancesRevision: string;
};

/** The warehouse's own settings (settings key 'inventory'). */
export type InventorySettingsRecord = RecordStamps & {
  key: 'inventory';
  /** Where stock is kept in the books (an asset account) and where count differences and write-offs go. */
  inventoryAccountId: string | null;
  adjustmentAccountId: string | null;
  /** The account a receipt with a cost is credited to until the supplier's bill arrives (goods received, not invoiced). */
  receiptAccountId: string | null;
  /** The expense an issue to a department or person is booked to, for items without their own. */
  consumptionAccountId: string | null;
  /** The last stocktake number used per year, e.g. {"2026": 3} after "ST-2026-003". */
  lastStocktakeNumbers: Record<string, number>;
};

/** Purchasing's own settings (settings key 'purchasing'). */
export type PurchasingSettingsRecord = RecordStamps & {
  key: 'purchasing';
  /** The last number used per year and kind, e.g. {"2026": 42} after "PO-2026-0042". */
  lastOrderNumbers: Record<string, number>;
  lastReceiptNumbers: Record<string, number>;
  lastRequestNumbers: Record<string, number>;
  /** How far a bill may exceed the order or receipt before it is flagged, in basis points (100 = 1 %), for suppliers without their own. */
  tolerance: number;
  /** Printed on orders unless the order says otherwise. */
  deliveryAddress: string;
  terms: string;
  /** Where deliveries are received unless the order says otherwise. */
  defaultLocationId: string | null;
  /** Where bills' price differences against the receipt's cost go; null: the stock adjustments account. */
  priceDifferenceAccountId: string | null;
};

export type SettingsRecord = CompanyRecord | PreferencesRecord | LedgerSettingsRecord | InventorySettingsRecord | PurchasingSettingsRecord;
export type SettingsKey = SettingsRecord['key'];

/** What happened, in the office's words; translated as `audit.actions.<action>`. */
export const auditActions = [
  'companySetUp',
  'companyChanged',
  'ledgerSetUp',
  'accountAdded',
  'accountChanged',
  'accountDeleted',
  'vatCodeChanged',
  'entryPosted',
  'entryReversed',
  'lockDateSet',
  'yearClosed',
  'entriesImported',
  'aggregatesRebuilt',
  'bankStatementImported',
  'bankRuleChanged',
  'reconciliationFinished',
  'draftSaved',
  'draftDeleted',
  'entryDuplicated',
  'reconciliationStarted',
  'reconciliationStatementChanged',
  'reconciliationTicked',
  'reconciliationCancelled',
  'bankMappingSaved',
  'languageSet',
  'regionalFormatSet',
  'backupRestored',
  'itemSaved',
  'itemsImported',
  'categorySaved',
  'locationSaved',
  'stockMovementsRecorded',
  'stockImported',
  'stockLevelsRebuilt',
  'inventorySettingsSaved',
  'stocktakeStarted',
  'stocktakeCounted',
  'stocktakeApproved',
  'stocktakeCancelled',
  'equipmentSaved',
  'equipmentServiced',
  'supplierSaved',
  'suppliersFromPayees',
  'supplierPriceSaved',
  'purchaseRequestSaved',
  'purchaseRequestDecided',
  'purchaseOrderSaved',
  'purchaseOrderDeleted',
  'purchaseOrderSent',
  'purchaseOrderClosed',
  'purchaseOrderCancelled',
  'goodsReceived',
  'purchaseBillSaved',
  'purchaseBillPosted',
  'purchasingSettingsSaved',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** One line of the activity log: what was done, when, to which records. Never edited. */
export type AuditEntry = {
  /** ULID; sorts in the order the entries were written. */
  id: string;
  at: Timestamp;
  action: AuditAction;
  /** Tables written in the same transaction. */
  tables: string[];
  /** Ids of the records the action created or changed. */
  recordIds: string[];
};
