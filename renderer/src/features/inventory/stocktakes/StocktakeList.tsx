import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { useNavigationStore } from '../../../app/navigationStore';
import { stocktakesRepository } from '../../../db/repositories/stocktakes/appStocktakes';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { AccuracyHistory } from './AccuracyHistory';
import { percentText, scopeText, statusText } from './stocktakeText';

/** Every stocktake, newest first, with how accurate the approved ones were. */
export function StocktakeList() {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const stocktakes = useLiveQuery(() => stocktakesRepository.listStocktakes(), []);
  if (!stocktakes) return null;
  const open = (id: string) => go('inventory', ['stocktakes', id]);

  return (
    <div className="stocktakes">
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => go('inventory', ['stocktakes', 'new'])}>
          {t('inventory.stocktakes.new')}
        </button>
      </div>
      {stocktakes.length === 0 ? (
        <p className="panel empty-state">{t('inventory.stocktakes.none')}</p>
      ) : (
        <table className="table stocktake-list" aria-label={t('inventory.tabs.stocktakes')}>
          <thead>
            <tr>
              <th>{t('inventory.stocktakes.columns.number')}</th>
              <th>{t('inventory.stocktakes.columns.name')}</th>
              <th>{t('inventory.stocktakes.columns.date')}</th>
              <th>{t('inventory.stocktakes.columns.scope')}</th>
              <th>{t('inventory.stocktakes.columns.status')}</th>
              <th className="num">{t('inventory.stocktakes.columns.lines')}</th>
              <th className="num">{t('inventory.stocktakes.columns.accuracy')}</th>
            </tr>
          </thead>
          <tbody>
            {stocktakes.map((stocktake) => (
              <tr key={stocktake.id} data-number={stocktake.number}>
                <td>
                  <a
                    href={`#/inventory/stocktakes/${stocktake.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      open(stocktake.id);
                    }}
                  >
                    {stocktake.number}
                  </a>
                </td>
                <td>{stocktake.name}</td>
                <td className="nowrap">{formatDate(stocktake.date, regional, 'short')}</td>
                <td>{scopeText(stocktake.scope, t)}</td>
                <td>
                  <span className={`badge badge-${stocktake.status}`}>{statusText(stocktake.status, t)}</span>
                </td>
                <td className="num">{stocktake.lineCount}</td>
                <td className="num">{stocktake.accuracy === undefined ? '—' : percentText(stocktake.accuracy, regional.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AccuracyHistory stocktakes={stocktakes} />
    </div>
  );
}
