import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type FiscalYearStart } from '../../../../../shared/dates';
import { spendingGroupings, spendingReport, type SpendingGrouping } from '../../../../../shared/purchasing/spending';
import { PeriodPicker } from '../../../components/PeriodPicker';
import { rangeOfPreset, type PeriodChoice } from '../../../components/periodPresets';
import { appDb } from '../../../db/appDb';
import { companyRepository } from '../../../db/repositories';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { PrintActions } from '../../../print/PrintActions';
import { provideReport } from '../../../print/printStore';
import { amountText, rangeText } from '../../bookkeeping/reports/reportText';
import { loadOpenDeliveries, loadSpending } from './spendingData';
import { spendingReportSource } from './spendingPrint';
import { DeliveriesTable, SpendingTable } from './SpendingTables';
import { groupLabeller, spendingChartData } from './spendingView';
import './spending.css';

// The chart library is fetched when this page first draws a chart, not at start-up.
const BarChart = lazy(() => import('../../../components/charts/BarChart'));

/** Purchasing › Spending: what was spent by category, supplier, department or month, and the deliveries still awaited. */
export function SpendingPage({ path }: { path: string[] }) {
  const company = useLiveQuery(() => companyRepository.getCompany(), []);
  if (company === undefined) return <section className="panel" data-path={path.join('/')} aria-busy="true" />;
  return <SpendingReportPage fiscalYearStart={company?.fiscalYearStart ?? { month: 1, day: 1 }} currency={company?.baseCurrency ?? 'EUR'} />;
}

function SpendingReportPage({ fiscalYearStart, currency }: { fiscalYearStart: FiscalYearStart; currency: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const today = todayIso();
  const [period, setPeriod] = useState<PeriodChoice>(() => ({ preset: 'thisYear', ...rangeOfPreset('thisYear', today, fiscalYearStart) }));
  const [grouping, setGrouping] = useState<SpendingGrouping>('category');
  const range = useMemo(() => ({ from: period.from, to: period.to }), [period.from, period.to]);
  const data = useLiveQuery(() => loadSpending(appDb, range), [range]);
  // Apart from the spending, which reads every bill: the deliveries show without waiting for it.
  const deliveries = useLiveQuery(() => loadOpenDeliveries(appDb, today), [today]);

  const source = useMemo(
    () =>
      spendingReportSource({
        language,
        regional,
        period: range,
        grouping,
        load: () => loadSpending(appDb, range),
        deliveries: () => loadOpenDeliveries(appDb, todayIso()),
      }),
    [language, regional, range, grouping],
  );
  useEffect(() => provideReport(source), [source]);

  const view = useMemo(() => {
    if (!data) return undefined;
    const report = spendingReport(data.lines, grouping);
    const label = groupLabeller(data, grouping, t, language);
    const chart = spendingChartData(report, label, t, language, (minor) => amountText(minor, data.currency, regional));
    return { report, label, chart };
  }, [data, grouping, t, language, regional]);

  const title = t('purchasing.spending.title');
  return (
    <section className="panel report spending" aria-labelledby="spending-heading" aria-busy={data === undefined || deliveries === undefined} data-testid="spending">
      <header className="report-head">
        <h2 id="spending-heading">{title}</h2>
        <p className="report-period" data-testid="report-period">
          {rangeText(range, t, regional)}
        </p>
      </header>
      <div className="toolbar report-toolbar">
        <PeriodPicker label={t('reports.periodLabel')} value={period} fiscalYearStart={fiscalYearStart} onChange={setPeriod} />
        <label className="field spending-by">
          <span>{t('purchasing.spending.groupBy')}</span>
          <select value={grouping} onChange={(event) => setGrouping(event.target.value as SpendingGrouping)}>
            {spendingGroupings.map((one) => (
              <option key={one} value={one}>
                {t(`purchasing.spending.by.${one}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PrintActions label={t('reports.actions', { report: title })} source={source} className="report-actions" />
      <div className="report-body">
        {!data || !view ? (
          <p className="muted">{t('reports.loading')}</p>
        ) : view.report.groups.length === 0 ? (
          <p className="report-empty" data-testid="report-empty">
            {t('purchasing.spending.empty')}
          </p>
        ) : (
          <div className="spending-figures">
            <Suspense fallback={<div className="bar-chart-placeholder" aria-hidden="true" />}>
              <BarChart
                data={view.chart}
                figuresCaption={view.chart.description}
                categoryHeading={t('purchasing.spending.by.month')}
                totalHeading={view.chart.stacked ? t('reports.total') : undefined}
              />
            </Suspense>
            <SpendingTable report={view.report} label={view.label} currency={data.currency} regional={regional} t={t} />
          </div>
        )}
        <h3 className="spending-deliveries-heading">{t('purchasing.spending.deliveries.heading')}</h3>
        {deliveries === undefined ? null : deliveries.length === 0 ? (
          <p className="report-empty" data-testid="deliveries-empty">
            {t('purchasing.spending.deliveries.none')}
          </p>
        ) : (
          <DeliveriesTable deliveries={deliveries} currency={currency} regional={regional} t={t} links />
        )}
      </div>
    </section>
  );
}
