import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../../../shared/money/format';
import { useNavigationStore } from '../../../app/navigationStore';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notify } from '../../../components/notices';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';
import { companyRepository } from '../../../db/repositories';
import type { StocktakeView } from '../../../db/repositories/stocktakes';
import { stocktakesRepository } from '../../../db/repositories/stocktakes/appStocktakes';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { PrintActions } from '../../../print/PrintActions';
import type { ReportSource } from '../../../print/printStore';
import { quantityText } from './quantityText';
import { describeStocktakeError, percentText } from './stocktakeText';
import { buildVarianceReport, buildVarianceTable, varianceRows, varianceStatusText, varianceSummary, type VarianceRow } from './varianceReport';

const filters = ['all', 'differences', 'recount', 'uncounted'] as const;
type Filter = (typeof filters)[number];

const shows: Record<Filter, (row: VarianceRow) => boolean> = {
  all: () => true,
  differences: (row) => row.quantity !== null && row.quantity !== 0,
  recount: (row) => row.status === 'recount',
  uncounted: (row) => row.status === 'uncounted',
};

/** Counted against expected, in quantity, value and percent; recounts and uncounted lines; approval. */
export function VariancesScreen({ data }: { data: StocktakeView }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const company = useLiveQuery(() => companyRepository.getCompany(), []);
  const currency = company?.baseCurrency ?? 'EUR';
  const { stocktake } = data;
  const rows = useMemo(() => varianceRows(data), [data]);
  const summary = useMemo(() => varianceSummary(rows), [rows]);
  const [filter, setFilter] = useState<Filter>('all');
  const [uncountedMeansZero, setUncountedMeansZero] = useState(false);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const shown = useMemo(() => rows.filter(shows[filter]), [rows, filter]);
  const unit = (row: VarianceRow) => ({ code: row.unit, decimals: row.decimals });

  const source = useMemo<ReportSource>(
    () => ({
      build: async () => {
        const view = await stocktakesRepository.readStocktakeView(stocktake.id);
        if (!view) throw new Error(t('inventory.stocktakes.errors.notFound'));
        return buildVarianceReport(view, company?.name ?? '', currency, regional);
      },
      table: async () => {
        const view = await stocktakesRepository.readStocktakeView(stocktake.id);
        if (!view) throw new Error(t('inventory.stocktakes.errors.notFound'));
        return buildVarianceTable(view, currency, regional);
      },
    }),
    [stocktake.id, company, currency, regional, t],
  );

  const approve = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const approved = await stocktakesRepository.approveStocktake(stocktake.id, { uncountedMeansZero });
      notify({
        text: t('inventory.stocktakes.approved', { number: approved.number }),
        ...(approved.entryId ? { action: { label: t('inventory.stocktakes.openEntry'), run: () => go('bookkeeping', ['entries', approved.entryId!]) } } : {}),
      });
    } catch (error) {
      setFailure(describeStocktakeError(error, t));
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  const columns: VirtualColumn<VarianceRow>[] = [
    { key: 'place', header: t('inventory.stocktakes.columns.place'), width: '4.5rem', render: (r) => <span className="code">{r.placeCode}</span> },
    { key: 'sku', header: t('inventory.stocktakes.columns.sku'), width: '6rem', render: (r) => <span className="code">{r.sku}</span> },
    { key: 'name', header: t('inventory.stocktakes.columns.item'), width: 'minmax(7rem, 1fr)', render: (r) => <span title={r.name}>{r.name}</span> },
    { key: 'expected', header: t('inventory.stocktakes.columns.expected'), width: '5.5rem', align: 'end', render: (r) => quantityText(r.expectedNow, unit(r), regional) },
    { key: 'counted', header: t('inventory.stocktakes.columns.counted'), width: '5.5rem', align: 'end', render: (r) => (r.counted === null ? '—' : quantityText(r.counted, unit(r), regional)) },
    { key: 'variance', header: t('inventory.stocktakes.columns.variance'), width: '5.5rem', align: 'end', render: (r) => (r.quantity === null ? '—' : quantityText(r.quantity, unit(r), regional)) },
    { key: 'value', header: t('inventory.stocktakes.columns.value', { currency }), width: '6.5rem', align: 'end', render: (r) => (r.value === null ? '—' : formatAmount(r.value, currency, regional.locale)) },
    { key: 'percent', header: '%', width: '4rem', align: 'end', render: (r) => (r.basisPoints === null ? '—' : percentText(r.basisPoints, regional.locale)) },
    { key: 'status', header: t('inventory.stocktakes.columns.status'), width: '10rem', render: (r) => <span className={`badge badge-${r.status}`} title={varianceStatusText(r, t)}>{varianceStatusText(r, t)}</span> },
  ];

  return (
    <section className="variances" aria-label={t('inventory.stocktakes.variancesTab')}>
      <dl className="facts variance-facts" data-testid="variance-summary">
        <div>
          <dt>{t('inventory.stocktakes.variance.linesCounted')}</dt>
          <dd>
            {summary.counted} / {summary.lines}
          </dd>
        </div>
        <div>
          <dt>{t('inventory.stocktakes.variance.beyondTolerance', { percent: stocktake.tolerancePercent })}</dt>
          <dd data-testid="recount-count">{summary.recount}</dd>
        </div>
        <div>
          <dt>{t('inventory.stocktakes.variance.netValue')}</dt>
          <dd>{formatAmount(summary.value, currency, regional.locale)} {currency}</dd>
        </div>
        <div>
          <dt>{t('inventory.stocktakes.columns.accuracy')}</dt>
          <dd>{summary.accuracy === null ? '—' : percentText(summary.accuracy, regional.locale)}</dd>
        </div>
      </dl>
      <div className="toolbar variance-toolbar">
        <div className="segmented" role="group" aria-label={t('inventory.stocktakes.variance.filterLabel')}>
          {filters.map((option) => (
            <button key={option} type="button" className={filter === option ? 'button button-small is-current' : 'button button-small'} aria-pressed={filter === option} onClick={() => setFilter(option)}>
              {t(`inventory.stocktakes.variance.filters.${option}`)}
            </button>
          ))}
        </div>
        <PrintActions label={t('inventory.stocktakes.variance.printLabel')} source={source} />
      </div>
      <VirtualTable label={t('inventory.stocktakes.variancesTab')} rows={shown} columns={columns} rowKey={(r) => r.key} fillWindow={stocktake.status === 'counting' ? 110 : 24} testId="variance-rows" rowClassName={(r) => (r.status === 'recount' ? 'is-flagged' : undefined)} />
      {stocktake.status === 'counting' ? (
        <div className="approve-bar">
          <label className="check">
            <input type="checkbox" checked={uncountedMeansZero} onChange={(event) => setUncountedMeansZero(event.target.checked)} />
            {t('inventory.stocktakes.variance.uncountedMeansZero', { count: summary.uncounted })}
          </label>
          <button type="button" className="button button-primary" onClick={() => setAsking(true)} disabled={summary.counted === 0 && !uncountedMeansZero}>
            {t('inventory.stocktakes.approve')}
          </button>
        </div>
      ) : null}
      {failure ? (
        <p className="status status-error" role="alert">
          {failure}
        </p>
      ) : null}
      <ConfirmDialog open={asking} busy={busy} title={t('inventory.stocktakes.approveTitle', { number: stocktake.number })} confirmLabel={t('inventory.stocktakes.approve')} onConfirm={() => void approve()} onCancel={() => setAsking(false)}>
        <p>{t('inventory.stocktakes.approveText', { counted: summary.counted, count: summary.lines, value: `${formatAmount(summary.value, currency, regional.locale)} ${currency}` })}</p>
        {summary.recount > 0 ? <p className="status status-warning">{t('inventory.stocktakes.approveRecountWarning', { count: summary.recount })}</p> : null}
        <p className="muted">{uncountedMeansZero ? t('inventory.stocktakes.approveUncountedZero', { count: summary.uncounted }) : t('inventory.stocktakes.approveUncountedLeft', { count: summary.uncounted })}</p>
      </ConfirmDialog>
    </section>
  );
}
