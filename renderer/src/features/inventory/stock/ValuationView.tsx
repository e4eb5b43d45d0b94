import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { todayIso } from '../../../../../shared/dates';
import { valuation, valuationGroupings, type ValuationGrouping } from '../../../../../shared/stock/stockViews';
import { appDb } from '../../../db/appDb';
import { levelsAsOf } from '../../../db/repositories/stock';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { asOfOf } from '../../bookkeeping/reports/reportDates';
import type { AsOfPreset } from '../../bookkeeping/reports/reportPlace';
import { AsOfPicker } from '../../bookkeeping/reports/ReportPickers';
import { asOfText } from '../../bookkeeping/reports/reportText';
import { categoryName, loadStockData } from './stockData';
import { StockTableView, type StockReport } from './StockTableView';

/** The value of stock at the end of a day, grouped by item, location or category. */
export async function loadValuation(asOf: string, grouping: ValuationGrouping, t: TFunction): Promise<StockReport> {
  const [data, levels] = await Promise.all([loadStockData(), levelsAsOf(appDb, asOf)]);
  const rows = valuation(levels, data.itemsById, data.locations, grouping, (id) => categoryName(id, data.categories, t));
  const units = new Map(data.items.map((item) => [item.id, item.unit]));
  const withQuantity = grouping === 'item';
  return {
    currency: data.currency,
    table: {
      columns: [
        { header: t(`inventory.stock.groupings.${grouping}`), kind: 'text' },
        ...(withQuantity ? [{ header: t('inventory.stock.columns.quantity'), kind: 'quantity' as const }] : []),
        { header: t('inventory.stock.columns.value'), kind: 'amount' },
      ],
      rows: rows.map((row) => [row.label, ...(withQuantity ? [{ quantity: row.quantity ?? 0, unit: units.get(row.key) }] : []), row.value]),
      keys: rows.map((row) => row.key),
      total: { label: t('inventory.stock.columns.total'), value: rows.reduce((sum, row) => sum + row.value, 0) },
    },
  };
}

/** Inventory › Stock › Valuation: as of any date. */
export function ValuationView() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const [grouping, setGrouping] = useState<ValuationGrouping>('item');
  const [choice, setChoice] = useState<{ asOfPreset: AsOfPreset; asOf?: string }>({ asOfPreset: 'today' });
  const { preset, asOf } = asOfOf(choice, todayIso(), { month: 1, day: 1 });
  return (
    <StockTableView
      id="valuation"
      reportKey={`valuation/${grouping}/${asOf}`}
      title={(tt) => tt('inventory.stock.valuation.title')}
      period={(tt) => `${asOfText(asOf, tt, regional)} · ${tt(`inventory.stock.valuation.by.${grouping}`)}`}
      load={(tt) => loadValuation(asOf, grouping, tt)}
      emptyText={t('inventory.stock.empty.valuation')}
      widths={grouping === 'item' ? ['minmax(14rem, 3fr)', '9rem', '11rem'] : ['minmax(14rem, 3fr)', '11rem']}
      toolbar={
        <>
          <AsOfPicker preset={preset} asOf={asOf} onChange={(next) => setChoice(next)} />
          <div className="field field-inline">
            <label htmlFor={id}>{t('inventory.stock.groupBy')}</label>
            <select id={id} value={grouping} onChange={(event) => setGrouping(event.target.value as ValuationGrouping)}>
              {valuationGroupings.map((value) => (
                <option key={value} value={value}>
                  {t(`inventory.stock.groupings.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      }
    />
  );
}
