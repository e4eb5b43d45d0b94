import type { BackofficeDb } from '../../database';
import { createLedgerAccounts } from '../ledger/accounts';
import { createBankMappings } from './mappings';
import { createReconciliations } from './reconciliations';
import { createBankRules } from './rules';
import { createStatementImport } from './statementImport';

/**
 * Bank work: remembered column mappings, rules, statement import (entries and the lines'
 * fingerprints in one transaction) and reconciliation. Refusals are BankRejected (keys
 * under `bank.problems.*`) or the ledger's LedgerRejected for the entries themselves.
 */
export function createBankRepository(db: BackofficeDb) {
  const { ensureLedger } = createLedgerAccounts(db);
  return {
    ...createBankMappings(db),
    ...createBankRules(db),
    ...createStatementImport(db, ensureLedger),
    ...createReconciliations(db),
  };
}

export type BankRepository = ReturnType<typeof createBankRepository>;
export type { BankRuleInput } from './rules';
export type { BankPosting, ReconciliationStart } from './reconciliations';
export type { StatementImportOutcome } from './statementImport';
export { BankRejected, bankProblemKeys, type BankProblem, type BankProblemKey } from './problems';
