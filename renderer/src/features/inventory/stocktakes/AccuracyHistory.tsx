import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import type { Stocktake } from '../../../../../shared/stock/types';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { percentText } from './stocktakeText';

/** Count accuracy of the approved stocktakes, oldest to newest: whether the warehouse is getting better. */
export function AccuracyHistory({ stocktakes }: { stocktakes: readonly Stocktake[] }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const approved = stocktakes.filter((stocktake) => stocktake.status === 'approved' && stocktake.accuracy !== undefined).reverse();
  if (approved.length === 0) return null;
  return (
    <section className="panel accuracy-history" aria-labelledby="stocktake-accuracy">
      <h2 id="stocktake-accuracy">{t('inventory.stocktakes.accuracyHeading')}</h2>
      <p className="muted">{t('inventory.stocktakes.accuracyIntro')}</p>
      <ol className="accuracy-bars">
        {approved.map((stocktake) => (
          <li key={stocktake.id} title={`${stocktake.number} · ${stocktake.name}`}>
            <span className="accuracy-label">
              {stocktake.number} · {formatDate(stocktake.approvedDate ?? stocktake.date, regional, 'short')}
            </span>
            <span className="accuracy-bar">
              <span style={{ width: `${stocktake.accuracy! / 100}%` }} />
            </span>
            <span className="accuracy-value">{percentText(stocktake.accuracy!, regional.locale)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
