import { fiscalYearOf, type FiscalYear, type IsoDate } from '../../../../../shared/dates';
import {
  accountRegister,
  dayAfter,
  agedPayables,
  balanceSheet,
  balanceSheets,
  incomeStatement,
  incomeStatements,
  journalReport,
  payablesAccounts,
  periodOf,
  reportCuts,
  trialBalance,
  unclosedFiscalYears,
  vatSummary,
  type AccountRegister,
  type AgedPayables,
  type BalanceSheet,
  type DateRange,
  type IncomeStatement,
  type JournalReport,
  type TrialBalance,
  type VatSummary,
} from '../../../../../shared/ledger';
import type { BackofficeDb } from '../../database';
import { readCompanyFacts } from './context';
import { postedEntriesBetween } from './postedEntries';
import { readBuckets } from './reading';

export type IncomeStatementRequest = DateRange & { compare?: DateRange; currency?: string };
export type BalanceSheetOptions = { compareAsOf?: IsoDate; currency?: string };

/**
 * The reports, each read with as few records as the layout allows: monthly balances for
 * whole months, register chunks for the months a date cuts through, and the entry blocks
 * of the months asked for only where lines must be seen (journal, VAT).
 */
export function createLedgerReports(db: BackofficeDb) {
  /**
   * Opening (before `from`), debits, credits and closing per account; all time when `from` is
   * left out. Income and expenses open the fiscal year at zero, earlier years' result on
   * retained earnings.
   */
  async function loadTrialBalance(from: IsoDate | undefined, to: IsoDate): Promise<TrialBalance> {
    const facts = await readCompanyFacts(db);
    const yearStart = from === undefined ? undefined : fiscalYearOf(from, facts.fiscalYearStart).start;
    const { accounts, buckets } = await readBuckets(db, reportCuts({ from, to }, { from: yearStart }));
    return trialBalance({ accounts, buckets, from, to, fiscalYearStart: facts.fiscalYearStart });
  }

  /** The income statement in every currency the book uses, the base currency first. */
  async function loadIncomeStatements(request: Omit<IncomeStatementRequest, 'currency'>): Promise<IncomeStatement[]> {
    const facts = await readCompanyFacts(db);
    const ranges = request.compare ? [request, request.compare] : [request];
    const { accounts, buckets } = await readBuckets(db, reportCuts(...ranges));
    return incomeStatements({ accounts, buckets, from: request.from, to: request.to, compare: request.compare, baseCurrency: facts.baseCurrency });
  }

  /** Profit and loss of [from, to] in the base currency (or `currency`), with an optional comparison period. */
  async function loadIncomeStatement(request: IncomeStatementRequest): Promise<IncomeStatement> {
    const facts = await readCompanyFacts(db);
    const ranges = request.compare ? [request, request.compare] : [request];
    const { accounts, buckets } = await readBuckets(db, reportCuts(...ranges));
    return incomeStatement({ accounts, buckets, from: request.from, to: request.to, compare: request.compare, currency: request.currency ?? facts.baseCurrency });
  }

  /** Assets, liabilities and equity as of a date, the current year's result within equity. */
  async function loadBalanceSheet(asOf: IsoDate, options: BalanceSheetOptions = {}): Promise<BalanceSheet> {
    const facts = await readCompanyFacts(db);
    const dates = options.compareAsOf === undefined ? [asOf] : [asOf, options.compareAsOf];
    const cuts = reportCuts(...dates.map((date) => ({ from: fiscalYearOf(date, facts.fiscalYearStart).start, to: date })));
    const { accounts, buckets } = await readBuckets(db, cuts);
    return balanceSheet({
      accounts,
      buckets,
      asOf,
      compareAsOf: options.compareAsOf,
      currency: options.currency ?? facts.baseCurrency,
      fiscalYearStart: facts.fiscalYearStart,
    });
  }

  /** The balance sheet in every currency the book uses, the base currency first. */
  async function loadBalanceSheets(asOf: IsoDate, options: Omit<BalanceSheetOptions, 'currency'> = {}): Promise<BalanceSheet[]> {
    const facts = await readCompanyFacts(db);
    const dates = options.compareAsOf === undefined ? [asOf] : [asOf, options.compareAsOf];
    const cuts = reportCuts(...dates.map((date) => ({ from: fiscalYearOf(date, facts.fiscalYearStart).start, to: date })));
    const { accounts, buckets } = await readBuckets(db, cuts);
    return balanceSheets({ accounts, buckets, asOf, compareAsOf: options.compareAsOf, baseCurrency: facts.baseCurrency, fiscalYearStart: facts.fiscalYearStart });
  }

  /** Fiscal years before the one `today` is in that have income or expenses and no year-end close, oldest first. */
  async function loadUnclosedYears(today: IsoDate): Promise<FiscalYear[]> {
    const facts = await readCompanyFacts(db);
    const whole = await readBuckets(db, []);
    let first = today;
    for (const bucket of whole.buckets) if (bucket.firstDay < first) first = bucket.firstDay;
    // A fiscal year that starts inside a month needs that month cut at each year's start.
    const starts: Array<{ from: IsoDate }> = [];
    for (let year = fiscalYearOf(first, facts.fiscalYearStart); year.start <= today; year = fiscalYearOf(dayAfter(year.end), facts.fiscalYearStart)) starts.push({ from: year.start });
    const { accounts, buckets } = facts.fiscalYearStart.day === 1 ? whole : await readBuckets(db, reportCuts(...starts));
    return unclosedFiscalYears({ accounts, buckets, fiscalYearStart: facts.fiscalYearStart, before: today });
  }

  /** An account's postings with running balance: its chunks of the months asked and the balances before. */
  async function loadAccountRegister(accountId: string, from?: IsoDate, to?: IsoDate): Promise<AccountRegister> {
    return db.transaction('r', [db.balances, db.registers], async () => {
      const firstPeriod = from === undefined ? '' : periodOf(from);
      const lastPeriod = to === undefined ? '\uffff' : periodOf(to);
      const [chunks, openingBalances] = await Promise.all([
        db.registers.where('[accountId+period]').between([accountId, firstPeriod], [accountId, lastPeriod], true, true).toArray(),
        from === undefined
          ? []
          : db.balances.where('[accountId+period+currency]').between([accountId, '', ''], [accountId, firstPeriod, ''], true, false).toArray(),
      ]);
      return accountRegister({ accountId, chunks, openingBalances, from, to });
    });
  }

  /** The posted entries of [from, to], by date. */
  async function loadJournal(from: IsoDate, to: IsoDate): Promise<JournalReport> {
    const [accounts, entries] = await db.transaction('r', [db.accounts, db.entryBlocks], () =>
      Promise.all([db.accounts.toArray(), postedEntriesBetween(db, from, to)]),
    );
    return journalReport({ accounts, entries, from, to });
  }

  /** Open supplier bills as of a date by supplier and age, from the payables accounts' register chunks. */
  async function loadAgedPayables(asOf: IsoDate): Promise<AgedPayables> {
    const { accounts, chunks, suppliers } = await db.transaction('r', [db.accounts, db.registers, db.suppliers], async () => {
      const all = await db.accounts.toArray();
      const payables = [...payablesAccounts(all).keys()];
      const found = await Promise.all(
        payables.map((accountId) => db.registers.where('[accountId+period]').between([accountId, ''], [accountId, periodOf(asOf)], true, true).toArray()),
      );
      return { accounts: all, chunks: found.flat(), suppliers: await db.suppliers.toArray() };
    });
    // Bills under a supplier's earlier names are one row under its current name.
    return agedPayables({ accounts, chunks, asOf, suppliers });
  }

  /** Base and tax per VAT code for [from, to], input and output apart. */
  async function loadVatSummary(from: IsoDate, to: IsoDate): Promise<VatSummary> {
    const [vatCodes, entries] = await db.transaction('r', [db.vatCodes, db.entryBlocks], () =>
      Promise.all([db.vatCodes.toArray(), postedEntriesBetween(db, from, to)]),
    );
    return vatSummary({ vatCodes, entries, from, to });
  }

  return {
    loadTrialBalance,
    loadIncomeStatement,
    loadIncomeStatements,
    loadBalanceSheet,
    loadBalanceSheets,
    loadUnclosedYears,
    loadAccountRegister,
    loadJournal,
    loadAgedPayables,
    loadVatSummary,
  };
}
