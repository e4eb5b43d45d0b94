import type { TFunction } from 'i18next';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import type { OpenDelivery } from '../../../../../shared/purchasing/deliveries';
import type { SpendingReport } from '../../../../../shared/purchasing/spending';
import { hashOf } from '../../../app/sections';
import { AmountCell } from '../../bookkeeping/reports/ReportCells';
import { shortDate } from '../../bookkeeping/reports/reportText';
import { shareText } from './spendingView';

type SpendingTableProps = { report: SpendingReport; label(key: string): string; currency: string; regional: RegionalFormat; t: TFunction };

/** Each group's net spending and share of the total, then the total. */
export function SpendingTable({ report, label, currency, regional, t }: SpendingTableProps) {
  return (
    <table className="report-table spending-table" data-testid="spending-table">
      <thead>
        <tr>
          <th scope="col">{t(`purchasing.spending.by.${report.grouping}`)}</th>
          <th scope="col" className="num">
            {t('purchasing.spending.net')}
          </th>
          <th scope="col" className="num">
            {t('purchasing.spending.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.groups.map((group) => (
          <tr key={group.key}>
            <th scope="row" className="text">
              {label(group.key)}
            </th>
            <AmountCell minor={group.total} currency={currency} regional={regional} />
            <td className="num">{shareText(group.total, report.total, regional.locale)}</td>
          </tr>
        ))}
        <tr className="total">
          <th scope="row">{t('reports.total')}</th>
          <AmountCell minor={report.total} currency={currency} regional={regional} testId="spending-total" />
          <td className="num">{shareText(report.total, report.total, regional.locale)}</td>
        </tr>
      </tbody>
    </table>
  );
}

type DeliveriesTableProps = { deliveries: readonly OpenDelivery[]; currency: string; regional: RegionalFormat; t: TFunction; links: boolean };

/** Orders still awaited: late ones first, said in words as well as marked, so a grey print shows them. */
export function DeliveriesTable({ deliveries, currency, regional, t, links }: DeliveriesTableProps) {
  return (
    <table className="report-table deliveries-table" data-testid="open-deliveries">
      <thead>
        <tr>
          <th scope="col">{t('purchasing.spending.deliveries.order')}</th>
          <th scope="col">{t('purchasing.spending.deliveries.supplier')}</th>
          <th scope="col">{t('purchasing.spending.deliveries.ordered')}</th>
          <th scope="col">{t('purchasing.spending.deliveries.expected')}</th>
          <th scope="col">{t('purchasing.spending.deliveries.state')}</th>
          <th scope="col" className="num">
            {t('purchasing.spending.deliveries.openLines')}
          </th>
          <th scope="col" className="num">
            {t('purchasing.spending.deliveries.value')}
          </th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={delivery.orderId} className={delivery.overdue ? 'is-overdue' : undefined} data-order={delivery.number}>
            <td className="nowrap">{links ? <a href={hashOf('purchasing', ['orders', delivery.orderId])}>{delivery.number}</a> : delivery.number}</td>
            <td className="text">{delivery.supplierName}</td>
            <td className="nowrap">{shortDate(delivery.orderDate, regional)}</td>
            <td className="nowrap">{delivery.expectedDate ? shortDate(delivery.expectedDate, regional) : '—'}</td>
            <td>{delivery.overdue ? <strong>{t('purchasing.spending.deliveries.late', { count: delivery.daysLate })}</strong> : t('purchasing.spending.deliveries.onTime')}</td>
            <td className="num">{delivery.openLines}</td>
            <AmountCell minor={delivery.valueToReceive} currency={currency} regional={regional} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
