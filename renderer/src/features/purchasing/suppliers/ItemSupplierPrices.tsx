import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierPrice } from '../../../../../shared/purchasing/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { dateText } from '../../../components/dateText';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import { appDb } from '../../../db/appDb';
import { deleteSupplierPrice, pricesOfItem, setPreferredPrice } from '../../../db/repositories/purchasing/prices';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { describeIpcError } from '../../../ipc/client';
import { refusalText } from '../problemText';
import { PriceForm } from './PriceForm';
import { historyLines, priceText, quantityWithUnit } from './priceText';
import { useSuppliers } from './useSuppliers';
import './suppliers.css';

/** An item's page: who sells it at what price, which supplier is preferred, and earlier prices. */
export function ItemSupplierPrices({ itemId, currency }: { itemId: string; currency: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const prefix = useId();
  const item = useLiveQuery(() => appDb.items.get(itemId), [itemId]);
  const prices = useLiveQuery(() => pricesOfItem(appDb, itemId), [itemId]);
  const suppliers = useSuppliers();
  // 'new', a price id being changed, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [removing, setRemoving] = useState<SupplierPrice | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!item || !prices || !suppliers) return null;

  const nameOf = (supplierId: string) => suppliers.find((supplier) => supplier.id === supplierId)?.name ?? '—';
  const sorted = [...prices].sort((a, b) => Number(b.preferred) - Number(a.preferred) || nameOf(a.supplierId).localeCompare(nameOf(b.supplierId)));
  const run = async (write: () => Promise<void>) => {
    setFailure(null);
    try {
      await write();
    } catch (error) {
      setFailure(refusalText(error, t) ?? describeIpcError(error, t));
    }
  };
  const toggle = (id: string) =>
    setOpened((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const editedPrice = editing && editing !== 'new' ? prices.find((price) => price.id === editing) : undefined;

  return (
    <section className="panel item-supplier-prices" aria-labelledby={`${prefix}heading`} data-testid="item-supplier-prices">
      <h2 id={`${prefix}heading`}>{t('purchasing.prices.heading')}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t(suppliers.length === 0 ? 'purchasing.prices.noSuppliers' : 'purchasing.prices.empty')}</p>
      ) : (
        <table className="table supplier-prices-table" aria-label={t('purchasing.prices.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('purchasing.prices.columns.supplier')}</th>
              <th scope="col">{t('purchasing.prices.columns.supplierSku')}</th>
              <th scope="col" className="amount">{t('purchasing.prices.columns.price')}</th>
              <th scope="col" className="amount">{t('purchasing.prices.columns.packSize')}</th>
              <th scope="col" className="amount">{t('purchasing.prices.columns.minimumQuantity')}</th>
              <th scope="col">{t('purchasing.prices.columns.validFrom')}</th>
              <th scope="col">{t('purchasing.prices.columns.preferred')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('purchasing.prices.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((price) => {
              const supplier = nameOf(price.supplierId);
              return (
                <Fragment key={price.id}>
                  <tr data-supplier={supplier} className={price.preferred ? 'is-preferred' : undefined}>
                    <th scope="row">{supplier}</th>
                    <td>{price.supplierSku}</td>
                    <td className="amount">{priceText(price, item, t, regional)}</td>
                    <td className="amount">{quantityWithUnit(price.packSize, item, t, regional)}</td>
                    <td className="amount">{quantityWithUnit(price.minimumQuantity, item, t, regional)}</td>
                    <td>{dateText(price.validFrom, regional)}</td>
                    <td>
                      {price.preferred ? (
                        <span className="badge preferred-badge">{t('purchasing.prices.preferredBadge')}</span>
                      ) : (
                        <button type="button" className="button button-small" aria-label={t('purchasing.prices.makePreferredOf', { supplier })} onClick={() => void run(() => setPreferredPrice(appDb, price.id))}>
                          {t('purchasing.prices.makePreferred')}
                        </button>
                      )}
                    </td>
                    <td className="row-actions">
                      {price.history.length > 0 ? (
                        <button type="button" className="link-button disclosure" aria-expanded={opened.has(price.id)} aria-label={t('purchasing.prices.historyOf', { supplier })} onClick={() => toggle(price.id)}>
                          {t('purchasing.prices.history')}
                        </button>
                      ) : null}
                      <button type="button" className="button button-small" aria-label={t('purchasing.prices.changeOf', { supplier })} onClick={() => setEditing(price.id)}>
                        {t('purchasing.prices.change')}
                      </button>
                      <button type="button" className="button button-small button-quiet-danger" aria-label={t('purchasing.prices.removeOf', { supplier })} onClick={() => setRemoving(price)}>
                        {t('purchasing.prices.remove')}
                      </button>
                    </td>
                  </tr>
                  {opened.has(price.id) ? (
                    <tr className="detail price-history" data-testid="price-history">
                      <td colSpan={8}>
                        <ul>
                          {historyLines(price, item, t, regional, (iso) => dateText(iso, regional)).map((line, index) => (
                            <li key={index}>{line}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      <FailureNote message={failure} />
      {editing ? (
        <PriceForm key={editing} item={item} price={editedPrice} prices={prices} suppliers={suppliers} currency={currency} done={() => setEditing(null)} />
      ) : suppliers.length > 0 ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('purchasing.prices.add')}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('purchasing.prices.removeTitle', { supplier: removing ? nameOf(removing.supplierId) : '' })}
        confirmLabel={t('purchasing.prices.remove')}
        danger
        onConfirm={() => {
          const price = removing;
          setRemoving(null);
          if (price)
            void run(async () => {
              await deleteSupplierPrice(appDb, price.id);
              notify({ text: t('purchasing.prices.removed', { supplier: nameOf(price.supplierId) }) });
            });
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('purchasing.prices.removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
