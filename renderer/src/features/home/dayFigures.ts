import type { FiscalYearStart, IsoDate } from '../../../../shared/dates';
import { subtreeIds, type AgedPayables, type TrialBalance, type VatSummary } from '../../../../shared/ledger';
import type { Account } from '../../../../shared/ledger/types';
import { rangeOfPreset } from '../../components/periodPresets';
import { ledgerRepository } from '../../db/repositories';

/** What one bank or cash account (or one of its sub-accounts) holds today, in one currency. */
export type MoneyBalance = { accountId: string; code?: string; path: string; currency: string; balance: number };

/** The unpaid supplier bills in one currency; `overdue` is the part older than 30 days. */
export type BillsDue = { currency: string; count: number; total: number; overdue: number };

/** Output minus input VAT of the period in one currency: positive is to pay, negative to reclaim. */
export type VatDue = { currency: string; net: number };

export type DayFigures = {
  money: MoneyBalance[];
  bills: BillsDue[];
  vat: VatDue[];
  /** No VAT period is set up, so the VAT figure covers the current calendar quarter. */
  vatRange: { from: IsoDate; to: IsoDate };
};

/** The VAT period the home page shows: the calendar quarter of `today`. */
export function vatQuarterOf(today: IsoDate, fiscalYearStart: FiscalYearStart): { from: IsoDate; to: IsoDate } {
  const { from, to } = rangeOfPreset('thisQuarter', today, fiscalYearStart);
  return { from: from!, to: to! };
}

/** Bank and cash accounts (by role) and every account under them. */
function moneyAccountIds(accounts: readonly Account[]): Set<string> {
  const ids = new Set<string>();
  for (const account of accounts) {
    if (account.role !== 'bank' && account.role !== 'cash') continue;
    for (const id of subtreeIds(account.id, accounts)) ids.add(id);
  }
  return ids;
}

export function moneyBalances(accounts: readonly Account[], trial: TrialBalance): MoneyBalance[] {
  const ids = moneyAccountIds(accounts);
  return trial.rows
    .filter((row) => ids.has(row.accountId))
    .map((row) => ({ accountId: row.accountId, ...(row.code === undefined ? {} : { code: row.code }), path: row.path, currency: row.currency, balance: row.closing }));
}

export function billsDue(payables: AgedPayables): BillsDue[] {
  return payables.totals
    .filter((total) => total.total !== 0)
    .map((total) => ({
      currency: total.currency,
      count: payables.rows.filter((row) => row.currency === total.currency).reduce((count, row) => count + row.bills.length, 0),
      total: total.total,
      overdue: total.total - total.current,
    }));
}

export function vatDue(summary: VatSummary): VatDue[] {
  return summary.totals.map((total) => ({ currency: total.currency, net: total.netTax }));
}

/**
 * The figures the office starts the day with, each read the way its report reads it:
 * balances from the monthly aggregates (the trial balance up to today), open bills from
 * the payable accounts' registers, VAT from the entry blocks of this quarter only.
 */
export async function loadDayFigures(today: IsoDate, fiscalYearStart: FiscalYearStart): Promise<DayFigures> {
  const vatRange = vatQuarterOf(today, fiscalYearStart);
  const [accounts, trial, payables, summary] = await Promise.all([
    ledgerRepository.listAccounts(),
    ledgerRepository.loadTrialBalance(undefined, today),
    ledgerRepository.loadAgedPayables(today),
    ledgerRepository.loadVatSummary(vatRange.from, vatRange.to),
  ]);
  return { money: moneyBalances(accounts, trial), bills: billsDue(payables), vat: vatDue(summary), vatRange };
}
