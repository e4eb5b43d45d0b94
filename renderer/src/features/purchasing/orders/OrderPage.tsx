import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayDo } from '../../../../../shared/purchasing/orderStates';
import { orderTotals } from '../../../../../shared/purchasing/orders';
import type { OrderLine, PurchaseOrder } from '../../../../../shared/purchasing/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { appDb } from '../../../db/appDb';
import { newId } from '../../../db/audit';
import { ledgerRepository } from '../../../db/repositories';
import { cancelOrder, closeOrder, deleteDraftOrder, saveOrder, sendOrder } from '../../../db/repositories/purchasing/orders';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { refusalText } from '../problemText';
import { OrderReceiptsAndBills } from '../receiving/OrderReceiptsAndBills';
import { useSuppliers } from '../suppliers/useSuppliers';
import { OrderActions } from './OrderActions';
import { OrderDocumentActions } from './OrderDocumentActions';
import { headerFormOf, keepUnsaved, readHeader, takeUnsaved, type HeaderForm } from './orderEditState';
import { OrderHeaderForm } from './OrderHeaderForm';
import { blankLine, isBlankLine } from './orderLineEditing';
import { OrderLinesGrid } from './OrderLinesGrid';
import { OrderStatusBadge } from './OrderStatusBadge';
import { OrderTotalsTable } from './OrderTotalsTable';
import { useItemCatalog, useOrderContext, type OrderContext } from './useOrderData';

// Editing a line re-renders the page: these parts depend on the stored order only.
const ReceiptsAndBills = memo(OrderReceiptsAndBills);
const OrderHeader = memo(OrderHeaderForm);

