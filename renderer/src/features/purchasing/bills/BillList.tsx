import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import { amountText } from '../../../components/amountText';
import { dateText } from '../../../components/dateText';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { useBillRows } from './useBills';

/** Every supplier bill: supplier, number, dates, total, status and whether a line is flagged. */
export function BillList() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const rows = useBillRows();
  if (!rows) return <section className="panel" aria-busy="true" />;
  return (
    <section className="panel">
      <h2>{t('purchasing.bills.listHeading')}</h2>
      {rows.length === 0 ? (
        <p className="empty-state">{t('purchasing.bills.empty')}</p>
      ) : (
        <table className="table bill-list">
          <thead>
            <tr>
              <th>{t('purchasing.bills.supplier')}</th>
              <th>{t('purchasing.bills.number')}</th>
              <th>{t('purchasing.bills.billDate')}</th>
              <th>{t('purchasing.bills.dueDate')}</th>
              <th className="amount">{t('purchasing.bills.gross')}</th>
              <th>{t('purchasing.bills.statusLabel')}</th>
              <th>{t('purchasing.bills.flagged')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ bill, supplierName, total, flagged }) => (
              <tr key={bill.id}>
                <th scope="row">{supplierName}</th>
                <td>
                  <a href="#" onClick={(event) => { event.preventDefault(); go('purchasing', ['bills', bill.id]); }}>
                    {bill.number || t('purchasing.bills.noNumber')}
                  </a>
                </td>
                <td>{dateText(bill.billDate, regional)}</td>
                <td>{dateText(bill.dueDate, regional)}</td>
                <td className="amount">{amountText(total, bill.currency, regional)}</td>
                <td>{t(`purchasing.bills.status.${bill.status}`)}</td>
                <td>{flagged ? <span className="flag">{t('purchasing.bills.flaggedMark')}</span> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
