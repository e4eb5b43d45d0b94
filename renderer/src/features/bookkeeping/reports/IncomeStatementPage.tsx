import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import type { IncomeStatement } from '../../../../../shared/ledger/incomeStatement';
import { ledgerRepository } from '../../../db/repositories';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Books } from '../useBooks';
import { registerHref } from './drill';
import { PeriodControls } from './PeriodControls';
import { EmptyReport, ReportFrame } from './ReportFrame';
import { comparedRange, earliestDay, latestDay, periodChoiceOf, type ReportRange } from './reportDates';
import { useReportNavigation } from './ReportPickers';
import type { ReportParams } from './reportPlace';
import { rangeText, shortRangeText } from './reportText';
import { CurrencyStatements, currencyStatementsExport } from './CurrencyStatements';
import type { StatementLayout } from './StatementTable';
import { useLedgerReport } from './useLedgerReport';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

/** The statements of every currency the book uses, the base currency first. */
type IncomeStatementView = { statements: IncomeStatement[]; range: ReportRange; compareRange?: ReportRange | undefined };

const closed = (range: ReportRange) => ({ from: range.from ?? earliestDay, to: range.to ?? latestDay });

async function loadIncomeStatementView(range: ReportRange, compareRange: ReportRange | undefined): Promise<IncomeStatementView> {
  const statements = await ledgerRepository.loadIncomeStatements({ ...closed(range), ...(compareRange ? { compare: closed(compareRange) } : {}) });
  return { statements, range, compareRange };
}

const layoutsOf = (view: IncomeStatementView, t: TFunction, regional: RegionalFormat) => view.statements.map((statement) => incomeStatementLayout(statement, view, t, regional));

function incomeStatementLayout(statement: IncomeStatement, view: IncomeStatementView, t: TFunction, regional: RegionalFormat): StatementLayout {
  return {
    currency: statement.currency,
    columns: { current: shortRangeText(view.range, t, regional), compare: view.compareRange ? shortRangeText(view.compareRange, t, regional) : undefined },
    sections: [
      { key: 'income', title: t('reports.statement.income'), section: statement.income, totalLabel: t('reports.statement.totalIncome') },
      { key: 'expenses', title: t('reports.statement.expenses'), section: statement.expenses, totalLabel: t('reports.statement.totalExpenses') },
    ],
    footer: [{ key: 'net', label: t('reports.statement.netResult'), value: statement.netResult, compareValue: statement.compareNetResult }],
  };
}

/** Bookkeeping › Reports › Income statement (profit and loss). */
export function IncomeStatementPage({ books, params }: { books: Books; params: ReportParams }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const update = useReportNavigation('income-statement', params);
  const choice = periodChoiceOf(params, todayIso(), books.fiscalYearStart);
  const range: ReportRange = { from: choice.from, to: choice.to };
  const compare = params.compare ?? 'none';
  const compareRange = comparedRange(range, compare);
  const title = t('reports.kinds.incomeStatement.title');
  const { state, source } = useLedgerReport(JSON.stringify(['is', range, compareRange]), {
    language,
    landscape: false,
    load: () => loadIncomeStatementView(range, compareRange),
    title: (tt) => tt('reports.kinds.incomeStatement.title'),
    period: (tt) => rangeText(range, tt, regional),
    body: (view, tt) => <CurrencyStatements layouts={layoutsOf(view, tt, regional)} t={tt} regional={regional} testId="income-statement" />,
    table: (view, tt) => currencyStatementsExport(tt('reports.kinds.incomeStatement.title'), layoutsOf(view, tt, regional), tt),
  });
  const view = state.data;
  const empty = view && view.statements.every((statement) => statement.income.rows.length === 0 && statement.expenses.rows.length === 0);
  return (
    <ReportFrame
      id="income-statement"
      title={title}
      period={rangeText(range, t, regional)}
      toolbar={<PeriodControls choice={choice} fiscalYearStart={books.fiscalYearStart} update={update} compare={{ value: compare, modes: ['previousPeriod', 'previousYear'] }} />}
      source={source}
      state={state}
    >
      {empty ? <EmptyReport text={t('reports.empty.incomeStatement')} /> : null}
      {view && !empty ? (
        <CurrencyStatements
          layouts={layoutsOf(view, t, regional)}
          t={t}
          regional={regional}
          testId="income-statement"
          hrefOf={(line, side) => {
            const period = side === 'current' ? view.range : view.compareRange;
            return line.accountId && period ? registerHref(line.accountId, period) : undefined;
          }}
        />
      ) : null}
    </ReportFrame>
  );
}
