import { appDb } from '../appDb';
import { createAuditLogRepository } from './auditLogRepository';
import { createCompanyRepository } from './companyRepository';
import { createLedgerRepository } from './ledger';
import { createPreferencesRepository } from './preferencesRepository';

/** The repositories over the app's own database; screens use these, tests build their own. */
export const companyRepository = createCompanyRepository(appDb);
export const preferencesRepository = createPreferencesRepository(appDb);
export const auditLogRepository = createAuditLogRepository(appDb);
export const ledgerRepository = createLedgerRepository(appDb);

export { CompanySetupRejected } from './companyRepository';
export type { StartupSettings } from './preferencesRepository';
export type { SetupIssue } from './companyRepository';
export type { LedgerRepository, AccountInput, AccountChanges, VatCodeInput, ImportOutcome, ImportProgress, IncomeStatementRequest, BalanceSheetOptions } from './ledger';
