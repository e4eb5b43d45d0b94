import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import type { VatCode } from '../../../../../shared/ledger/types';
import type { OrderLine, SupplierPrice } from '../../../../../shared/purchasing/types';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { itemFinder, itemLabel } from './orderLineEditing';
import { OrderLineRow } from './OrderLineRow';

const rowHeight = 40;

type GridProps = {
  lines: readonly OrderLine[];
  editable: boolean;
  showProgress: boolean;
  currency: string;
  items: readonly CatalogItem[];
  vatCodes: readonly VatCode[];
  prices: readonly SupplierPrice[];
  onChange(lineId: string, change: Partial<OrderLine>): void;
  onRemove(lineId: string): void;
  onAdd(): void;
};

/**
 * The order's lines: virtualized, so a 300-line order opens at once, and each row
 * memoized, so editing one line re-renders that line and the totals only.
 */
export function OrderLinesGrid({ lines, editable, showProgress, currency, items, vatCodes, prices, onChange, onRemove, onAdd }: GridProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const itemsListId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const findItem = useMemo(() => itemFinder(items), [items]);
  const skus = useMemo(() => new Map(items.map((item) => [item.id, item.sku])), [items]);
  const inputVat = useMemo(() => vatCodes.filter((code) => code.kind === 'input' && !code.archived), [vatCodes]);
  const virtualizer = useVirtualizer({ count: lines.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 8 });
  // Fits the 1366-pixel window beside the sidebar, received/billed included.
  const template = ['2rem', 'minmax(9rem, 1fr)', '6.5rem', '6rem', '3rem', '7.5rem', '5rem', '6.5rem', showProgress ? '7.5rem' : '', '2.5rem'].filter(Boolean).join(' ');
  const lineCount = useRef(lines.length);
  lineCount.current = lines.length;

  const onEnter = useCallback(
    (index: number, column: string) => {
      const next = index + 1;
      if (next >= lineCount.current) {
        if (column !== 'what') return;
        onAdd();
      }
      virtualizer.scrollToIndex(next, { align: 'auto' });
      // The row may only now come into the page: focus it once it is drawn.
      requestAnimationFrame(() => requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-line="${next + 1}"] [data-column="${column}"]`)?.focus()));
    },
    [onAdd, virtualizer],
  );

  const headers = [
    '#', t('purchasing.orders.line.item'), t('purchasing.orders.line.supplierSkuShort'), t('purchasing.orders.line.quantityShort'), t('purchasing.orders.line.unit'),
    t('purchasing.orders.line.priceShort', { currency }), t('purchasing.orders.line.vatShort'), t('purchasing.orders.line.total'),
    ...(showProgress ? [t('purchasing.orders.line.receivedBilled')] : []), '',
  ];
  const endColumns = new Set([0, 3, 5, 7, 8]);

  return (
    <div className="vtable order-lines" role="table" aria-label={t('purchasing.orders.linesLabel')} aria-rowcount={lines.length + 1} data-testid="order-lines">
      <ItemChoices id={itemsListId} items={items} editable={editable} />
      <div role="rowgroup" className="vtable-head">
        <div role="row" className="vtable-row" style={{ gridTemplateColumns: template }}>
          {headers.map((header, index) => (
            <div key={index} role="columnheader" className={endColumns.has(index) ? 'vtable-cell is-end' : 'vtable-cell'}>
              {header}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="vtable-body" style={{ height: `min(${Math.max(1, lines.length) * rowHeight + 2}px, 55vh)` }}>
        {lines.length === 0 ? <p className="vtable-empty muted">{t('purchasing.orders.noLines')}</p> : null}
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const line = lines[row.index]!;
            return (
              <OrderLineRow
                key={line.id}
                line={line}
                itemSku={line.itemId ? skus.get(line.itemId) : undefined}
                index={row.index}
                editable={editable}
                showProgress={showProgress}
                currency={currency}
                regional={regional}
                vatCodes={inputVat}
                prices={prices}
                findItem={findItem}
                itemsListId={itemsListId}
                template={template}
                top={row.start}
                height={rowHeight}
                onChange={onChange}
                onRemove={onRemove}
                onEnter={onEnter}
              />
            );
          })}
        </div>
      </div>
      {editable ? (
        <div className="vtable-foot order-lines-foot">
          <button type="button" className="button" onClick={onAdd}>
            {t('purchasing.orders.addLine')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** The item picker's choices: thousands of options, drawn again only when the catalog changes. */
const ItemChoices = memo(function ItemChoices({ id, items, editable }: { id: string; items: readonly CatalogItem[]; editable: boolean }) {
  return <datalist id={id}>{editable ? items.filter((item) => !item.archived).map((item) => <option key={item.id} value={itemLabel(item)} />) : null}</datalist>;
});
