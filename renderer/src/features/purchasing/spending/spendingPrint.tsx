import type { TableExport } from '../../../../../shared/export';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import type { Language } from '../../../../../shared/i18n/languages';
import { spendingReport, type SpendingGrouping } from '../../../../../shared/purchasing/spending';
import { i18n } from '../../../i18n';
import type { ReportSource } from '../../../print/printStore';
import { reportPrintStyles } from '../../bookkeeping/reports/reportPrintStyles';
import { amountText, rangeText } from '../../bookkeeping/reports/reportText';
import type { SpendingData } from './spendingData';
import { DeliveriesTable, SpendingTable } from './SpendingTables';
import { groupLabeller, spendingChartData, spendingExport } from './spendingView';
import type { SpendingPeriod } from '../../../../../shared/purchasing/spending';
import type { OpenDelivery } from '../../../../../shared/purchasing/deliveries';

/** The chart's size on A4 portrait within the report's margins, in CSS pixels. */
export const printedChart = { width: 680, height: 300 };

const spendingPrintStyles = `
.spending-chart { margin: 0 0 10pt; break-inside: avoid; page-break-inside: avoid; }
.spending-chart svg { display: block; max-width: 100%; }
.ledger-report tr.is-overdue td { font-weight: 600; }
`;

type SpendingSourceSpec = {
  language: Language;
  regional: RegionalFormat;
  period: SpendingPeriod;
  grouping: SpendingGrouping;
  /** Read the figures afresh, so what is printed is what is stored now. */
  load(): Promise<SpendingData>;
  deliveries(): Promise<OpenDelivery[]>;
};

/**
 * Print and PDF of the spending page: the chart (drawn to SVG here, so the printed page
 * needs no script), the table and the open deliveries; CSV and Excel of the table.
 */
export function spendingReportSource({ language, regional, period, grouping, load, deliveries }: SpendingSourceSpec): ReportSource {
  const t = i18n.getFixedT(language);
  const title = t(`purchasing.spending.titles.${grouping}`);
  return {
    async build() {
      const [data, awaited] = await Promise.all([load(), deliveries()]);
      const report = spendingReport(data.lines, grouping);
      const label = groupLabeller(data, grouping, t, language);
      const money = (minor: number) => amountText(minor, data.currency, regional);
      const chartData = spendingChartData(report, label, t, language, money);
      let chart = '';
      if (report.groups.length > 0) {
        // The chart library is loaded on the first print, not at start-up.
        const [{ chartSvg }, { barChartOption }] = await Promise.all([import('../../../components/charts/chartSvg'), import('../../../components/charts/barChartOption')]);
        chart = chartSvg(barChartOption(chartData), printedChart);
      }
      return {
        title,
        companyName: data.companyName,
        language,
        period: rangeText(period, t, regional),
        body: (
          <div className="ledger-report">
            <style>{reportPrintStyles + spendingPrintStyles}</style>
            {report.groups.length === 0 ? (
              <p>{t('purchasing.spending.empty')}</p>
            ) : (
              <>
                {/* ECharts writes the SVG and escapes the names in it. */}
                <figure className="spending-chart" role="img" aria-label={chartData.description} dangerouslySetInnerHTML={{ __html: chart }} />
                <SpendingTable report={report} label={label} currency={data.currency} regional={regional} t={t} />
              </>
            )}
            <h2>{t('purchasing.spending.deliveries.heading')}</h2>
            {awaited.length === 0 ? <p>{t('purchasing.spending.deliveries.none')}</p> : <DeliveriesTable deliveries={awaited} currency={data.currency} regional={regional} t={t} links={false} />}
          </div>
        ),
      };
    },
    async table(): Promise<TableExport> {
      const data = await load();
      const report = spendingReport(data.lines, grouping);
      return spendingExport(report, groupLabeller(data, grouping, t, language), data.currency, t, language);
    },
  };
}

