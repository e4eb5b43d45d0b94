import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { orderStatuses } from '../../../../../shared/purchasing/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { dateText, readDate } from '../../../components/dateText';
import { DateInput } from '../../../components/DateInput';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { useSuppliers } from '../suppliers/useSuppliers';
import { filterOrderRows, isOverdue, noOrderFilter, orderSortKeys, sortOrderRows, type OrderFilter, type OrderRow, type OrderSort, type OrderSortKey } from './orderIndex';
import { OrderStatusBadge } from './OrderStatusBadge';
import { moneyText } from './orderText';
import { useOrderRows } from './useOrderData';

/** Purchasing → Orders: every order, filtered and sorted in memory over a compact index. */
export function OrderList() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const rows = useOrderRows();
  const suppliers = useSuppliers();
  const [filter, setFilter] = useState<OrderFilter>(noOrderFilter);
  const [sort, setSort] = useState<OrderSort>({ key: 'number', descending: true });
  const [dates, setDates] = useState({ from: '', to: '' });
  const ids = { text: useId(), status: useId(), supplier: useId(), from: useId(), to: useId(), overdue: useId(), sort: useId() };
  const today = todayIso();
  const deferred = useDeferredValue(filter);
  const sorted = useMemo(() => (rows ? sortOrderRows(rows, sort) : []), [rows, sort]);
  const shown = useMemo(() => filterOrderRows(sorted, deferred, today), [sorted, deferred, today]);
  const set = (change: Partial<OrderFilter>) => setFilter((current) => ({ ...current, ...change }));
  const setDate = (end: 'from' | 'to', text: string) => {
    setDates((current) => ({ ...current, [end]: text }));
    const reading = readDate(text, regional);
    set({ [end]: reading.kind === 'date' ? reading.iso : '' });
  };

  const columns: VirtualColumn<OrderRow>[] = [
    { key: 'number', header: t('purchasing.orders.fields.number'), width: '8.5rem', render: (row) => <span className="nowrap">{row.number}</span> },
    { key: 'supplier', header: t('purchasing.orders.fields.supplier'), width: 'minmax(8rem, 1fr)', render: (row) => row.supplierName },
    { key: 'orderDate', header: t('purchasing.orders.fields.orderDate'), width: '7rem', render: (row) => dateText(row.orderDate, regional) },
    {
      key: 'expectedDate', header: t('purchasing.orders.fields.expectedDate'), width: '13rem',
      render: (row) => (
        <>
          {row.expectedDate ? dateText(row.expectedDate, regional) : ''}
          {isOverdue(row, today) ? <span className="badge badge-denied order-overdue">{t('purchasing.orders.overdue')}</span> : null}
        </>
      ),
    },
    { key: 'net', header: t('purchasing.orders.fields.net'), width: '7rem', align: 'end', render: (row) => moneyText(row.net, row.currency, regional) },
    { key: 'status', header: t('purchasing.orders.fields.status'), width: '9.5rem', render: (row) => <OrderStatusBadge status={row.status} /> },
  ];

  const newOrder = (
    <button type="button" className="button button-primary" onClick={() => go('purchasing', ['orders', 'new'])}>
      {t('purchasing.orders.new')}
    </button>
  );
  if (rows === undefined) return <p className="panel muted">{t('purchasing.orders.loading')}</p>;
  if (rows.length === 0) {
    return (
      <div className="panel empty-state">
        <p>{t('purchasing.orders.empty')}</p>
        {newOrder}
      </div>
    );
  }
  return (
    <section aria-label={t('purchasing.orders.listLabel')} className="orders">
      <div className="toolbar orders-toolbar">
        {newOrder}
        <div className="field field-inline">
          <label htmlFor={ids.text}>{t('purchasing.orders.filter.text')}</label>
          <input id={ids.text} type="search" value={filter.text} placeholder={t('purchasing.orders.filter.textHint')} onChange={(event) => set({ text: event.target.value })} />
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.status}>{t('purchasing.orders.fields.status')}</label>
          <select id={ids.status} value={filter.status} onChange={(event) => set({ status: event.target.value as OrderFilter['status'] })}>
            <option value="all">{t('purchasing.orders.filter.allStatuses')}</option>
            <option value="open">{t('purchasing.orders.filter.open')}</option>
            {orderStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`purchasing.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.supplier}>{t('purchasing.orders.fields.supplier')}</label>
          <select id={ids.supplier} value={filter.supplierId} onChange={(event) => set({ supplierId: event.target.value })}>
            <option value="">{t('purchasing.orders.filter.allSuppliers')}</option>
            {(suppliers ?? []).map((supplier) => (
              <option key={supplier.id} value={supplier.id}>
                {supplier.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.from}>{t('purchasing.orders.filter.from')}</label>
          <DateInput id={ids.from} className="input-short" value={dates.from} onChange={(text) => setDate('from', text)} />
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.to}>{t('purchasing.orders.filter.to')}</label>
          <DateInput id={ids.to} className="input-short" value={dates.to} onChange={(text) => setDate('to', text)} />
        </div>
        <label className="orders-overdue" htmlFor={ids.overdue}>
          <input id={ids.overdue} type="checkbox" checked={filter.overdue} onChange={(event) => set({ overdue: event.target.checked })} /> {t('purchasing.orders.filter.overdue')}
        </label>
        <div className="field field-inline">
          <label htmlFor={ids.sort}>{t('purchasing.orders.sort.label')}</label>
          <select
            id={ids.sort}
            value={`${sort.key}:${sort.descending ? 'desc' : 'asc'}`}
            onChange={(event) => {
              const [key, direction] = event.target.value.split(':') as [OrderSortKey, string];
              setSort({ key, descending: direction === 'desc' });
            }}
          >
            {orderSortKeys.flatMap((key) =>
              ['asc', 'desc'].map((direction) => (
                <option key={`${key}:${direction}`} value={`${key}:${direction}`}>
                  {t(`purchasing.orders.sort.${key}`)} {direction === 'asc' ? '↑' : '↓'}
                </option>
              )),
            )}
          </select>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="panel empty-state">
          {t('purchasing.orders.noneMatch')}{' '}
          <button type="button" className="button button-small" onClick={() => {
            setFilter(noOrderFilter);
            setDates({ from: '', to: '' });
          }}>
            {t('purchasing.orders.clearFilters')}
          </button>
        </p>
      ) : (
        <VirtualTable
          label={t('purchasing.orders.listLabel')}
          testId="order-list"
          rows={shown}
          columns={columns}
          rowKey={(row) => row.id}
          fillWindow={48}
          onOpenRow={(row) => go('purchasing', ['orders', row.id])}
        />
      )}
      <p className="muted list-count" role="status">
        {t('purchasing.orders.count', { shown: shown.length, total: rows.length })}
      </p>
    </section>
  );
}
