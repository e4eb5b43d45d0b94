import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { amountText } from '../../../components/amountText';
import { ledgerRepository } from '../../../db/repositories';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { reportHref } from '../../bookkeeping/reports/drill';

/** What is owed to the supplier today, from the aged payables (bills under any of its names). */
export function SupplierPayables({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const prefix = useId();
  const rows = useLiveQuery(async () => (await ledgerRepository.loadAgedPayables(todayIso())).rows.filter((row) => row.supplierId === supplierId), [supplierId]);
  if (!rows) return null;
  return (
    <section className="panel supplier-payables" aria-labelledby={`${prefix}heading`} data-testid="supplier-payables">
      <h2 id={`${prefix}heading`}>{t('purchasing.suppliers.page.owed')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('purchasing.suppliers.page.nothingOwed')}</p>
      ) : (
        <ul className="supplier-owed">
          {rows.map((row) => (
            <li key={row.currency}>
              <strong className="amount" data-testid="supplier-owed">
                {amountText(row.total, row.currency, regional)} {row.currency}
              </strong>{' '}
              <span className="muted">{t('purchasing.suppliers.page.openBills', { count: row.bills.length })}</span>
              {row.unapplied > 0 ? <span className="muted"> · {t('purchasing.suppliers.page.paidAhead', { amount: `${amountText(row.unapplied, row.currency, regional)} ${row.currency}` })}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={reportHref('aged-payables')}>{t('purchasing.suppliers.page.agedPayables')}</a>
      </p>
    </section>
  );
}
