import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import { hashOf } from '../../../app/sections';
import { dateText } from '../../../components/dateText';
import { appDb } from '../../../db/appDb';
import { pricesOfSupplier } from '../../../db/repositories/purchasing/prices';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { priceText, quantityWithUnit } from './priceText';

/** The supplier page's list of the items the supplier sells and at what price. */
export function SupplierPrices({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const prefix = useId();
  const rows = useLiveQuery(async () => {
    const prices = await pricesOfSupplier(appDb, supplierId);
    const items = await appDb.items.bulkGet(prices.map((price) => price.itemId));
    return prices
      .map((price, index) => ({ price, item: items[index] }))
      .filter((row): row is { price: (typeof prices)[number]; item: CatalogItem } => row.item !== undefined)
      .sort((a, b) => a.item.sku.localeCompare(b.item.sku));
  }, [supplierId]);
  if (!rows) return null;
  return (
    <section className="panel supplier-prices" aria-labelledby={`${prefix}heading`} data-testid="supplier-prices">
      <h2 id={`${prefix}heading`}>{t('purchasing.suppliers.page.prices')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('purchasing.suppliers.page.noPrices')}</p>
      ) : (
        <table className="table supplier-prices-table">
          <thead>
            <tr>
              <th scope="col">{t('purchasing.prices.columns.item')}</th>
              <th scope="col">{t('purchasing.prices.columns.supplierSku')}</th>
              <th scope="col" className="amount">{t('purchasing.prices.columns.price')}</th>
              <th scope="col" className="amount">{t('purchasing.prices.columns.packSize')}</th>
              <th scope="col" className="amount">{t('purchasing.prices.columns.minimumQuantity')}</th>
              <th scope="col">{t('purchasing.prices.columns.validFrom')}</th>
              <th scope="col">{t('purchasing.prices.columns.preferred')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ price, item }) => (
              <tr key={price.id} data-item={item.sku}>
                <th scope="row">
                  <a href={hashOf('inventory', ['items', item.id])}>
                    {item.sku} — {item.name}
                  </a>
                </th>
                <td>{price.supplierSku}</td>
                <td className="amount">{priceText(price, item, t, regional)}</td>
                <td className="amount">{quantityWithUnit(price.packSize, item, t, regional)}</td>
                <td className="amount">{quantityWithUnit(price.minimumQuantity, item, t, regional)}</td>
                <td>{dateText(price.validFrom, regional)}</td>
                <td>{price.preferred ? <span className="badge preferred-badge">{t('purchasing.prices.preferredBadge')}</span> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
