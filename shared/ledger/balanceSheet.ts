import { fiscalYearOf, type FiscalYearStart, type IsoDate } from '../dates';
import { statementCurrencies, statementSection, type StatementSection } from './statements';
import { sumBuckets } from './totals';
import { treeIndex, unknownAccount, type ReportInput } from './trialBalance';
import type { AccountType } from './types';

/** The bottom lines of a balance sheet as of one date. */
export type BalanceSheetTotals = {
  asOf: IsoDate;
  /** First day of the fiscal year `asOf` is in; the current year's result counts from it. */
  fiscalYearStart: IsoDate;
  assets: number;
  liabilities: number;
  /** The equity accounts alone. */
  equity: number;
  /** Income − expenses of the current fiscal year up to `asOf`, not yet closed. */
  currentYearResult: number;
  /** Income − expenses of earlier years that no year-end close has moved to retained earnings. */
  earlierYearsResult: number;
  /** equity + currentYearResult + earlierYearsResult */
  totalEquity: number;
  totalLiabilitiesAndEquity: number;
  /** assets = liabilities + total equity */
  balanced: boolean;
};

export type BalanceSheet = {
  currency: string;
  asOf: IsoDate;
  compareAsOf?: IsoDate;
  assets: StatementSection;
  liabilities: StatementSection;
  equity: StatementSection;
  totals: BalanceSheetTotals;
  compareTotals?: BalanceSheetTotals;
};

type Position = { own: Map<string, number>; totals: Omit<BalanceSheetTotals, 'assets' | 'liabilities' | 'equity' | 'totalEquity' | 'totalLiabilitiesAndEquity' | 'balanced'> };

function positionAt(input: ReportInput, asOf: IsoDate, currency: string, start: FiscalYearStart, typeOf: ReadonlyMap<string, AccountType>): Position {
  const fiscalYearStart = fiscalYearOf(asOf, start).start;
  const own = new Map<string, number>();
  let currentYearResult = 0;
  let earlierYearsResult = 0;
  for (const row of sumBuckets(input.buckets, { from: fiscalYearStart, to: asOf })) {
    if (row.currency !== currency) continue;
    const type = typeOf.get(row.accountId);
    if (type === undefined) throw unknownAccount(row.accountId);
    if (type === 'income' || type === 'expense') {
      currentYearResult -= row.debit - row.credit;
      earlierYearsResult -= row.opening;
    } else {
      const debitPositive = row.opening + row.debit - row.credit;
      own.set(row.accountId, type === 'asset' ? debitPositive : -debitPositive);
    }
  }
  return { own, totals: { asOf, fiscalYearStart, currentYearResult, earlierYearsResult } };
}

function totalsOf(position: Position, assets: number, liabilities: number, equity: number): BalanceSheetTotals {
  const totalEquity = equity + position.totals.currentYearResult + position.totals.earlierYearsResult;
  const totalLiabilitiesAndEquity = liabilities + totalEquity;
  return { ...position.totals, assets, liabilities, equity, totalEquity, totalLiabilitiesAndEquity, balanced: assets === totalLiabilitiesAndEquity };
}

/**
 * Assets, liabilities and equity as of a date in one currency, the year's result shown
 * within equity. Buckets must not straddle `asOf` nor the start of its fiscal year.
 */
export function balanceSheet(
  input: ReportInput & { asOf: IsoDate; currency: string; fiscalYearStart?: FiscalYearStart; compareAsOf?: IsoDate },
): BalanceSheet {
  const start = input.fiscalYearStart ?? { month: 1, day: 1 };
  const { tree } = treeIndex(input.accounts);
  const typeOf = new Map(input.accounts.map((account) => [account.id, account.type]));
  const current = positionAt(input, input.asOf, input.currency, start, typeOf);
  const compared = input.compareAsOf !== undefined ? positionAt(input, input.compareAsOf, input.currency, start, typeOf) : undefined;
  const assets = statementSection('asset', tree, current.own, compared?.own);
  const liabilities = statementSection('liability', tree, current.own, compared?.own);
  const equity = statementSection('equity', tree, current.own, compared?.own);
  const sheet: BalanceSheet = {
    currency: input.currency,
    asOf: input.asOf,
    assets,
    liabilities,
    equity,
    totals: totalsOf(current, assets.total, liabilities.total, equity.total),
  };
  if (compared && input.compareAsOf !== undefined) {
    sheet.compareAsOf = input.compareAsOf;
    sheet.compareTotals = totalsOf(compared, assets.compareTotal ?? 0, liabilities.compareTotal ?? 0, equity.compareTotal ?? 0);
  }
  return sheet;
}

/** Whether a balance sheet shows anything at all: an account or a result. */
function hasFigures(sheet: BalanceSheet): boolean {
  const anyRows = [sheet.assets, sheet.liabilities, sheet.equity].some((section) => section.rows.length > 0);
  const results = [sheet.totals, ...(sheet.compareTotals ? [sheet.compareTotals] : [])].some((totals) => totals.currentYearResult !== 0 || totals.earlierYearsResult !== 0);
  return anyRows || results;
}

/**
 * One balance sheet per currency the book uses, the base currency first (always there);
 * another currency only when it has figures as of one of the dates. Each balances on its own.
 */
export function balanceSheets(
  input: ReportInput & { asOf: IsoDate; baseCurrency: string; fiscalYearStart?: FiscalYearStart; compareAsOf?: IsoDate },
): BalanceSheet[] {
  const { baseCurrency, ...rest } = input;
  return statementCurrencies(input.buckets, baseCurrency)
    .map((currency) => balanceSheet({ ...rest, currency }))
    .filter((sheet) => sheet.currency === baseCurrency || hasFigures(sheet));
}
