import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { todayIso, type FiscalYearStart, type IsoDate } from '../../../../../shared/dates';
import type { BalanceSheet, BalanceSheetTotals } from '../../../../../shared/ledger/balanceSheet';
import { ledgerRepository } from '../../../db/repositories';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Books } from '../useBooks';
import { registerUpTo, reportHref } from './drill';
import { BalanceNote } from './ReportCells';
import { EmptyReport, ReportFrame } from './ReportFrame';
import { asOfOf, comparedAsOf, fiscalYearStartOf } from './reportDates';
import { AsOfPicker, CompareSelect, useReportNavigation } from './ReportPickers';
import type { ReportParams } from './reportPlace';
import { amountText, asOfText, shortDate } from './reportText';
import { CurrencyStatements, currencyStatementsExport } from './CurrencyStatements';
import type { StatementLayout } from './StatementTable';
import type { StatementLine } from './statementLines';
import { useLedgerReport } from './useLedgerReport';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

function balanceSheetLayout(sheet: BalanceSheet, t: TFunction, regional: RegionalFormat): StatementLayout {
  const { totals, compareTotals } = sheet;
  const shows = (pick: (x: BalanceSheetTotals) => number) => pick(totals) !== 0 || (compareTotals !== undefined && pick(compareTotals) !== 0);
  const extras = [
    ...(shows((x) => x.currentYearResult) ? [{ key: 'currentYear', label: t('reports.balanceSheet.currentYearResult'), value: totals.currentYearResult, compareValue: compareTotals?.currentYearResult }] : []),
    ...(shows((x) => x.earlierYearsResult) ? [{ key: 'earlierYears', label: t('reports.balanceSheet.earlierYearsResult'), value: totals.earlierYearsResult, compareValue: compareTotals?.earlierYearsResult }] : []),
  ];
  return {
    currency: sheet.currency,
    columns: { current: shortDate(sheet.asOf, regional), compare: sheet.compareAsOf ? shortDate(sheet.compareAsOf, regional) : undefined },
    sections: [
      { key: 'assets', title: t('reports.statement.assets'), section: sheet.assets, totalLabel: t('reports.statement.totalAssets') },
      { key: 'liabilities', title: t('reports.statement.liabilities'), section: sheet.liabilities, totalLabel: t('reports.statement.totalLiabilities') },
      {
        key: 'equity',
        title: t('reports.statement.equity'),
        section: sheet.equity,
        totalLabel: t('reports.statement.totalEquity'),
        extras,
        total: { value: totals.totalEquity, compareValue: compareTotals?.totalEquity },
      },
    ],
    footer: [{ key: 'liabilitiesAndEquity', label: t('reports.statement.totalLiabilitiesAndEquity'), value: totals.totalLiabilitiesAndEquity, compareValue: compareTotals?.totalLiabilitiesAndEquity }],
  };
}

function balanceNoteText(totals: BalanceSheetTotals, currency: string, t: TFunction, regional: RegionalFormat): string {
  const params = { date: shortDate(totals.asOf, regional), assets: amountText(totals.assets, currency, regional), total: amountText(totals.totalLiabilitiesAndEquity, currency, regional) };
  return totals.balanced ? t('reports.balanceSheet.balanced', params) : t('reports.balanceSheet.notBalanced', params);
}

/** A balance sheet per currency, each with its own note on whether it balances. */
function BalanceSheetBody({ sheets, t, regional, hrefOf }: { sheets: BalanceSheet[]; t: TFunction; regional: RegionalFormat; hrefOf?: (line: StatementLine, side: 'current' | 'compare') => string | undefined }) {
  return (
    <CurrencyStatements
      layouts={sheets.map((sheet) => balanceSheetLayout(sheet, t, regional))}
      t={t}
      regional={regional}
      testId="balance-sheet"
      hrefOf={hrefOf}
      after={(index) => {
        const sheet = sheets[index]!;
        return [sheet.totals, ...(sheet.compareTotals ? [sheet.compareTotals] : [])].map((totals) => (
          <BalanceNote key={totals.asOf} balanced={totals.balanced} text={balanceNoteText(totals, sheet.currency, t, regional)} testId="balance-sheet-note" />
        ));
      }}
    />
  );
}

/** Where a balance sheet figure leads: an account's register of the year so far, the year's result to the income statement. */
function balanceSheetHref(line: StatementLine, date: IsoDate, fiscalYearStart: FiscalYearStart): string | undefined {
  const yearStart = fiscalYearStartOf(date, fiscalYearStart);
  if (line.accountId) return registerUpTo(line.accountId, yearStart, date);
  if (line.key === 'equity:currentYear') return reportHref('income-statement', { preset: 'custom', from: yearStart, to: date });
  return undefined;
}

/** Bookkeeping › Reports › Balance sheet, as of a date. */
export function BalanceSheetPage({ books, params }: { books: Books; params: ReportParams }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const update = useReportNavigation('balance-sheet', params);
  const { preset, asOf } = asOfOf(params, todayIso(), books.fiscalYearStart);
  const compare = params.compare === 'previousYear' || params.compare === 'previousYearEnd' ? params.compare : 'none';
  const compareAsOf = comparedAsOf(asOf, compare, books.fiscalYearStart);
  const title = t('reports.kinds.balanceSheet.title');
  const { state, source } = useLedgerReport(JSON.stringify(['bs', asOf, compareAsOf]), {
    language,
    landscape: false,
    load: () => ledgerRepository.loadBalanceSheets(asOf, compareAsOf === undefined ? {} : { compareAsOf }),
    title: (tt) => tt('reports.kinds.balanceSheet.title'),
    period: (tt) => asOfText(asOf, tt, regional),
    body: (sheets, tt) => <BalanceSheetBody sheets={sheets} t={tt} regional={regional} />,
    table: (sheets, tt) =>
      currencyStatementsExport(
        tt('reports.kinds.balanceSheet.title'),
        sheets.map((sheet) => balanceSheetLayout(sheet, tt, regional)),
        tt,
      ),
  });
  const sheets = state.data;
  const empty = sheets?.every((sheet) => [sheet.assets, sheet.liabilities, sheet.equity].every((section) => section.rows.length === 0) && sheet.totals.totalEquity === 0);
  return (
    <ReportFrame
      id="balance-sheet"
      title={title}
      period={asOfText(asOf, t, regional)}
      toolbar={
        <>
          <AsOfPicker preset={preset} asOf={asOf} onChange={(choice) => update({ asOfPreset: choice.asOfPreset, asOf: choice.asOf })} />
          <CompareSelect value={compare} modes={['previousYearEnd', 'previousYear']} onChange={(mode) => update({ compare: mode === 'none' ? undefined : mode })} />
        </>
      }
      source={source}
      state={state}
    >
      {empty ? <EmptyReport text={t('reports.empty.balanceSheet')} /> : null}
      {sheets && !empty ? (
        <BalanceSheetBody
          sheets={sheets}
          t={t}
          regional={regional}
          hrefOf={(line, side) => {
            const date = side === 'current' ? asOf : compareAsOf;
            return date ? balanceSheetHref(line, date, books.fiscalYearStart) : undefined;
          }}
        />
      ) : null}
    </ReportFrame>
  );
}
