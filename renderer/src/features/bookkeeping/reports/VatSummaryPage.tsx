import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportCell, TableExport } from '../../../../../shared/export';
import { todayIso } from '../../../../../shared/dates';
import type { VatSummary, VatSummaryRow } from '../../../../../shared/ledger/vatSummary';
import type { VatCode } from '../../../../../shared/ledger/types';
import { ledgerRepository } from '../../../db/repositories';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Books } from '../useBooks';
import { registerHref } from './drill';
import { amountCells, amountColumns, currenciesOf } from './exportColumns';
import { PeriodControls } from './PeriodControls';
import { AmountCell, BalanceNote } from './ReportCells';
import { EmptyReport, ReportFrame } from './ReportFrame';
import { earliestDay, latestDay, periodChoiceOf, type ReportRange } from './reportDates';
import { useReportNavigation } from './ReportPickers';
import type { ReportParams } from './reportPlace';
import { rangeText } from './reportText';
import { useLedgerReport } from './useLedgerReport';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

const ratePercent = (row: VatSummaryRow, regional: RegionalFormat) =>
  new Intl.NumberFormat(regional.locale, { style: 'percent', maximumFractionDigits: 4 }).format(row.rate.numerator / row.rate.denominator);

type Props = { summary: VatSummary; t: TFunction; regional: RegionalFormat; range: ReportRange; vatCodes?: readonly VatCode[] | undefined };

/** Base and tax per VAT code, input (reclaimable) and output (payable) apart, and the net VAT. */
function VatSummaryTable({ summary, t, regional, range, vatCodes }: Props) {
  const many = currenciesOf(summary.totals, '').length > 1;
  const taxHref = (row: VatSummaryRow) => {
    const account = vatCodes?.find((code) => code.id === row.vatCodeId)?.accountId;
    return account ? registerHref(account, range) : undefined;
  };
  const section = (kind: 'input' | 'output') => {
    const rows = summary.rows.filter((row) => row.kind === kind);
    return [
      <tr key={`${kind}-heading`} className="section">
        <th colSpan={many ? 6 : 5}>{t(`reports.vat.${kind}`)}</th>
      </tr>,
      ...(rows.length === 0
        ? [
            <tr key={`${kind}-none`}>
              <td colSpan={many ? 6 : 5} className="muted">
                {t('reports.vat.none')}
              </td>
            </tr>,
          ]
        : rows.map((row) => (
            <tr key={`${row.vatCodeId}:${row.currency}`} data-vat-code={row.code}>
              <td className="text">
                <span className="code">{row.code}</span>
                {row.name}
              </td>
              <td className="num">{ratePercent(row, regional)}</td>
              {many ? <td>{row.currency}</td> : null}
              <AmountCell minor={row.base} currency={row.currency} regional={regional} />
              <AmountCell minor={row.tax} currency={row.currency} regional={regional} href={taxHref(row)} linkTitle={t('reports.drill.openPostings', { account: row.code })} />
            </tr>
          ))),
    ];
  };
  return (
    <>
      <table className="report-table" data-testid="vat-summary-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.columns.vatCode')}</th>
            <th scope="col" className="num">{t('reports.columns.rate')}</th>
            {many ? <th scope="col">{t('reports.columns.currency')}</th> : null}
            <th scope="col" className="num">{t('reports.columns.base')}</th>
            <th scope="col" className="num">{t('reports.columns.tax')}</th>
          </tr>
        </thead>
        <tbody>
          {section('input')}
          {section('output')}
          {summary.totals.flatMap((total) => [
            <tr key={`${total.currency}-in`} className="subtotal">
              <th scope="row" colSpan={2}>{t('reports.vat.totalInput')}</th>
              {many ? <td>{total.currency}</td> : null}
              <AmountCell minor={total.inputBase} currency={total.currency} regional={regional} />
              <AmountCell minor={total.inputTax} currency={total.currency} regional={regional} />
            </tr>,
            <tr key={`${total.currency}-out`} className="subtotal">
              <th scope="row" colSpan={2}>{t('reports.vat.totalOutput')}</th>
              {many ? <td>{total.currency}</td> : null}
              <AmountCell minor={total.outputBase} currency={total.currency} regional={regional} />
              <AmountCell minor={total.outputTax} currency={total.currency} regional={regional} />
            </tr>,
            <tr key={`${total.currency}-net`} className="total">
              <th scope="row" colSpan={2}>{t('reports.vat.net')}</th>
              {many ? <td>{total.currency}</td> : null}
              <td />
              <AmountCell minor={total.netTax} currency={total.currency} regional={regional} />
            </tr>,
          ])}
        </tbody>
      </table>
      {summary.unknownCodes.length > 0 ? <BalanceNote balanced={false} text={t('reports.vat.unknownCodes', { codes: summary.unknownCodes.join(', ') })} /> : null}
    </>
  );
}

