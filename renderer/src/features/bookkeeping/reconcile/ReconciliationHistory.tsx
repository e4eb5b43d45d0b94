import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../../../shared/dates';
import { formatAmount } from '../../../../../shared/money';
import type { ReconciliationRecord } from '../../../db/bankRecords';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** The account's finished reconciliations, newest first. */
export function ReconciliationHistory({ finished, currency }: { finished: readonly ReconciliationRecord[]; currency: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  if (finished.length === 0) return null;
  return (
    <div className="panel reconcile-history">
      <h3>{t('reconcile.history.heading')}</h3>
      <table className="table" data-testid="finished-reconciliations">
        <caption className="visually-hidden">{t('reconcile.history.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reconcile.statementDate')}</th>
            <th scope="col" className="amount">{t('reconcile.closingBalance', { currency })}</th>
            <th scope="col" className="amount">{t('reconcile.history.postings')}</th>
            <th scope="col">{t('reconcile.history.finishedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {finished.map((record) => (
            <tr key={record.id}>
              <th scope="row">{formatDate(record.statementDate, regional, 'long')}</th>
              <td className="amount">{formatAmount(record.closingBalance, record.currency, regional.locale)}</td>
              <td className="amount">{record.postingIds.length}</td>
              <td>{record.finishedAt ? formatDateTime(new Date(record.finishedAt), regional) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
