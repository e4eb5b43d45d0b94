import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { reorderDrafts, type ReorderChoice, type ReorderGroup } from '../../../../../shared/purchasing/reorder';
import type { PurchaseOrder } from '../../../../../shared/purchasing/types';
import { notify } from '../../../components/notices';
import { useNavigationStore } from '../../../app/navigationStore';
import { appDb, viewing } from '../../../db/appDb';
import { createDraftOrders } from '../../../db/repositories/purchasing/draftOrders';
import { readReorderSuggestions } from '../../../db/repositories/purchasing/reorder';
import { readCurrency } from '../../inventory/stock/stockData';
import { refusalText } from '../problemText';
import { useSuppliers } from '../suppliers/useSuppliers';
import { ReorderGroupTable, type RowChoice } from './ReorderGroupTable';
import './reorder.css';

/** About a screenful of rows: drawn first, so suggestions show at once; the rest follow right after. */
const firstRows = 60;

/** The leading groups that together hold about `firstRows` rows (at least one group). */
function firstGroups(groups: readonly ReorderGroup[]): number {
  let rows = 0;
  let count = 0;
  while (count < groups.length && rows < firstRows) rows += groups[count++]!.suggestions.length;
  return count;
}

/**
 * Purchasing › Reorder: what is at or below its reorder point, per preferred supplier, with
 * the quantity to order in whole packs. The user adjusts quantities, picks suppliers for
 * items without one, and makes one draft order per supplier.
 */
export function ReorderPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const data = useLiveQuery(async () => ({ groups: await readReorderSuggestions(appDb), currency: await readCurrency() }), []);
  const suppliers = useSuppliers()?.filter((supplier) => !supplier.archived) ?? [];
  const [rows, setRows] = useState<Record<string, RowChoice>>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<PurchaseOrder[]>([]);
  // Thousands of rows take a while to draw: the first screenful goes first, the rest a moment later.
  const [drawAll, setDrawAll] = useState(false);
  useEffect(() => {
    if (!data || drawAll) return;
    const later = setTimeout(() => setDrawAll(true), 0);
    return () => clearTimeout(later);
  }, [data, drawAll]);
  const groups = data?.groups ?? [];
  const drawn = drawAll ? groups : groups.slice(0, firstGroups(groups));

  const choices: ReorderChoice[] = (data?.groups ?? []).flatMap((group) =>
    group.suggestions.flatMap((suggestion) => {
      const row = rows[suggestion.item.id];
      if (row?.selected === false) return [];
      const supplierId = group.supplier?.id ?? row?.supplierId ?? '';
      const quantity = row?.quantity === undefined ? suggestion.quantity : row.quantity;
      return supplierId === '' || quantity === null ? [] : [{ item: suggestion.item, quantity, supplierId, price: suggestion.price }];
    }),
  );
  const invalid = Object.values(rows).some((row) => row.selected !== false && row.quantity === null);

  const create = async () => {
    setBusy(true);
    try {
      const orders = await createDraftOrders(appDb, reorderDrafts(choices, todayIso()));
      setCreated(orders);
      setRows({});
      notify({ text: t('purchasing.reorder.createdNotice', { count: orders.length }) });
    } catch (error) {
      notify({ text: refusalText(error, t) ?? t('errors.unexpected', { message: String(error) }), tone: 'problem' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel reorder-page" data-path={path.join('/')} aria-labelledby="reorder-heading">
      <h2 id="reorder-heading">{t('purchasing.reorder.title')}</h2>
      <p className="muted">{t('purchasing.reorder.intro')}</p>
      {created.length > 0 ? (
        <p className="reorder-created" role="status">
          {t('purchasing.reorder.created')}{' '}
          {created.map((order) => (
            <button key={order.id} type="button" className="link-button" onClick={() => go('purchasing', ['orders', order.id])}>
              {order.number} · {order.supplierName}
            </button>
          ))}
        </p>
      ) : null}
      {data && data.groups.length === 0 ? <p className="empty-state">{t('purchasing.reorder.empty')}</p> : null}
      {drawn.map((group) => (
        <ReorderGroupTable
          key={group.supplier?.id ?? 'none'}
          group={group}
          currency={data!.currency}
          suppliers={suppliers}
          rows={rows}
          onChange={(itemId, change) => setRows((current) => ({ ...current, [itemId]: { ...current[itemId], ...change } }))}
        />
      ))}
      {data && data.groups.length > 0 ? (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy || invalid || choices.length === 0 || viewing !== null} onClick={() => void create()}>
            {t('purchasing.reorder.create', { n: new Set(choices.map((choice) => choice.supplierId)).size })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
