import { appDb } from '../appDb';
import { createAuditLogRepository } from './auditLogRepository';
import { createBankRepository } from './bank';
import { createCompanyRepository } from './companyRepository';
import { createJournalFileRepository } from './journalFileRepository';
import { createLedgerRepository } from './ledger';
import { createPreferencesRepository } from './preferencesRepository';
import { createStockRepository } from './stock';

/** The repositories over the app's own database; screens use these, tests build their own. */
export const companyRepository = createCompanyRepository(appDb);
export const preferencesRepository = createPreferencesRepository(appDb);
export const auditLogRepository = createAuditLogRepository(appDb);
export const ledgerRepository = createLedgerRepository(appDb);
export const bankRepository = createBankRepository(appDb);
export const journalFileRepository = createJournalFileRepository(appDb);
export const stockRepository = createStockRepository(appDb);

export { CompanySetupRejected } from './companyRepository';
export type { StartupSettings } from './preferencesRepository';
export type { SetupIssue } from './companyRepository';
export type { LedgerRepository, AccountInput, AccountChanges, VatCodeInput, ImportOutcome, ImportProgress, IncomeStatementRequest, BalanceSheetOptions } from './ledger';
export type { BankRepository, BankRuleInput, BankPosting, ReconciliationStart } from './bank';
export { BankRejected } from './bank';
