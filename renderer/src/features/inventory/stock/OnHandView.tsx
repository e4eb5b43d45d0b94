import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { onHandByCategory, onHandByItem, onHandByLocation, totalsOf } from '../../../../../shared/stock/stockViews';
import { useNavigationStore } from '../../../app/navigationStore';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { asOfText } from '../../bookkeeping/reports/reportText';
import { categoryName, loadStockData } from './stockData';
import { StockTableView, type StockReport } from './StockTableView';
import type { TFunction } from 'i18next';

export const onHandGroupings = ['item', 'location', 'category'] as const;
export type OnHandGrouping = (typeof onHandGroupings)[number];

/** On hand now: per item, per item and location, or per category; a row opens the item's movements. */
export async function loadOnHand(grouping: OnHandGrouping, t: TFunction): Promise<StockReport> {
  const data = await loadStockData();
  const units = new Map(data.items.map((item) => [item.id, item.unit]));
  const columnsOfItem = [
    { header: t('inventory.stock.columns.sku'), kind: 'text' as const },
    { header: t('inventory.stock.columns.item'), kind: 'text' as const },
  ];
  const totalLabel = t('inventory.stock.columns.total');
  if (grouping === 'item') {
    const rows = onHandByItem(data.levels, data.itemsById);
    return {
      currency: data.currency,
      table: {
        columns: [...columnsOfItem, { header: t('inventory.stock.columns.category'), kind: 'text' }, { header: t('inventory.stock.columns.quantity'), kind: 'quantity' }, { header: t('inventory.stock.columns.value'), kind: 'amount' }],
        rows: rows.map((row) => [row.sku, row.name, categoryName(row.categoryId, data.categories, t), { quantity: row.quantity, unit: units.get(row.itemId) }, row.value]),
        keys: rows.map((row) => row.itemId),
        itemIds: rows.map((row) => row.itemId),
        total: { label: totalLabel, value: totalsOf(rows).value },
      },
    };
  }
  if (grouping === 'location') {
    const rows = onHandByLocation(data.levels, data.itemsById, data.locations);
    return {
      currency: data.currency,
      table: {
        columns: [{ header: t('inventory.stock.columns.location'), kind: 'text' }, ...columnsOfItem, { header: t('inventory.stock.columns.quantity'), kind: 'quantity' }, { header: t('inventory.stock.columns.value'), kind: 'amount' }],
        rows: rows.map((row) => [row.place, row.sku, row.name, { quantity: row.quantity, unit: units.get(row.itemId) }, row.value]),
        keys: rows.map((row) => `${row.locationId}/${row.itemId}`),
        itemIds: rows.map((row) => row.itemId),
        total: { label: totalLabel, value: totalsOf(rows).value },
      },
    };
  }
  const rows = onHandByCategory(data.levels, data.itemsById, data.categories.map((category) => category.id));
  return {
    currency: data.currency,
    table: {
      columns: [{ header: t('inventory.stock.columns.category'), kind: 'text' }, { header: t('inventory.stock.columns.itemCount'), kind: 'text' }, { header: t('inventory.stock.columns.value'), kind: 'amount' }],
      rows: rows.map((row) => [categoryName(row.categoryId, data.categories, t), String(row.itemCount), row.value]),
      keys: rows.map((row) => row.categoryId),
      total: { label: totalLabel, value: totalsOf(rows).value },
    },
  };
}

const widths: Record<OnHandGrouping, string[]> = {
  item: ['9rem', 'minmax(12rem, 2fr)', 'minmax(8rem, 1fr)', '9rem', '10rem'],
  location: ['minmax(12rem, 2fr)', '9rem', 'minmax(12rem, 2fr)', '9rem', '10rem'],
  category: ['minmax(12rem, 2fr)', '8rem', '10rem'],
};

/** Inventory › Stock › On hand. */
export function OnHandView() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const go = useNavigationStore((state) => state.go);
  const [grouping, setGrouping] = useState<OnHandGrouping>('item');
  return (
    <StockTableView
      id="on-hand"
      reportKey={`on-hand/${grouping}`}
      title={(tt) => tt(`inventory.stock.onHand.title.${grouping}`)}
      period={(tt) => asOfText(todayIso(), tt, regional)}
      load={(tt) => loadOnHand(grouping, tt)}
      emptyText={t('inventory.stock.empty.onHand')}
      widths={widths[grouping]}
      onOpenItem={(itemId) => go('inventory', ['stock', 'history', itemId])}
      toolbar={
        <div className="field field-inline">
          <label htmlFor={id}>{t('inventory.stock.groupBy')}</label>
          <select id={id} value={grouping} onChange={(event) => setGrouping(event.target.value as OnHandGrouping)}>
            {onHandGroupings.map((choice) => (
              <option key={choice} value={choice}>
                {t(`inventory.stock.groupings.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      }
    />
  );
}
