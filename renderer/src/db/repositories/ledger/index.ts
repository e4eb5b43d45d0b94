import type { BackofficeDb } from '../../database';
import { createLedgerAccounts } from './accounts';
import { createLedgerEntries } from './entries';
import { createLedgerImport } from './import';
import { createLedgerMaintenance } from './maintenance';
import { createLedgerReports } from './reports';
import { readLedgerSettings } from './context';

/**
 * The bookkeeping repository: chart and VAT codes, drafts and posting, reversal, lock date
 * and year-end close, the reports, bulk import and the aggregate checks. Every write runs
 * in one transaction with its audit entry; refusals are LedgerRejected with i18n keys.
 */
export function createLedgerRepository(db: BackofficeDb) {
  const accounts = createLedgerAccounts(db);
  return {
    ...accounts,
    getLedgerSettings: () => readLedgerSettings(db),
    ...createLedgerEntries(db, accounts.ensureLedger),
    ...createLedgerReports(db),
    ...createLedgerImport(db, accounts.ensureLedger),
    ...createLedgerMaintenance(db),
  };
}

export type LedgerRepository = ReturnType<typeof createLedgerRepository>;
export type { AccountChanges, AccountInput, VatCodeInput } from './accounts';
export type { ImportOutcome, ImportProgress } from './import';
export type { BalanceSheetOptions, IncomeStatementRequest } from './reports';
