import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../../../shared/dates';
import { localeOf } from '../../../../../shared/i18n/languages';
import { formatAmount } from '../../../../../shared/money';
import type { ReconciliationRecord } from '../../../db/bankRecords';
import { useLanguage } from '../../../i18n/useLanguage';

/** The account's finished reconciliations, newest first. */
export function ReconciliationHistory({ finished, currency }: { finished: readonly ReconciliationRecord[]; currency: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
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
              <th scope="row">{formatDate(record.statementDate, language, 'long')}</th>
              <td className="amount">{formatAmount(record.closingBalance, record.currency, localeOf[language])}</td>
              <td className="amount">{record.postingIds.length}</td>
              <td>{record.finishedAt ? formatDateTime(new Date(record.finishedAt), language) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
