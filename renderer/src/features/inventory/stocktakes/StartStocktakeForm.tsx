import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInCategories, type ItemCategory } from '../../../../../shared/catalog/types';
import { todayIso } from '../../../../../shared/dates';
import { byLocationCode } from '../../../../../shared/stock/stocktakeScope';
import type { StocktakeScope } from '../../../../../shared/stock/types';
import { useNavigationStore } from '../../../app/navigationStore';
import { notify } from '../../../components/notices';
import { stocktakesRepository } from '../../../db/repositories/stocktakes/appStocktakes';
import { describeStocktakeError } from './stocktakeText';

const scopeKinds = ['all', 'locations', 'categories', 'notCountedFor', 'classA'] as const;
type ScopeKind = (typeof scopeKinds)[number];

function categoryName(category: ItemCategory, t: (key: string) => string): string {
  if (category.name) return category.name;
  return category.builtIn && builtInCategories.includes(category.builtIn) ? t(`inventory.stocktakes.builtInCategories.${category.builtIn}`) : category.id;
}

/** Starting a stocktake: what to count, blind or not, and the tolerance before a recount. */
export function StartStocktakeForm() {
  const { t } = useTranslation();
  const id = useId();
  const go = useNavigationStore((state) => state.go);
  const choices = useLiveQuery(() => stocktakesRepository.readScopeChoices(), []);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ScopeKind>('notCountedFor');
  const [locationIds, setLocationIds] = useState<string[]>([]);
  const [categoryIds, setCategoryIds] = useState<string[]>([]);
  const [days, setDays] = useState('90');
  const [share, setShare] = useState('80');
  const [blind, setBlind] = useState(true);
  const [tolerance, setTolerance] = useState('5');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const scope = (): StocktakeScope | null => {
    switch (kind) {
      case 'all':
        return { kind };
      case 'locations':
        return { kind, locationIds };
      case 'categories':
        return { kind, categoryIds };
      case 'notCountedFor':
        return /^\d+$/.test(days.trim()) ? { kind, days: Number(days) } : null;
      case 'classA':
        return /^\d+$/.test(share.trim()) ? { kind, share: Number(share) } : null;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = scope();
    const tolerancePercent = Number(tolerance.replace(',', '.'));
    if (!chosen) return setFailure(t('inventory.stocktakes.errors.badScope'));
    if (tolerance.trim() === '' || Number.isNaN(tolerancePercent)) return setFailure(t('inventory.stocktakes.errors.badTolerance'));
    setBusy(true);
    setFailure(null);
    try {
      const today = todayIso();
      const stocktake = await stocktakesRepository.startStocktake({ name: name.trim() || t('inventory.stocktakes.defaultName'), scope: chosen, blind, tolerancePercent, date: today });
      notify({ text: t('inventory.stocktakes.started', { number: stocktake.number, count: stocktake.lineCount }) });
      go('inventory', ['stocktakes', stocktake.id]);
    } catch (error) {
      setFailure(describeStocktakeError(error, t));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (list: string[], set: (next: string[]) => void, value: string) => set(list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
  const locations = [...(choices?.locations ?? [])].sort(byLocationCode);

  return (
    <form className="panel stocktake-start" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}h`}>
      <h2 id={`${id}h`}>{t('inventory.stocktakes.startHeading')}</h2>
      <div className="field">
        <label htmlFor={`${id}name`}>{t('inventory.stocktakes.name')}</label>
        <input id={`${id}name`} value={name} placeholder={t('inventory.stocktakes.defaultName')} onChange={(event) => setName(event.target.value)} />
      </div>
      <fieldset className="fieldset">
        <legend>{t('inventory.stocktakes.scope.legend')}</legend>
        {scopeKinds.map((option) => (
          <div key={option} className="scope-option">
            <label className="check">
              <input type="radio" name={`${id}scope`} value={option} checked={kind === option} onChange={() => setKind(option)} />
              {t(`inventory.stocktakes.scope.${option}`)}
            </label>
            {kind === 'notCountedFor' && option === kind ? (
              <label className="inline-input">
                <input className="input-count" inputMode="numeric" value={days} aria-label={t('inventory.stocktakes.scope.days')} onChange={(event) => setDays(event.target.value)} />
                {t('inventory.stocktakes.scope.days')}
              </label>
            ) : null}
            {kind === 'classA' && option === kind ? (
              <label className="inline-input">
                <input className="input-count" inputMode="numeric" value={share} aria-label={t('inventory.stocktakes.scope.share')} onChange={(event) => setShare(event.target.value)} />
                {t('inventory.stocktakes.scope.share')}
              </label>
            ) : null}
            {kind === 'locations' && option === kind ? (
              <div className="scope-choices" role="group" aria-label={t('inventory.stocktakes.scope.locations')}>
                {locations.length === 0 ? <p className="muted">{t('inventory.stocktakes.scope.noLocations')}</p> : null}
                {locations.map((location) => (
                  <label key={location.id} className="check">
                    <input type="checkbox" checked={locationIds.includes(location.id)} onChange={() => toggle(locationIds, setLocationIds, location.id)} />
                    <span className="code">{location.code}</span> {location.name}
                  </label>
                ))}
              </div>
            ) : null}
            {kind === 'categories' && option === kind ? (
              <div className="scope-choices" role="group" aria-label={t('inventory.stocktakes.scope.categories')}>
                {(choices?.categories ?? []).map((category) => (
                  <label key={category.id} className="check">
                    <input type="checkbox" checked={categoryIds.includes(category.id)} onChange={() => toggle(categoryIds, setCategoryIds, category.id)} />
                    {categoryName(category, t)}
                  </label>
                ))}
              </div>
            ) : null}
          </div>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={blind} onChange={(event) => setBlind(event.target.checked)} />
        {t('inventory.stocktakes.blind')}
      </label>
      <p className="field-hint">{t('inventory.stocktakes.blindHint')}</p>
      <div className="field">
        <label htmlFor={`${id}tolerance`}>{t('inventory.stocktakes.tolerance')}</label>
        <input id={`${id}tolerance`} className="input-count" inputMode="decimal" value={tolerance} onChange={(event) => setTolerance(event.target.value)} aria-describedby={`${id}tolerance-hint`} />
        <p className="field-hint" id={`${id}tolerance-hint`}>
          {t('inventory.stocktakes.toleranceHint')}
        </p>
      </div>
      {failure ? (
        <p className="status status-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="form-actions button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('inventory.stocktakes.start')}
        </button>
        <button type="button" className="button" onClick={() => go('inventory', ['stocktakes'])}>
          {t('inventory.stocktakes.back')}
        </button>
      </div>
    </form>
  );
}
