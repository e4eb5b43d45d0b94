import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { useNavigationStore } from '../../../app/navigationStore';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notify } from '../../../components/notices';
import { stocktakesRepository } from '../../../db/repositories/stocktakes/appStocktakes';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { CountingScreen } from './CountingScreen';
import { CountSheetsPrint } from './CountSheetsPrint';
import { describeStocktakeError, percentText, scopeText, statusText } from './stocktakeText';
import { useStocktakeData } from './useStocktakeData';
import { VariancesScreen } from './VariancesScreen';

type View = 'count' | 'variances';

/** One stocktake: its facts, the count sheets to print, counting, and variances with approval. */
export function StocktakeScreen({ stocktakeId, view }: { stocktakeId: string; view: View }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const data = useStocktakeData(stocktakeId);
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (data === undefined) return null;
  if (data === null) return <p className="panel empty-state">{t('inventory.stocktakes.errors.notFound')}</p>;
  const { stocktake } = data;
  const counted = data.sheets.reduce((sum, sheet) => sum + sheet.lines.filter((line) => line.counted !== null).length, 0);
  const lines = data.sheets.reduce((sum, sheet) => sum + sheet.lines.length, 0);

  const cancel = async () => {
    try {
      await stocktakesRepository.cancelStocktake(stocktake.id);
      notify({ text: t('inventory.stocktakes.cancelled', { number: stocktake.number }) });
    } catch (error) {
      setFailure(describeStocktakeError(error, t));
    } finally {
      setAsking(false);
    }
  };

  const tab = (target: View, label: string) => (
    <a
      href={`#/inventory/stocktakes/${stocktake.id}/${target}`}
      className={view === target ? 'is-current' : undefined}
      aria-current={view === target ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        go('inventory', ['stocktakes', stocktake.id, target]);
      }}
    >
      {label}
    </a>
  );

  return (
    <div className="stocktake" data-status={stocktake.status}>
      <header className="stocktake-head">
        <div>
          <h2>
            {stocktake.number} · {stocktake.name}
          </h2>
          <p className="muted">
            <span className={`badge badge-${stocktake.status}`}>{statusText(stocktake.status, t)}</span> {formatDate(stocktake.date, regional, 'long')} ·{' '}
            {scopeText(stocktake.scope, t)} · {stocktake.blind ? t('inventory.stocktakes.blindShort') : t('inventory.stocktakes.openShort')} ·{' '}
            {t('inventory.stocktakes.toleranceShort', { percent: stocktake.tolerancePercent })} ·{' '}
            <span data-testid="stocktake-progress">{t('inventory.stocktakes.progress', { counted, count: lines })}</span>
            {stocktake.accuracy !== undefined ? ` · ${t('inventory.stocktakes.accuracyShort', { accuracy: percentText(stocktake.accuracy, regional.locale) })}` : ''}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => go('inventory', ['stocktakes'])}>
            {t('inventory.stocktakes.back')}
          </button>
          {stocktake.status === 'counting' ? (
            <button type="button" className="button" onClick={() => setAsking(true)}>
              {t('inventory.stocktakes.cancel')}
            </button>
          ) : null}
        </div>
      </header>
      {failure ? (
        <p className="status status-error" role="alert">
          {failure}
        </p>
      ) : null}
      <nav className="stocktake-nav" aria-label={t('inventory.stocktakes.navLabel')}>
        {tab('count', t('inventory.stocktakes.countTab'))}
        {tab('variances', t('inventory.stocktakes.variancesTab'))}
      </nav>
      {view === 'count' ? (
        <>
          <CountSheetsPrint data={data} />
          <CountingScreen data={data} />
        </>
      ) : (
        <VariancesScreen data={data} />
      )}
      <ConfirmDialog
        open={asking}
        title={t('inventory.stocktakes.cancelTitle', { number: stocktake.number })}
        confirmLabel={t('inventory.stocktakes.cancelConfirm')}
        danger
        onConfirm={() => void cancel()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('inventory.stocktakes.cancelText')}</p>
      </ConfirmDialog>
    </div>
  );
}