/** One order (['orders', id]): its header, lines and totals, what its state allows, its document. */
export function OrderPage({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const context = useOrderContext(orderId);
  const go = useNavigationStore((state) => state.go);
  if (context === undefined) return <p className="panel muted">{t('purchasing.orders.loading')}</p>;
  if (context === null) {
    return (
      <div className="panel empty-state">
        <p>{t('purchasing.orders.notFound')}</p>
        <button type="button" className="button" onClick={() => go('purchasing', ['orders'])}>
          {t('purchasing.orders.backToList')}
        </button>
      </div>
    );
  }
  // A new editor per stored version that the user has not touched (see OrderEditor).
  return <OrderEditor context={context} />;
}

function OrderEditor({ context }: { context: OrderContext }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const suppliers = useSuppliers() ?? [];
  const stored = context.order;
  // Edits left unsaved when the user went elsewhere in the app come back with the order.
  const [kept] = useState(() => takeUnsaved(stored.id));
  const [base, setBase] = useState(stored);
  const [form, setForm] = useState<HeaderForm>(() => kept?.form ?? headerFormOf(stored, regional));
  const [lines, setLines] = useState<OrderLine[]>(kept?.lines ?? stored.lines);
  const [dirty, setDirty] = useState(kept !== null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [dateError, setDateError] = useState<'orderDate' | 'expectedDate' | null>(null);
  const [leaving, setLeaving] = useState(false);

  // Lines take their VAT codes from the books: lay out the chart and codes if nobody opened the books yet.
  useEffect(() => {
    void ledgerRepository.ensureLedger();
  }, []);

  // Someone else (a receipt, a bill, another save) changed the order: take it in unless the user is editing.
  if (stored !== base && !dirty) {
    setBase(stored);
    setForm(headerFormOf(stored, regional));
    setLines(stored.lines);
  }

  const latest = useRef({ form, lines, dirty });
  latest.current = { form, lines, dirty };
  useEffect(
    () => () => {
      const { dirty: unsaved, ...edits } = latest.current;
      keepUnsaved(stored.id, unsaved ? edits : null);
    },
    [stored.id],
  );
  /** Leaves the page on purpose: what was typed is not kept. */
  const leaveDiscarding = (path: string[]) => {
    latest.current.dirty = false;
    setDirty(false);
    go('purchasing', path);
  };

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const linesEditable = mayDo(stored.status, 'editLines');
  const catalog = useItemCatalog(linesEditable);
  // Until the catalog is read, the order's own items name its lines.
  const items = catalog.length > 0 ? catalog : context.items;
  const headerEditable = mayDo(stored.status, 'editHeader');
  const totals = useMemo(() => orderTotals({ lines, currency: stored.currency }, context.vatCodes), [lines, stored.currency, context.vatCodes]);

  const onLineChange = useCallback((lineId: string, change: Partial<OrderLine>) => {
    setLines((current) => current.map((line) => (line.id === lineId ? { ...line, ...change } : line)));
    setDirty(true);
  }, []);
  const onRemove = useCallback((lineId: string) => {
    setLines((current) => current.filter((line) => line.id !== lineId));
    setDirty(true);
  }, []);
  const onAdd = useCallback(() => {
    setLines((current) => [...current, blankLine(newId())]);
    setDirty(true);
  }, []);
  const onHeader = useCallback((change: Partial<HeaderForm>) => {
    setForm((current) => ({ ...current, ...change }));
    setDirty(true);
  }, []);

  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      await write();
      return true;
    } catch (error) {
      const refusal = refusalText(error, t);
      if (refusal === null) throw error;
      setProblem(refusal);
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** Saves what the user changed; true when there was nothing to save or it saved. */
  const save = async (): Promise<boolean> => {
    if (!dirty) return true;
    const reading = readHeader(form, regional);
    if (!reading.ok) {
      setDateError(reading.field);
      return false;
    }
    setDateError(null);
    const edited: PurchaseOrder = { ...stored, ...reading.header, lines: lines.filter((line) => !isBlankLine(line)) };
    const saved = await run(() => saveOrder(appDb, edited));
    if (saved) setDirty(false);
    return saved;
  };
  const saveThen = (write: () => Promise<unknown>) => async () => {
    if (await save()) await run(write);
  };

  const backToList = () => (dirty ? setLeaving(true) : go('purchasing', ['orders']));

  return (
    <section className="order-page" aria-labelledby="order-heading">
      <div className="order-title">
        <button type="button" className="button button-small" onClick={backToList}>
          ← {t('purchasing.orders.backToList')}
        </button>
        <h2 id="order-heading">
          {t('purchasing.orders.heading', { number: stored.number })} <OrderStatusBadge status={stored.status} />
        </h2>
        <span className="muted">{stored.supplierName}</span>
      </div>
      {problem ? (
        <p className="status status-error order-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="order-toolbar">
        {headerEditable || linesEditable ? (
          <button type="button" className="button button-primary" disabled={!dirty || busy} onClick={() => void save()}>
            {t('purchasing.orders.save')}
          </button>
        ) : null}
        {dirty ? <span className="muted">{t('purchasing.orders.unsaved')}</span> : null}
        {dirty && kept ? <span className="muted">{t('purchasing.orders.keptEdits')}</span> : null}
        <OrderActions
          order={stored}
          busy={busy}
          onSend={saveThen(() => sendOrder(appDb, stored.id))}
          onCancel={saveThen(() => cancelOrder(appDb, stored.id))}
          onClose={saveThen(() => closeOrder(appDb, stored.id))}
          onDelete={async () => {
            if (await run(() => deleteDraftOrder(appDb, stored.id))) leaveDiscarding(['orders']);
          }}
        />
      </div>
      <div className="panel">
        <OrderHeader
          form={form}
          editable={headerEditable}
          supplierEditable={stored.status === 'draft'}
          suppliers={suppliers}
          locations={context.locations}
          dateError={dateError}
          onChange={onHeader}
        />
      </div>
      <OrderLinesGrid
        lines={lines}
        editable={linesEditable}
        showProgress={stored.status !== 'draft'}
        currency={stored.currency}
        items={items}
        vatCodes={context.vatCodes}
        prices={context.prices}
        onChange={onLineChange}
        onRemove={onRemove}
        onAdd={onAdd}
      />
      <OrderTotalsTable totals={totals} currency={stored.currency} />
      <OrderDocumentActions orderId={stored.id} number={stored.number} disabledReason={dirty ? t('purchasing.orders.saveBeforeDocument') : null} />
      <ReceiptsAndBills order={stored} />
      <ConfirmDialog
        open={leaving}
        title={t('purchasing.orders.leave.title')}
        confirmLabel={t('purchasing.orders.leave.confirm')}
        danger
        onConfirm={() => {
          setLeaving(false);
          leaveDiscarding(['orders']);
        }}
        onCancel={() => setLeaving(false)}
      >
        <p>{t('purchasing.orders.leave.text')}</p>
      </ConfirmDialog>
    </section>
  );
}
