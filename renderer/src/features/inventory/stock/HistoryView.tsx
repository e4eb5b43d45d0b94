import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { locationPaths } from '../../../../../shared/stock/locationTree';
import type { StockMovement } from '../../../../../shared/stock';
import { useNavigationStore } from '../../../app/navigationStore';
import { appDb } from '../../../db/appDb';
import { movementsOf } from '../../../db/repositories/stock';
import { readCurrency } from './stockData';
import { StockTableView, type StockReport } from './StockTableView';
import { writeOffReasons } from './movementDrafts';

/** A write-off's reason code ("damaged: crushed box") in the reader's words. */
export function reasonText(reason: string | undefined, t: TFunction): string {
  if (!reason) return '';
  const code = writeOffReasons.find((candidate) => reason === candidate || reason.startsWith(`${candidate}: `));
  if (!code) return reason;
  const rest = reason.slice(code.length + 2);
  return rest ? `${t(`inventory.stock.reasons.${code}`)}: ${rest}` : t(`inventory.stock.reasons.${code}`);
}

/** Every movement of the item in date order, with the quantity and value on hand after each. */
export async function loadHistory(itemId: string, t: TFunction): Promise<StockReport> {
  const [item, movements, locations, currency] = await Promise.all([appDb.items.get(itemId), movementsOf(appDb, itemId), appDb.locations.toArray(), readCurrency()]);
  const paths = locationPaths(locations);
  const ordered = [...movements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  let quantity = 0;
  let value = 0;
  const unit = item?.unit;
  const rows = ordered.map((movement: StockMovement) => {
    quantity += movement.quantity;
    value += movement.value;
    const detail = [movement.issuedTo, reasonText(movement.reason, t)].filter(Boolean).join(' — ');
    return [movement.date, t(`inventory.stock.kinds.${movement.kind}`), paths.get(movement.locationId) ?? movement.locationId, detail, { quantity: movement.quantity, unit }, movement.value, { quantity, unit }, value];
  });
  return {
    currency,
    table: {
      columns: [
        { header: t('inventory.stock.columns.date'), kind: 'date' },
        { header: t('inventory.stock.columns.kind'), kind: 'text' },
        { header: t('inventory.stock.columns.location'), kind: 'text' },
        { header: t('inventory.stock.columns.detail'), kind: 'text' },
        { header: t('inventory.stock.columns.quantity'), kind: 'quantity' },
        { header: t('inventory.stock.columns.value'), kind: 'amount' },
        { header: t('inventory.stock.columns.onHandAfter'), kind: 'quantity' },
        { header: t('inventory.stock.columns.valueAfter'), kind: 'amount' },
      ],
      rows,
      keys: ordered.map((movement) => movement.id),
    },
  };
}

/** Inventory › Stock › Movements: one item's history, chosen by SKU or name. */
export function HistoryView({ itemId }: { itemId: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const go = useNavigationStore((state) => state.go);
  const items = useLiveQuery(() => appDb.items.toArray(), []);
  const item = items?.find((candidate) => candidate.id === itemId);
  const [text, setText] = useState('');
  const label = (candidate: { sku: string; name: string }) => `${candidate.sku} · ${candidate.name}`;
  const picker = (
    <div className="field field-inline">
      <label htmlFor={id}>{t('inventory.stock.form.item')}</label>
      <input
        id={id}
        type="text"
        list={`${id}-items`}
        autoComplete="off"
        placeholder={item ? label(item) : t('inventory.stock.history.choose')}
        value={text}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          const found = items?.find((candidate) => label(candidate) === typed || candidate.sku === typed.trim());
          if (found) {
            setText('');
            go('inventory', ['stock', 'history', found.id]);
          }
        }}
      />
      <datalist id={`${id}-items`}>
        {(items ?? []).map((candidate) => (
          <option key={candidate.id} value={label(candidate)} />
        ))}
      </datalist>
    </div>
  );
  if (!itemId || !item) {
    return (
      <section className="panel report">
        <h2>{t('inventory.stock.history.heading')}</h2>
        <div className="toolbar report-toolbar">{picker}</div>
        <p className="report-empty">{t('inventory.stock.history.pick')}</p>
      </section>
    );
  }
  return (
    <StockTableView
      id="history"
      reportKey={`history/${itemId}`}
      title={(tt) => tt('inventory.stock.history.title', { item: label(item) })}
      period={(tt) => tt('inventory.stock.history.period')}
      load={(tt) => loadHistory(itemId, tt)}
      emptyText={t('inventory.stock.empty.history')}
      widths={['6.5rem', '7rem', 'minmax(6rem, 1.2fr)', 'minmax(5rem, 1fr)', '6rem', '6rem', '6rem', '6rem']}
      landscape
      toolbar={picker}
    />
  );
}
