import { useTranslation } from 'react-i18next';
import type { OrderTotals } from '../../../../../shared/purchasing/orders';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { amountOnly } from './orderText';

/** Net, VAT and gross per VAT rate, then the order's total. */
export function OrderTotalsTable({ totals, currency }: { totals: OrderTotals; currency: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const money = (minor: number) => amountOnly(minor, currency, regional);
  return (
    <table className="table order-totals" data-testid="order-totals">
      <caption className="visually-hidden">{t('purchasing.orders.totals.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('purchasing.orders.totals.vatCode')}</th>
          <th scope="col" className="num">{t('purchasing.orders.totals.net', { currency })}</th>
          <th scope="col" className="num">{t('purchasing.orders.totals.vat', { currency })}</th>
          <th scope="col" className="num">{t('purchasing.orders.totals.gross', { currency })}</th>
        </tr>
      </thead>
      <tbody>
        {totals.perVat.map((total) => (
          <tr key={total.vatCodeId ?? 'none'} data-vat={total.code || 'none'}>
            <th scope="row">{total.code || t('purchasing.orders.noVat')}</th>
            <td className="num">{money(total.net)}</td>
            <td className="num">{money(total.vat)}</td>
            <td className="num">{money(total.gross)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-vat="total">
          <th scope="row">{t('purchasing.orders.totals.total')}</th>
          <td className="num">{money(totals.net)}</td>
          <td className="num">{money(totals.vat)}</td>
          <td className="num">{money(totals.gross)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
