import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { orderRefusal } from '../../../../../shared/purchasing/orderStates';
import { useNavigationStore } from '../../../app/navigationStore';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { dateReadingError, dateText, readDate } from '../../../components/dateText';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { notify } from '../../../components/notices';
import { newId } from '../../../db/audit';
import { appDb } from '../../../db/appDb';
import { ensureInventorySettings } from '../../../db/repositories/stock/inventorySettings';
import { receivePurchaseOrder } from '../../../db/repositories/purchasing/receipts';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { describeStockError } from '../../inventory/stock/stockRecording';
import { purchasingProblemText, refusalText } from '../problemText';
import { initialRows, openLines, readRows, type ReceiveRow } from './receiveForm';
import { ReceiveRows } from './ReceiveRows';
import { useReceivingData } from './useReceiving';
import './receiving.css';

/** Receiving against an order (['orders', id, 'receive']): what arrived of each line, into which location. */
export function ReceivePage({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const dateHint = useDateHint();
  const go = useNavigationStore((state) => state.go);
  const prefix = useId();
  const data = useReceivingData(orderId);
  // Chosen once per visit: saving the same delivery twice (a double click) stores it once.
  const [receiptId] = useState(() => newId());
  const [rows, setRows] = useState<Record<string, ReceiveRow> | null>(null);
  const [date, setDate] = useState(() => dateText(todayIso(), regional));
  const [deliveryNote, setDeliveryNote] = useState('');
  const [confirmOver, setConfirmOver] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);

  const order = data?.order;
  useEffect(() => {
    if (order && rows === null) setRows(initialRows(order, data.defaultLocationId));
  }, [order, rows, data]);
  // Kept between renders, so saving (which only disables the button) does not redraw hundreds of lines.
  const lines = useMemo(() => (order ? openLines(order) : []), [order]);
  const typed = useMemo(() => rows ?? {}, [rows]);
  const tolerance = data?.tolerance ?? 0;
  const read = useMemo(() => (order ? readRows(order, typed, tolerance) : null), [order, typed, tolerance]);
  const setRow = useCallback((lineId: string, change: Partial<ReceiveRow>) => setRows((current) => ({ ...current, [lineId]: { ...current![lineId]!, ...change } })), []);

  if (!data) return <section className="panel" aria-busy="true" />;
  if (!order || !read) return <section className="panel"><p className="empty-state">{t('purchasing.receiving.orderMissing')}</p></section>;
  const refusal = orderRefusal(order, 'receive');
  if (refusal) return <section className="panel"><p className="empty-state">{purchasingProblemText(refusal, t)}</p></section>;
  const dateReading = readDate(date, regional);
  const beyond = read.over.filter((over) => over.beyondTolerance);
  const back = () => go('purchasing', ['orders', order.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (dateReading.kind !== 'date' || Object.keys(read.errors).length > 0 || (beyond.length > 0 && !confirmOver)) {
      setChecked(true);
      setFailure(t('purchasing.receiving.checkFields'));
      return;
    }
    if (read.lines.length === 0 && read.closeShort.length === 0) {
      setFailure(t('purchasing.receiving.nothing'));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      // A book whose warehouse was never opened gets its usual inventory accounts first.
      await ensureInventorySettings(appDb);
      const receipt = await receivePurchaseOrder(appDb, {
        receiptId, orderId: order.id, date: dateReading.iso, deliveryNote, lines: read.lines, closeShort: read.closeShort, allowOver: confirmOver,
      });
      notify({ text: t('purchasing.receiving.done', { receipt: receipt.number, order: order.number }) });
      back();
    } catch (error) {
      setFailure(refusalText(error, t) ?? describeStockError(error, t, regional));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel receive-page" aria-labelledby={`${prefix}heading`}>
      <h2 id={`${prefix}heading`}>{t('purchasing.receiving.heading', { order: order.number, supplier: order.supplierName })}</h2>
      {lines.length === 0 ? (
        <p className="empty-state">{t('purchasing.receiving.nothingOpen')}</p>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('purchasing.receiving.formLabel')}>
          <div className="form-grid">
            <Field id={`${prefix}date`} label={t('purchasing.receiving.date')} hint={dateHint} error={dateReading.kind === 'invalid' ? dateReadingError(dateReading, t) : undefined}>
              {(a11y) => <DateInput {...a11y} value={date} onChange={setDate} />}
            </Field>
            <Field id={`${prefix}note`} label={t('purchasing.receiving.deliveryNote')}>
              {(a11y) => <input type="text" autoComplete="off" {...a11y} value={deliveryNote} onChange={(event) => setDeliveryNote(event.target.value)} />}
            </Field>
          </div>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setRows(initialRows(order, data.defaultLocationId))}>
              {t('purchasing.receiving.receiveAll')}
            </button>
          </div>
          <ReceiveRows lines={lines} typed={typed} read={read} places={data.places} checked={checked} setRow={setRow} />
          {beyond.length > 0 ? (
            <label className="receive-confirm">
              <input type="checkbox" checked={confirmOver} onChange={(event) => setConfirmOver(event.target.checked)} />
              {t('purchasing.receiving.confirmOver', { count: beyond.length })}
            </label>
          ) : null}
          <FailureNote message={failure} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={saving}>
              {t(saving ? 'purchasing.receiving.saving' : 'purchasing.receiving.save')}
            </button>
            <button type="button" className="button" onClick={back}>
              {t('purchasing.receiving.back')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
