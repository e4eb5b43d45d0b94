import type { TableExport } from '../../../../../shared/export';
import { formatDate } from '../../../../../shared/dates';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { formatAmount } from '../../../../../shared/money/format';
import { countAccuracy, stocktakeVariances, type LineVariance } from '../../../../../shared/stock/countVariance';
import type { StocktakeView } from '../../../db/repositories/stocktakes';
import { i18n } from '../../../i18n';
import type { Report } from '../../../print/report';
import { orderedSheets } from './countSheetsReport';
import { percentText } from './stocktakeText';
import { quantityText } from './quantityText';

/** A variance line with the names it is shown and printed with. */
export type VarianceRow = LineVariance & { key: string; sku: string; name: string; unit: string; decimals: number; placeCode: string; placeName: string };

/** Every line against the books, in walking order (place code, then SKU). */
export function varianceRows(view: StocktakeView): VarianceRow[] {
  const sheets = orderedSheets(view).map(({ sheet }) => sheet);
  return stocktakeVariances(view.stocktake, sheets, view.moved, view.levels).map((line) => {
    const item = view.items.get(line.itemId);
    const place = view.locations.get(line.locationId);
    return {
      ...line,
      key: `${line.locationId}/${line.itemId}`,
      sku: item?.sku ?? line.itemId,
      name: item?.name ?? line.itemId,
      unit: item?.unit.code ?? '',
      decimals: item?.unit.decimals ?? 0,
      placeCode: place?.code ?? '',
      placeName: place?.name ?? line.locationId,
    };
  });
}

export type VarianceSummary = { lines: number; counted: number; uncounted: number; recount: number; value: number; accuracy: number | null };

export function varianceSummary(rows: readonly VarianceRow[]): VarianceSummary {
  return {
    lines: rows.length,
    counted: rows.filter((row) => row.status !== 'uncounted').length,
    uncounted: rows.filter((row) => row.status === 'uncounted').length,
    recount: rows.filter((row) => row.status === 'recount').length,
    value: rows.reduce((sum, row) => sum + (row.value ?? 0), 0),
    accuracy: countAccuracy(rows),
  };
}

const unitOf = (row: VarianceRow) => ({ code: row.unit, decimals: row.decimals });

export function varianceStatusText(row: VarianceRow, t: (key: string) => string): string {
  if (row.status === 'uncounted') return t('inventory.stocktakes.variance.uncounted');
  if (row.status === 'recount') return row.recounted ? t('inventory.stocktakes.variance.recountedBeyond') : t('inventory.stocktakes.variance.recount');
  return row.recounted ? t('inventory.stocktakes.variance.recounted') : t('inventory.stocktakes.variance.ok');
}

/** Figures never break inside; the item name takes the room that is left. */
const reportStyles = `
.variance-lines { table-layout: fixed; }
.variance-lines th, .variance-lines td { overflow-wrap: normal; }
.variance-lines .c-place { width: 10%; }
.variance-lines .c-sku { width: 11%; }
.variance-lines .c-qty { width: 9%; }
.variance-lines .c-value { width: 10%; }
.variance-lines .c-pct { width: 7%; }
.variance-lines .c-status { width: 13%; }
`;

