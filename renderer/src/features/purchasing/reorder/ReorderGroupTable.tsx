import { useTranslation } from 'react-i18next';
import { formatQuantity, packBreakdown, parseQuantity, quantityDecimalText } from '../../../../../shared/catalog/quantities';
import { lineNet } from '../../../../../shared/purchasing/orderTotals';
import type { ReorderGroup, ReorderSuggestion } from '../../../../../shared/purchasing/reorder';
import type { Supplier } from '../../../../../shared/purchasing/types';
import { amountText } from '../../../components/amountText';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { unitLabel } from '../../inventory/catalog/catalogText';

/** What the user changed of a suggestion: left out, another quantity (null while not a quantity), a supplier for an item without one. */
export type RowChoice = { selected?: boolean; text?: string; quantity?: number | null; supplierId?: string };

type Props = {
  group: ReorderGroup;
  currency: string;
  suppliers: Supplier[];
  rows: Record<string, RowChoice>;
  onChange(itemId: string, change: RowChoice): void;
};

/** One supplier's suggestions (or those of items without a supplier, each asking for one). */
export function ReorderGroupTable({ group, currency, suppliers, rows, onChange }: Props) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const noSupplier = group.supplier === null;
  const quantity = (value: number, suggestion: ReorderSuggestion) => formatQuantity(value, suggestion.item.unit, regional.locale);
  const packsText = (value: number, suggestion: ReorderSuggestion) => {
    const { packs, units } = packBreakdown(value, suggestion.item);
    if (packs.length === 0) return '';
    const parts = packs.map((pack) => `${pack.count} × ${pack.name}`);
    if (units > 0) parts.push(`${quantity(units, suggestion)} ${unitLabel(suggestion.item.unit.code, t)}`);
    return parts.join(' + ');
  };
  const heading = group.supplier?.name ?? t('purchasing.reorder.noSupplier');

  return (
    <section className={`reorder-group${noSupplier ? ' reorder-no-supplier' : ''}`} data-supplier={group.supplier?.name ?? ''} aria-label={heading}>
      <h3>{heading}</h3>
      {noSupplier ? <p className="muted">{t('purchasing.reorder.noSupplierHint')}</p> : null}
      <table className="table reorder-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('purchasing.reorder.columns.select')}</span>
            </th>
            <th scope="col">{t('purchasing.reorder.columns.item')}</th>
            <th scope="col" className="amount">{t('purchasing.reorder.columns.onHand')}</th>
            <th scope="col" className="amount">{t('purchasing.reorder.columns.onOrder')}</th>
            <th scope="col" className="amount">{t('purchasing.reorder.columns.requested')}</th>
            <th scope="col" className="amount">{t('purchasing.reorder.columns.available')}</th>
            <th scope="col" className="amount">{t('purchasing.reorder.columns.reorderPoint')}</th>
            <th scope="col">{t('purchasing.reorder.columns.quantity')}</th>
            {noSupplier ? <th scope="col">{t('purchasing.reorder.columns.supplier')}</th> : <th scope="col" className="amount">{t('purchasing.reorder.columns.price')}</th>}
            {noSupplier ? null : <th scope="col" className="amount">{t('purchasing.reorder.columns.total')}</th>}
          </tr>
        </thead>
        <tbody>
          {group.suggestions.map((suggestion) => {
            const { item, price } = suggestion;
            const row = rows[item.id] ?? {};
            const chosen = row.quantity === undefined ? suggestion.quantity : row.quantity;
            const unit = unitLabel(item.unit.code, t);
            return (
              <tr key={item.id} data-item={item.sku}>
                <td>
                  <input type="checkbox" aria-label={t('purchasing.reorder.selectOne', { item: item.name })} checked={row.selected !== false} onChange={(event) => onChange(item.id, { selected: event.target.checked })} />
                </td>
                <th scope="row">
                  {item.sku} · {item.name}
                </th>
                <td className="amount">{quantity(suggestion.onHand, suggestion)}</td>
                <td className="amount">{quantity(suggestion.onOrder, suggestion)}</td>
                <td className="amount">{quantity(suggestion.requested, suggestion)}</td>
                <td className="amount">{quantity(suggestion.available, suggestion)}</td>
                <td className="amount">{quantity(suggestion.reorderPoint, suggestion)}</td>
                <td className="reorder-quantity">
                  <input
                    type="text"
                    inputMode="decimal"
                    aria-label={t('purchasing.reorder.quantityOf', { item: item.name })}
                    aria-invalid={row.quantity === null}
                    value={row.text ?? quantityDecimalText(suggestion.quantity, item.unit)}
                    onChange={(event) => {
                      const reading = parseQuantity(event.target.value, item.unit);
                      onChange(item.id, { text: event.target.value, quantity: reading.ok ? reading.value : null });
                    }}
                  />{' '}
                  {unit}
                  <div className="muted reorder-packs">
                    {chosen === null ? t('purchasing.reorder.quantityInvalid', { decimals: item.unit.decimals }) : packsText(chosen, suggestion)}
                    {price && price.packSize > 1 ? ` ${t('purchasing.reorder.packOf', { size: quantity(price.packSize, suggestion), unit })}` : ''}
                  </div>
                </td>
                {noSupplier ? (
                  <td>
                    <select aria-label={t('purchasing.reorder.supplierFor', { item: item.name })} value={row.supplierId ?? ''} onChange={(event) => onChange(item.id, { supplierId: event.target.value })}>
                      <option value="">{t('purchasing.reorder.pickSupplier')}</option>
                      {suppliers.map((supplier) => (
                        <option key={supplier.id} value={supplier.id}>
                          {supplier.name}
                        </option>
                      ))}
                    </select>
                  </td>
                ) : (
                  <td className="amount">
                    {price
                      ? price.priceUnit === 1
                        ? amountText(price.price, currency, regional)
                        : t('purchasing.reorder.pricePer', { price: amountText(price.price, currency, regional), per: quantity(price.priceUnit, suggestion), unit })
                      : ''}
                  </td>
                )}
                {noSupplier ? null : <td className="amount">{price && chosen !== null ? amountText(lineNet({ price: price.price, priceUnit: price.priceUnit, quantity: chosen }), currency, regional) : ''}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
