import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { itemsToReorder } from '../../../../../shared/stock/stockViews';
import { useNavigationStore } from '../../../app/navigationStore';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { asOfText } from '../../bookkeeping/reports/reportText';
import { categoryName, loadStockData } from './stockData';
import { StockTableView, type StockReport } from './StockTableView';
import type { TFunction } from 'i18next';

/** Items at or below their reorder point, with what is on hand and the usual order quantity. */
export async function loadReorder(t: TFunction): Promise<StockReport> {
  const data = await loadStockData();
  const rows = itemsToReorder(data.levels, data.items.filter((item) => !item.archived));
  const units = new Map(data.items.map((item) => [item.id, item.unit]));
  return {
    currency: data.currency,
    table: {
      columns: [
        { header: t('inventory.stock.columns.sku'), kind: 'text' },
        { header: t('inventory.stock.columns.item'), kind: 'text' },
        { header: t('inventory.stock.columns.category'), kind: 'text' },
        { header: t('inventory.stock.columns.quantity'), kind: 'quantity' },
        { header: t('inventory.stock.columns.reorderPoint'), kind: 'quantity' },
        { header: t('inventory.stock.columns.reorderQuantity'), kind: 'quantity' },
      ],
      rows: rows.map((row) => {
        const unit = units.get(row.itemId);
        return [row.sku, row.name, categoryName(row.categoryId, data.categories, t), { quantity: row.quantity, unit }, { quantity: row.reorderPoint, unit }, row.suggested === null ? null : { quantity: row.suggested, unit }];
      }),
      keys: rows.map((row) => row.itemId),
      itemIds: rows.map((row) => row.itemId),
    },
  };
}

/** Inventory › Stock › To reorder. */
export function ReorderView() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  return (
    <StockTableView
      id="reorder"
      reportKey="reorder"
      title={(tt) => tt('inventory.stock.reorder.title')}
      period={(tt) => asOfText(todayIso(), tt, regional)}
      load={loadReorder}
      emptyText={t('inventory.stock.empty.reorder')}
      widths={['9rem', 'minmax(12rem, 2fr)', 'minmax(8rem, 1fr)', '9rem', '9rem', '9rem']}
      onOpenItem={(itemId) => go('inventory', ['stock', 'history', itemId])}
    />
  );
}
