import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import { stocktakesRepository } from '../../../db/repositories/stocktakes/appStocktakes';
import { describeStocktakeError } from './stocktakeText';

type Props = { code: string; items: ReadonlyMap<string, CatalogItem>; onAttached(item: CatalogItem): void; onClose(): void };

/**
 * A scanned code no item has is never dropped: find the item it belongs to and give it
 * the code, or make a new item with it. The code stays shown until one of them is done.
 */
export function UnknownCodePanel({ code, items, onAttached, onClose }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'ask' | 'find' | 'create'>('ask');
  const [query, setQuery] = useState('');
  const [sku, setSku] = useState('');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('pcs');
  const [failure, setFailure] = useState<string | null>(null);
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    if (q === '') return [];
    const found: CatalogItem[] = [];
    for (const item of items.values()) {
      if (item.archived) continue;
      if (item.name.toLocaleLowerCase().includes(q) || item.sku.toLocaleLowerCase().includes(q)) found.push(item);
      if (found.length === 8) break;
    }
    return found;
  }, [items, query]);

  const attach = async (item: CatalogItem) => {
    try {
      await stocktakesRepository.attachBarcode(item.id, code);
      onAttached(item);
    } catch (error) {
      setFailure(describeStocktakeError(error, t));
    }
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onAttached(await stocktakesRepository.createItemAtCount({ sku, name, unitCode: unit, barcode: code }));
    } catch (error) {
      setFailure(describeStocktakeError(error, t));
    }
  };

  return (
    <section className="panel unknown-code" role="alertdialog" aria-labelledby="unknown-code-heading" data-testid="unknown-code">
      <h3 id="unknown-code-heading">{t('inventory.stocktakes.unknown.heading', { code })}</h3>
      <p className="muted">{t('inventory.stocktakes.unknown.intro')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setMode('find')}>
          {t('inventory.stocktakes.unknown.find')}
        </button>
        <button type="button" className="button" onClick={() => setMode('create')}>
          {t('inventory.stocktakes.unknown.create')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('inventory.stocktakes.unknown.later')}
        </button>
      </div>
      {mode === 'find' ? (
        <div className="unknown-find">
          <label className="field">
            <span>{t('inventory.stocktakes.unknown.search')}</span>
            <input autoFocus value={query} onChange={(event) => setQuery(event.target.value)} />
          </label>
          <ul className="unknown-matches">
            {matches.map((item) => (
              <li key={item.id}>
                <button type="button" className="button button-small" onClick={() => void attach(item)}>
                  {t('inventory.stocktakes.unknown.attach', { sku: item.sku, name: item.name })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {mode === 'create' ? (
        <form className="unknown-create form-grid" onSubmit={(event) => void create(event)}>
          <label className="field">
            <span>{t('inventory.stocktakes.columns.sku')}</span>
            <input autoFocus value={sku} onChange={(event) => setSku(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('inventory.stocktakes.columns.item')}</span>
            <input value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label className="field">
            <span>{t('inventory.stocktakes.columns.unit')}</span>
            <input className="input-count" value={unit} onChange={(event) => setUnit(event.target.value)} />
          </label>
          <button type="submit" className="button button-primary">
            {t('inventory.stocktakes.unknown.createSubmit')}
          </button>
        </form>
      ) : null}
      {failure ? (
        <p className="status status-error" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