/** For the accountant: every line that differs, the uncounted ones, and the totals. */
function VarianceReportBody({ view, rows, regional, currency }: { view: StocktakeView; rows: VarianceRow[]; regional: RegionalFormat; currency: string }) {
  const t = i18n.getFixedT(regional.language);
  const summary = varianceSummary(rows);
  const shown = rows.filter((row) => row.status === 'uncounted' || row.quantity !== 0);
  return (
    <>
      <style>{reportStyles}</style>
      <table className="details">
        <tbody>
          <tr>
            <th scope="row">{t('inventory.stocktakes.variance.linesCounted')}</th>
            <td>{t('inventory.stocktakes.progress', { counted: summary.counted, count: summary.lines })}</td>
          </tr>
          <tr>
            <th scope="row">{t('inventory.stocktakes.variance.beyondTolerance', { percent: view.stocktake.tolerancePercent })}</th>
            <td>{summary.recount}</td>
          </tr>
          <tr>
            <th scope="row">{t('inventory.stocktakes.variance.netValue')}</th>
            <td>{formatAmount(summary.value, currency, regional.locale)} {currency}</td>
          </tr>
          <tr>
            <th scope="row">{t('inventory.stocktakes.columns.accuracy')}</th>
            <td>{summary.accuracy === null ? '—' : percentText(summary.accuracy, regional.locale)}</td>
          </tr>
        </tbody>
      </table>
      <h2>{t('inventory.stocktakes.variance.reportLines')}</h2>
      {shown.length === 0 ? <p className="muted">{t('inventory.stocktakes.variance.noDifferences')}</p> : null}
      <table className="variance-lines">
        <thead>
          <tr>
            <th className="c-place">{t('inventory.stocktakes.columns.place')}</th>
            <th className="c-sku">{t('inventory.stocktakes.columns.sku')}</th>
            <th className="item">{t('inventory.stocktakes.columns.item')}</th>
            <th className="num c-qty">{t('inventory.stocktakes.columns.expected')}</th>
            <th className="num c-qty">{t('inventory.stocktakes.columns.counted')}</th>
            <th className="num c-qty">{t('inventory.stocktakes.columns.variance')}</th>
            <th className="num c-value">{t('inventory.stocktakes.columns.value', { currency })}</th>
            <th className="num c-pct">%</th>
            <th className="c-status">{t('inventory.stocktakes.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key}>
              <td className="nowrap">{row.placeCode}</td>
              <td className="nowrap">{row.sku}</td>
              <td className="item">{row.name}</td>
              <td className="num">{quantityText(row.expectedNow, unitOf(row), regional)}</td>
              <td className="num">{row.counted === null ? '—' : quantityText(row.counted, unitOf(row), regional)}</td>
              <td className="num">{row.quantity === null ? '—' : quantityText(row.quantity, unitOf(row), regional)}</td>
              <td className="num">{row.value === null ? '—' : formatAmount(row.value, currency, regional.locale)}</td>
              <td className="num">{row.basisPoints === null ? '—' : percentText(row.basisPoints, regional.locale)}</td>
              <td>{varianceStatusText(row, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function buildVarianceReport(view: StocktakeView, companyName: string, currency: string, regional: RegionalFormat): Report {
  const t = i18n.getFixedT(regional.language);
  return {
    title: t('inventory.stocktakes.variance.title', { number: view.stocktake.number }),
    companyName,
    language: regional.language,
        period: `${view.stocktake.name} · ${formatDate(view.stocktake.approvedDate ?? view.stocktake.date, regional, 'long')}`,
    body: <VarianceReportBody view={view} rows={varianceRows(view)} regional={regional} currency={currency} />,
  };
}

/** The same lines as a spreadsheet: quantities as text in the unit's decimals, values as amounts. */
export function buildVarianceTable(view: StocktakeView, currency: string, regional: RegionalFormat): TableExport {
  const t = i18n.getFixedT(regional.language);
  const plain = { locale: 'en-US', language: regional.language } as const;
  return {
    title: t('inventory.stocktakes.variance.title', { number: view.stocktake.number }),
    columns: [
      { kind: 'text', header: t('inventory.stocktakes.columns.place') },
      { kind: 'text', header: t('inventory.stocktakes.columns.sku') },
      { kind: 'text', header: t('inventory.stocktakes.columns.item') },
      { kind: 'text', header: t('inventory.stocktakes.columns.unit') },
      { kind: 'text', header: t('inventory.stocktakes.columns.expected') },
      { kind: 'text', header: t('inventory.stocktakes.columns.counted') },
      { kind: 'text', header: t('inventory.stocktakes.columns.variance') },
      { kind: 'amount', header: t('inventory.stocktakes.columns.value', { currency }), currency },
      { kind: 'text', header: t('inventory.stocktakes.columns.status') },
    ],
    rows: varianceRows(view).map((row) => [
      row.placeCode,
      row.sku,
      row.name,
      row.unit,
      quantityText(row.expectedNow, unitOf(row), plain).replace(/,/g, ''),
      row.counted === null ? null : quantityText(row.counted, unitOf(row), plain).replace(/,/g, ''),
      row.quantity === null ? null : quantityText(row.quantity, unitOf(row), plain).replace(/,/g, ''),
      row.value,
      varianceStatusText(row, t),
    ]),
  };
}
