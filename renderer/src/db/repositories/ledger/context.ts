import type { Table } from 'dexie';
import type { FiscalYearStart } from '../../../../../shared/dates';
import type { Language } from '../../../../../shared/i18n/languages';
import { isCurrencyCode } from '../../../../../shared/money';
import { newId, now, writeWithAudit, type AuditedWrite } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { AuditAction, LedgerSettingsRecord } from '../../records';

/** What the ledger needs to know about the company, with defaults before the setup is done. */
/** The company facts the ledger needs; no country (a company set up before countries) means the international chart. */
export type CompanyFacts = { language: Language; baseCurrency: string; fiscalYearStart: FiscalYearStart; country: string | undefined };

export function ledgerTables(db: BackofficeDb): Table[] {
  return [db.settings, db.accounts, db.entryBlocks, db.drafts, db.balances, db.registers, db.vatCodes, db.auditLog];
}

/**
 * A ledger write: one flat read-write transaction over all ledger tables (so the write can
 * read accounts and settings it does not change), with its audit entry (`writeWithAudit`).
 */
export function ledgerWrite<T>(db: BackofficeDb, written: Table[], action: AuditAction, write: () => Promise<AuditedWrite<T>>): Promise<T> {
  return writeWithAudit(db, written, action, write, { alsoReads: ledgerTables(db) });
}

export async function readCompanyFacts(db: BackofficeDb): Promise<CompanyFacts> {
  const [company, preferences] = await db.settings.bulkGet(['company', 'preferences']);
  const language = company?.key === 'company' ? company.language : preferences?.key === 'preferences' ? preferences.language : 'en';
  const baseCurrency = company?.key === 'company' && isCurrencyCode(company.baseCurrency) ? company.baseCurrency : 'EUR';
  const fiscalYearStart = company?.key === 'company' ? company.fiscalYearStart : { month: 1, day: 1 };
  const country = company?.key === 'company' ? company.country : undefined;
  return { language, baseCurrency, fiscalYearStart, country };
}

export async function readLedgerSettings(db: BackofficeDb): Promise<LedgerSettingsRecord | undefined> {
  const record = await db.settings.get('ledger');
  return record?.key === 'ledger' ? record : undefined;
}

export function newLedgerSettings(): LedgerSettingsRecord {
  const at = now();
  return { key: 'ledger', id: newId(), createdAt: at, updatedAt: at, lockDate: null, lastNumbers: {}, balancesRevision: newId() };
}

/** The ledger settings inside a write, created when missing (an empty book before its chart). */
export async function settingsForWrite(db: BackofficeDb): Promise<LedgerSettingsRecord> {
  return (await readLedgerSettings(db)) ?? newLedgerSettings();
}
