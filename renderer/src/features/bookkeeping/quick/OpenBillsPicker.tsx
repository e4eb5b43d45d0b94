import { useTranslation } from 'react-i18next';
import type { AgedPayablesRow, OpenBill } from '../../../../../shared/ledger/agedPayables';
import { amountText } from '../../../components/amountText';
import { dateText } from '../../../components/dateText';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type Props = {
  /** The supplier's row of the aged payables in the form's currency; undefined when none is typed or it owes nothing. */
  row: AgedPayablesRow | undefined;
  supplierTyped: boolean;
  picked: readonly string[];
  onChange(picked: string[]): void;
};

/** A bill payment's open bills of the supplier, to tick the ones it pays. */
export function OpenBillsPicker({ row, supplierTyped, picked, onChange }: Props) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const toggle = (bill: OpenBill) =>
    onChange(picked.includes(bill.entryId) ? picked.filter((id) => id !== bill.entryId) : [...picked, bill.entryId]);
  return (
    <fieldset className="open-bills">
      <legend>{t('bookkeeping.quick.bills.heading')}</legend>
      {!row ? (
        <p className="muted">{t(supplierTyped ? 'bookkeeping.quick.bills.none' : 'bookkeeping.quick.bills.typeSupplier')}</p>
      ) : (
        <table className="table open-bills-table" data-testid="open-bills">
          <thead>
            <tr>
              <th scope="col" className="pick">
                {t('bookkeeping.quick.bills.pay')}
              </th>
              <th scope="col">{t('bookkeeping.quick.bills.number')}</th>
              <th scope="col">{t('bookkeeping.quick.date')}</th>
              <th scope="col" className="amount">
                {t('bookkeeping.quick.bills.amount')}
              </th>
              <th scope="col" className="amount">
                {t('bookkeeping.quick.bills.open')}
              </th>
            </tr>
          </thead>
          <tbody>
            {row.bills.map((bill) => {
              const label = t('bookkeeping.quick.bills.payBill', { number: bill.number || '—', date: dateText(bill.date, regional) });
              return (
                <tr key={`${bill.entryId}-${bill.accountId}`}>
                  <td>
                    <input type="checkbox" aria-label={label} checked={picked.includes(bill.entryId)} onChange={() => toggle(bill)} />
                  </td>
                  <td>{bill.number || '—'}</td>
                  <td>{dateText(bill.date, regional)}</td>
                  <td className="amount">{amountText(bill.amount, row.currency, regional)}</td>
                  <td className="amount">{amountText(bill.open, row.currency, regional)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