function vatSummaryExport(summary: VatSummary, t: TFunction, regional: RegionalFormat): TableExport {
  const currencies = currenciesOf(summary.totals, 'EUR');
  const rows: ExportCell[][] = summary.rows.map((row) => [t(`reports.vat.${row.kind}`), row.code, row.name, ratePercent(row, regional), ...amountCells([row.base, row.tax], row.currency, currencies)]);
  for (const total of summary.totals) {
    rows.push([t('reports.vat.totalInput'), '', '', '', ...amountCells([total.inputBase, total.inputTax], total.currency, currencies)]);
    rows.push([t('reports.vat.totalOutput'), '', '', '', ...amountCells([total.outputBase, total.outputTax], total.currency, currencies)]);
    rows.push([t('reports.vat.net'), '', '', '', ...amountCells([null, total.netTax], total.currency, currencies)]);
  }
  return {
    title: t('reports.kinds.vatSummary.title'),
    columns: [
      { kind: 'text', header: t('reports.vat.kind') },
      { kind: 'text', header: t('reports.columns.vatCode') },
      { kind: 'text', header: t('reports.columns.name') },
      { kind: 'text', header: t('reports.columns.rate') },
      ...amountColumns([t('reports.columns.base'), t('reports.columns.tax')], currencies),
    ],
    rows,
  };
}

/** Bookkeeping › Reports › VAT summary for a period. */
export function VatSummaryPage({ books, params }: { books: Books; params: ReportParams }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const update = useReportNavigation('vat-summary', params);
  const choice = periodChoiceOf(params, todayIso(), books.fiscalYearStart);
  const range: ReportRange = { from: choice.from, to: choice.to };
  const { state, source } = useLedgerReport(JSON.stringify(['vat', range]), {
    language,
    landscape: false,
    load: () => ledgerRepository.loadVatSummary(range.from ?? earliestDay, range.to ?? latestDay),
    title: (tt) => tt('reports.kinds.vatSummary.title'),
    period: (tt) => rangeText(range, tt, regional),
    body: (summary, tt) => <VatSummaryTable summary={summary} t={tt} regional={regional} range={range} />,
    table: (summary, tt) => vatSummaryExport(summary, tt, regional),
  });
  const summary = state.data;
  return (
    <ReportFrame
      id="vat-summary"
      title={t('reports.kinds.vatSummary.title')}
      period={rangeText(range, t, regional)}
      toolbar={<PeriodControls choice={choice} fiscalYearStart={books.fiscalYearStart} update={update} />}
      source={source}
      state={state}
    >
      {summary && summary.rows.length === 0 && summary.unknownCodes.length === 0 ? (
        <EmptyReport text={t('reports.empty.vat')} />
      ) : summary ? (
        <VatSummaryTable summary={summary} t={t} regional={regional} range={range} vatCodes={books.vatCodes} />
      ) : null}
    </ReportFrame>
  );
}
