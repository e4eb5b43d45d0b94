import type { CompanySetupInput } from '../../../../../shared/company';
import type { EntryInput } from '../../../../../shared/ledger';
import type { BackofficeDb } from '../../database';
import { createTestDb } from '../../testing';
import { createCompanyRepository } from '../companyRepository';
import { createLedgerRepository, type LedgerRepository } from '.';

/**
 * A fresh database with a company and its ledger set up, for the ledger's tests (import
 * 'fake-indexeddb/auto' first in the test file). `id(key)` finds a default-chart account.
 */
export async function ledgerTestBook(company: Partial<CompanySetupInput> = {}): Promise<{
  db: BackofficeDb;
  ledger: LedgerRepository;
  id: (templateKey: string) => string;
  entry: (date: string, lines: Array<[string, number]>, extra?: Partial<EntryInput>) => EntryInput;
}> {
  const db = createTestDb();
  await createCompanyRepository(db).saveCompanySetup({
    name: 'Test Kft.',
    address: '',
    taxNumber: '',
    baseCurrency: 'EUR',
    fiscalYearStart: { month: 1, day: 1 },
    language: 'en',
    ...company,
  });
  const ledger = createLedgerRepository(db);
  await ledger.ensureLedger();
  const accounts = await ledger.listAccounts();
  const id = (key: string) => {
    const account = accounts.find((candidate) => candidate.templateKey === key);
    if (!account) throw new Error(`No account ${key}`);
    return account.id;
  };
  /** Lines as [templateKey, amount]: positive is a debit, negative a credit. */
  const entry = (date: string, lines: Array<[string, number]>, extra: Partial<EntryInput> = {}): EntryInput => ({
    date,
    currency: (company.baseCurrency ?? 'EUR').toUpperCase(),
    lines: lines.map(([key, amount]) => ({ accountId: id(key), debit: Math.max(amount, 0), credit: Math.max(-amount, 0) })),
    ...extra,
  });
  return { db, ledger, id, entry };
}
