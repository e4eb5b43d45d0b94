import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../../../shared/catalog/quantities';
import { mayDo, stillToBill, stillToReceive } from '../../../../../shared/purchasing/orderStates';
import type { OrderLine, PurchaseOrder } from '../../../../../shared/purchasing/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { dateText } from '../../../components/dateText';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { unitLabel } from '../../inventory/catalog/catalogText';
import { useOrderDocuments } from './useReceiving';
import './receiving.css';

/** On an order's page: its receipts and bills, what is still to receive and to bill, and the actions to receive and bill. */
export function OrderReceiptsAndBills({ order }: { order: PurchaseOrder }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const documents = useOrderDocuments(order.id);
  const quantity = (value: number, line: OrderLine) => `${formatQuantity(value, line.unit, regional.locale)} ${unitLabel(line.unit.code, t)}`;
  const canReceive = mayDo(order.status, 'receive') && order.lines.some((line) => stillToReceive(line) > 0);
  const canBill = mayDo(order.status, 'bill') && order.lines.some((line) => stillToBill(line) > 0);

  return (
    <section className="panel order-documents" aria-label={t('purchasing.receiving.documents')}>
      <h2>{t('purchasing.receiving.documents')}</h2>
      <div className="button-row">
        {canReceive ? (
          <button type="button" className="button button-primary" onClick={() => go('purchasing', ['orders', order.id, 'receive'])}>
            {t('purchasing.receiving.receive')}
          </button>
        ) : null}
        {canBill ? (
          <button type="button" className="button" onClick={() => go('purchasing', ['bills', 'new', order.id])}>
            {t('purchasing.receiving.registerBill')}
          </button>
        ) : null}
      </div>
      <table className="table">
        <thead>
          <tr>
            <th>{t('purchasing.receiving.line')}</th>
            <th className="amount">{t('purchasing.receiving.ordered')}</th>
            <th className="amount">{t('purchasing.receiving.received')}</th>
            <th className="amount">{t('purchasing.receiving.billed')}</th>
            <th className="amount">{t('purchasing.receiving.stillToReceive')}</th>
            <th className="amount">{t('purchasing.receiving.stillToBill')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">
                {line.description}
                {line.closedShort ? <span className="muted"> · {t('purchasing.receiving.closedShortMark')}</span> : null}
              </th>
              <td className="amount">{quantity(line.quantity, line)}</td>
              <td className="amount">{quantity(line.received, line)}</td>
              <td className="amount">{quantity(line.billed, line)}</td>
              <td className="amount">{quantity(stillToReceive(line), line)}</td>
              <td className="amount">{quantity(stillToBill(line), line)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('purchasing.receiving.receipts')}</h3>
      {documents && documents.receipts.length > 0 ? (
        <ul className="plain-list" data-testid="order-receipts">
          {documents.receipts.map((receipt) => (
            <li key={receipt.id}>
              {t('purchasing.receiving.receiptLine', { number: receipt.number, date: dateText(receipt.date, regional), count: receipt.lines.length })}
              {receipt.deliveryNote ? ` · ${receipt.deliveryNote}` : ''}
              {receipt.entryId ? (
                <>
                  {' · '}
                  <a href="#" onClick={(event) => { event.preventDefault(); go('bookkeeping', ['entries', receipt.entryId!]); }}>
                    {t('purchasing.receiving.entry')}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('purchasing.receiving.noReceipts')}</p>
      )}
      <h3>{t('purchasing.receiving.bills')}</h3>
      {documents && documents.bills.length > 0 ? (
        <ul className="plain-list" data-testid="order-bills">
          {documents.bills.map((bill) => (
            <li key={bill.id}>
              <a href="#" onClick={(event) => { event.preventDefault(); go('purchasing', ['bills', bill.id]); }}>
                {bill.number || t('purchasing.bills.noNumber')}
              </a>
              {` · ${dateText(bill.billDate, regional)} · ${t(`purchasing.bills.status.${bill.status}`)}`}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('purchasing.receiving.noBills')}</p>
      )}
    </section>
  );
}
