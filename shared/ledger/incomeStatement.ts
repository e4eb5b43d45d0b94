import type { IsoDate } from '../dates';
import type { Bucket } from './buckets';
import { statementCurrencies, statementSection, type StatementSection } from './statements';
import { sumBuckets } from './totals';
import { treeIndex, unknownAccount, type ReportInput } from './trialBalance';
import type { AccountType } from './types';

export type DateRange = { from: IsoDate; to: IsoDate };

/** Income and expenses of a period in one currency; year-end close postings are left out. */
export type IncomeStatement = {
  currency: string;
  from: IsoDate;
  to: IsoDate;
  compare?: DateRange;
  income: StatementSection;
  expenses: StatementSection;
  /** Income − expenses (a loss is negative). */
  netResult: number;
  compareNetResult?: number;
};

/** Natural-sign amounts of the period per account of the given types, in one currency. */
export function periodAmounts(
  buckets: readonly Bucket[],
  range: DateRange,
  currency: string,
  typeOf: ReadonlyMap<string, AccountType>,
  options: { excludeClosing: boolean },
): Map<string, number> {
  const amounts = new Map<string, number>();
  for (const row of sumBuckets(buckets, { ...range, excludeClosing: options.excludeClosing })) {
    if (row.currency !== currency) continue;
    const type = typeOf.get(row.accountId);
    if (type === undefined) throw unknownAccount(row.accountId);
    const debitPositive = row.debit - row.credit;
    amounts.set(row.accountId, type === 'asset' || type === 'expense' ? debitPositive : -debitPositive);
  }
  return amounts;
}

/** Profit and loss for [from, to], with an optional comparison period side by side. */
export function incomeStatement(input: ReportInput & DateRange & { currency: string; compare?: DateRange }): IncomeStatement {
  const { tree } = treeIndex(input.accounts);
  const typeOf = new Map(input.accounts.map((account) => [account.id, account.type]));
  const options = { excludeClosing: true };
  const current = periodAmounts(input.buckets, input, input.currency, typeOf, options);
  const compared = input.compare ? periodAmounts(input.buckets, input.compare, input.currency, typeOf, options) : undefined;
  const income = statementSection('income', tree, current, compared);
  const expenses = statementSection('expense', tree, current, compared);
  const statement: IncomeStatement = {
    currency: input.currency,
    from: input.from,
    to: input.to,
    income,
    expenses,
    netResult: income.total - expenses.total,
  };
  if (input.compare) {
    statement.compare = { from: input.compare.from, to: input.compare.to };
    statement.compareNetResult = (income.compareTotal ?? 0) - (expenses.compareTotal ?? 0);
  }
  return statement;
}

/**
 * One income statement per currency the book uses, the base currency first (always there);
 * another currency only when it has income or expenses in one of the periods.
 */
export function incomeStatements(input: ReportInput & DateRange & { baseCurrency: string; compare?: DateRange }): IncomeStatement[] {
  const { baseCurrency, ...rest } = input;
  return statementCurrencies(input.buckets, baseCurrency)
    .map((currency) => incomeStatement({ ...rest, currency }))
    .filter((statement) => statement.currency === baseCurrency || statement.income.rows.length > 0 || statement.expenses.rows.length > 0);
}
