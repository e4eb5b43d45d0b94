import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../../../shared/catalog/quantities';
import { billLineNet, billTotals, defaultBillLines } from '../../../../../shared/purchasing/billing';
import { addDays } from '../../../../../shared/purchasing/orderDrafts';
import type { PurchaseBill } from '../../../../../shared/purchasing/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { accountOptions } from '../../../components/accountOptions';
import { amountText } from '../../../components/amountText';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DateInput } from '../../../components/DateInput';
import { dateText, readDate } from '../../../components/dateText';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { notify } from '../../../components/notices';
import { newId } from '../../../db/audit';
import { appDb } from '../../../db/appDb';
import { ensureInventorySettings } from '../../../db/repositories/stock/inventorySettings';
import { postBill, saveBill } from '../../../db/repositories/purchasing/bills';
import { getPostedEntry } from '../../../db/repositories/ledger/postedEntries';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { describeBookkeepingError } from '../../bookkeeping/problemText';
import { unitLabel } from '../../inventory/catalog/catalogText';
import { refusalText } from '../problemText';
import { extraLine, readBill, typedBill, typedLine, type TypedBill, type TypedBillLine } from './billForm';
import { billMatches, type BillContextData } from './useBills';

/** The bill form: supplier's number and dates, lines compared with the order and receipts, extras, totals per VAT rate, save and post. */
export function BillEditor({ bill, context, onAddOrder }: { bill: PurchaseBill; context: BillContextData; onAddOrder(orderId: string): void }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const prefix = useId();
  const [typed, setTyped] = useState<TypedBill>(() => typedBill(bill, context.orders, regional));
  const [dueTouched, setDueTouched] = useState(bill.status === 'posted');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const entry = useLiveQuery(async () => (bill.entryId ? ((await getPostedEntry(appDb, bill.entryId)) ?? null) : null), [bill.entryId]);

  const posted = bill.status === 'posted';
  const read = readBill(bill, typed, regional);
  const shown = posted ? bill : read.bill;
  const matches = billMatches(shown, context.orders, context.tolerance);
  const totals = billTotals(shown.lines, context.vatCodes, bill.currency);
  const orderLines = new Map(context.orders.flatMap((order) => order.lines.map((line) => [line.id, line] as const)));
  const codes = new Map(context.vatCodes.map((code) => [code.id, code]));
  const accounts = useMemo(() => accountOptions(context.accounts).filter((option) => !option.group && (option.type === 'expense' || option.type === 'asset')), [context.accounts]);
  const money = (minor: number) => amountText(minor, bill.currency, regional);
  const errorOf = (key: string) => (checked && read.errors[key] ? t(read.errors[key]) : undefined);
  const supplierName = context.supplier?.name ?? '';
  const orderNumbers = context.orders.map((order) => order.number).join(', ');

  const addOrder = (orderId: string) => {
    const order = context.moreOrders.find((candidate) => candidate.id === orderId);
    if (!order) return;
    onAddOrder(order.id);
    setTyped((current) => ({ ...current, lines: [...current.lines, ...defaultBillLines([order], newId).map((line) => typedLine(line, [order], bill.currency, regional))] }));
  };
  const setLine = (id: string, change: Partial<TypedBillLine>) => setTyped((current) => ({ ...current, lines: current.lines.map((line) => (line.id === id ? { ...line, ...change } : line)) }));
  const setBillDate = (text: string) =>
    setTyped((current) => {
      const reading = readDate(text, regional);
      const due = !dueTouched && reading.kind === 'date' ? dateText(addDays(reading.iso, context.supplier?.paymentTermsDays ?? 0), regional) : current.dueDate;
      return { ...current, billDate: text, dueDate: due };
    });

  const run = async (action: 'save' | 'post') => {
    setChecked(true);
    if (busy) return;
    if (Object.keys(read.errors).length > 0) {
      setConfirming(false);
      setFailure(t('purchasing.bills.checkFields'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      // A book whose warehouse was never opened gets its usual accounts first (the receipt account the bill clears).
      if (action === 'post') await ensureInventorySettings(appDb);
      const result = action === 'save' ? await saveBill(appDb, read.bill) : await postBill(appDb, read.bill);
      notify({ text: t(action === 'save' ? 'purchasing.bills.saved' : 'purchasing.bills.posted', { number: result.number }) });
      go('purchasing', ['bills', result.id]);
    } catch (error) {
      setFailure(refusalText(error, t) ?? describeBookkeepingError(error, t, regional));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const flagText = (flag: string) => t(`purchasing.bills.flags.${flag}`);
  const priceSuffix = (priceUnit: number, unit: TypedBillLine['unit']) => (priceUnit === 1 ? '' : ` / ${formatQuantity(priceUnit, unit, regional.locale)} ${unitLabel(unit.code, t)}`);

  return (
    <section className="panel bill-page" aria-labelledby={`${prefix}heading`}>
      <h2 id={`${prefix}heading`}>{t('purchasing.bills.heading', { supplier: supplierName })}</h2>
      <p className="muted">
        {t('purchasing.bills.orders', { orders: orderNumbers })} · {t(`purchasing.bills.status.${bill.status}`)}
      </p>
      <div className="form-grid">
        <Field id={`${prefix}number`} label={t('purchasing.bills.number')} error={errorOf('number')}>
          {(a11y) => <input type="text" autoComplete="off" readOnly={posted} {...a11y} value={typed.number} onChange={(event) => setTyped({ ...typed, number: event.target.value })} />}
        </Field>
        <Field id={`${prefix}billDate`} label={t('purchasing.bills.billDate')} error={errorOf('billDate')}>
          {(a11y) => <DateInput {...a11y} readOnly={posted} value={typed.billDate} onChange={(text) => setBillDate(text)} />}
        </Field>
        <Field id={`${prefix}dueDate`} label={t('purchasing.bills.dueDate')} hint={t('purchasing.bills.dueHint', { days: context.supplier?.paymentTermsDays ?? 0 })} error={errorOf('dueDate')}>
          {(a11y) => (
            <DateInput
              {...a11y}
              readOnly={posted}
              value={typed.dueDate}
              onChange={(text) => {
                setDueTouched(true);
                setTyped({ ...typed, dueDate: text });
              }}
            />
          )}
        </Field>
        <Field id={`${prefix}note`} label={t('purchasing.bills.note')}>
          {(a11y) => <input type="text" autoComplete="off" readOnly={posted} {...a11y} value={typed.note} onChange={(event) => setTyped({ ...typed, note: event.target.value })} />}
        </Field>
      </div>

      <div className="bill-lines-scroll">
      <table className="table bill-lines">
        <thead>
          <tr>
            <th>{t('purchasing.bills.line')}</th>
            <th className="amount">{t('purchasing.bills.ordered')}</th>
            <th className="amount">{t('purchasing.bills.received')}</th>
            <th className="amount">{t('purchasing.bills.billedBefore')}</th>
            <th>{t('purchasing.bills.quantity')}</th>
            <th className="amount">{t('purchasing.bills.orderPrice')}</th>
            <th>{t('purchasing.bills.billedPrice')}</th>
            <th className="amount">{t('purchasing.bills.net')}</th>
            <th>{t('purchasing.bills.vat')}</th>
          </tr>
        </thead>
        <tbody>
          {typed.lines.map((line, index) => {
            const match = matches.get(line.id);
            const orderLine = line.orderLineId === null ? undefined : orderLines.get(line.orderLineId);
            const quantity = (value: number) => `${formatQuantity(value, line.unit, regional.locale)} ${unitLabel(line.unit.code, t)}`;
            const flagged = match && match.flags.length > 0;
            return (
              <tr key={line.id} className={flagged ? 'bill-flagged' : undefined} data-line={line.description}>
                <th scope="row">
                  {orderLine ? (
                    line.description
                  ) : (
                    <div className="bill-extra">
                      <input type="text" aria-label={t('purchasing.bills.extraDescription')} placeholder={t('purchasing.bills.extraPlaceholder')} readOnly={posted} aria-invalid={Boolean(errorOf(`${line.id}.description`))} value={line.description} onChange={(event) => setLine(line.id, { description: event.target.value })} />
                      <select aria-label={t('purchasing.bills.extraAccount')} disabled={posted} value={line.accountId} onChange={(event) => setLine(line.id, { accountId: event.target.value })}>
                        <option value="">{t('purchasing.bills.defaultAccount')}</option>
                        {accounts.map((option) => (
                          <option key={option.id} value={option.id}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    </div>
                  )}
                  {match?.flags.map((flag) => (
                    <span key={flag} className="flag" data-flag={flag}>
                      {flagText(flag)}
                    </span>
                  ))}
                </th>
                <td className="amount">{match ? quantity(match.ordered) : '—'}</td>
                <td className="amount">{match ? quantity(match.received) : '—'}</td>
                <td className="amount">{match ? quantity(match.billedBefore) : '—'}</td>
                <td>
                  <input type="text" inputMode="decimal" className="bill-quantity" readOnly={posted} aria-label={t('purchasing.bills.quantityOf', { line: line.description || index + 1 })} aria-invalid={Boolean(errorOf(`${line.id}.quantity`))} value={line.quantity} onChange={(event) => setLine(line.id, { quantity: event.target.value })} />
                </td>
                <td className="amount">{orderLine ? `${money(orderLine.price)}${priceSuffix(orderLine.priceUnit, line.unit)}` : '—'}</td>
                <td>
                  <MoneyInput currency={bill.currency} className="bill-price" readOnly={posted} aria-label={t('purchasing.bills.priceOf', { line: line.description || index + 1 })} aria-invalid={Boolean(errorOf(`${line.id}.price`))} value={line.price} onChange={(text) => setLine(line.id, { price: text })} />
                  {line.priceUnit !== 1 ? <span className="muted">{priceSuffix(line.priceUnit, line.unit)}</span> : null}
                </td>
                <td className="amount">{money(billLineNet(shown.lines[index] ?? { quantity: 0, price: 0, priceUnit: 1 }))}</td>
                <td>
                  <select aria-label={t('purchasing.bills.vatOf', { line: line.description || index + 1 })} disabled={posted} value={line.vatCodeId} onChange={(event) => setLine(line.id, { vatCodeId: event.target.value })}>
                    <option value="">{t('purchasing.bills.noVat')}</option>
                    {context.vatCodes.map((code) => (
                      <option key={code.id} value={code.id}>
                        {code.code}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      {posted ? null : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setTyped({ ...typed, lines: [...typed.lines, extraLine(newId(), context.vatCodes[0]?.id ?? '')] })}>
            {t('purchasing.bills.addExtra')}
          </button>
          {context.moreOrders.length > 0 ? (
            <select aria-label={t('purchasing.bills.addOrder')} value="" onChange={(event) => addOrder(event.target.value)}>
              <option value="">{t('purchasing.bills.addOrder')}</option>
              {context.moreOrders.map((order) => (
                <option key={order.id} value={order.id}>
                  {`${order.number} · ${dateText(order.orderDate, regional)}`}
                </option>
              ))}
            </select>
          ) : null}
        </div>
      )}

      <h3>{t('purchasing.bills.totals')}</h3>
      <table className="table bill-totals" data-testid="bill-totals">
        <thead>
          <tr>
            <th>{t('purchasing.bills.vatRate')}</th>
            <th className="amount">{t('purchasing.bills.net')}</th>
            <th className="amount">{t('purchasing.bills.tax')}</th>
            <th className="amount">{t('purchasing.bills.gross')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.byVat.map((vat) => (
            <tr key={vat.vatCodeId ?? 'none'}>
              <th scope="row">{vat.vatCodeId === null ? t('purchasing.bills.noVat') : (codes.get(vat.vatCodeId)?.code ?? '?')}</th>
              <td className="amount">{money(vat.net)}</td>
              <td className="amount">{money(vat.tax)}</td>
              <td className="amount">{money(vat.gross)}</td>
            </tr>
          ))}
          <tr className="bill-total">
            <th scope="row">{t('purchasing.bills.total')}</th>
            <td className="amount">{money(totals.net)}</td>
            <td className="amount">{money(totals.tax)}</td>
            <td className="amount">{money(totals.gross)}</td>
          </tr>
        </tbody>
      </table>

      <FailureNote message={failure} />
      {posted ? (
        <div className="button-row">
          {bill.entryId ? (
            <button type="button" className="button" onClick={() => go('bookkeeping', ['entries', bill.entryId!])}>
              {t('purchasing.bills.openEntry', { number: entry?.number ?? '' })}
            </button>
          ) : null}
          <button type="button" className="button button-primary" onClick={() => go('bookkeeping', ['new', 'billPayment', supplierName])}>
            {t('purchasing.bills.pay')}
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => {
            setChecked(true);
            if (Object.keys(read.errors).length > 0) setFailure(t('purchasing.bills.checkFields'));
            else setConfirming(true);
          }}>
            {t('purchasing.bills.post')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void run('save')}>
            {t('purchasing.bills.saveDraft')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('purchasing.bills.confirmTitle', { number: read.bill.number })}
        confirmLabel={t('purchasing.bills.post')}
        busy={busy}
        onConfirm={() => void run('post')}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('purchasing.bills.confirmText', { supplier: supplierName, gross: money(totals.gross) })}</p>
        {[...matches.values()].some((match) => match.flags.length > 0) ? <p className="field-error">{t('purchasing.bills.confirmFlagged')}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
