import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../inventory/catalog/catalogText';
import { parseQuantity, quantityDecimalText } from '../../../../../shared/catalog/quantities';
import type { VatCode } from '../../../../../shared/ledger/types';
import { lineNet } from '../../../../../shared/purchasing/orderTotals';
import type { OrderLine, SupplierPrice } from '../../../../../shared/purchasing/types';
import { readAmount } from '../../../components/amountText';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { itemLabel, lineFromText, type ItemFinder } from './orderLineEditing';
import { amountOnly, quantityText } from './orderText';

export type LineRowProps = {
  line: OrderLine;
  /** The catalog SKU of the line's item, for the picker's label. */
  itemSku: string | undefined;
  index: number;
  /** Lines may change (a draft, an order nothing was received of). */
  editable: boolean;
  /** Show what was received and billed (an order that was sent). */
  showProgress: boolean;
  currency: string;
  regional: RegionalFormat;
  vatCodes: readonly VatCode[];
  prices: readonly SupplierPrice[];
  findItem: ItemFinder;
  itemsListId: string;
  template: string;
  top: number;
  height: number;
  onChange(lineId: string, change: Partial<OrderLine>): void;
  onRemove(lineId: string): void;
  /** Enter in a field: the same field one line down (a new line after the last). */
  onEnter(index: number, column: string): void;
};

/**
 * One line of the order grid. What is typed stays in the row until the field is left (or
 * Enter), so typing re-renders this row only; the grid's other rows are memoized and keep
 * their place.
 */
export const OrderLineRow = memo(function OrderLineRow(props: LineRowProps) {
  const { line, index, editable, showProgress, currency, regional, vatCodes, template, top, height } = props;
  const { t } = useTranslation();
  const labelOf = () => (line.itemId && props.itemSku ? itemLabel({ sku: props.itemSku, name: line.description }) : line.description);
  const [what, setWhat] = useState(labelOf);
  const [quantity, setQuantity] = useState(() => quantityText(line.quantity, line.unit, regional));
  const [price, setPrice] = useState(() => amountOnly(line.price, currency, regional));
  const [seen, setSeen] = useState(line);
  const [problems, setProblems] = useState<{ quantity?: string; price?: string }>({});
  // The line changed from outside (an item picked fills the price): show its new values.
  if (seen !== line) {
    setSeen(line);
    setWhat(labelOf());
    if (!problems.quantity) setQuantity(quantityText(line.quantity, line.unit, regional));
    if (!problems.price) setPrice(amountOnly(line.price, currency, regional));
  }

  const commitWhat = () => {
    const change = lineFromText(line, what, props.findItem, props.prices);
    if (Object.keys(change).length > 0) props.onChange(line.id, change);
  };
  const commitQuantity = () => {
    const reading = parseQuantity(quantity, line.unit, regional.locale);
    if (!reading.ok || reading.value === 0) {
      setProblems((current) => ({ ...current, quantity: reading.ok ? 'zero' : reading.error }));
      return;
    }
    setProblems((current) => ({ ...current, quantity: undefined }));
    if (reading.value !== line.quantity) props.onChange(line.id, { quantity: reading.value });
    else setQuantity(quantityText(line.quantity, line.unit, regional));
  };
  const commitPrice = () => {
    const reading = readAmount(price, currency, regional);
    if (reading.kind !== 'amount') {
      setProblems((current) => ({ ...current, price: reading.kind === 'invalid' ? reading.messageKey : 'components.amount.empty' }));
      return;
    }
    setProblems((current) => ({ ...current, price: undefined }));
    if (reading.minor !== line.price) props.onChange(line.id, { price: reading.minor });
    else setPrice(amountOnly(line.price, currency, regional));
  };
  const onKeyDown = (column: string, commit: () => void) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit();
    props.onEnter(index, column);
  };
  const position = index + 1;
  const cell = (column: string) => ({ 'data-column': column });

  return (
    <div role="row" className="order-line vtable-row" data-line={position} style={{ gridTemplateColumns: template, height, transform: `translateY(${top}px)` }}>
      <div role="cell" className="vtable-cell is-end muted">{position}</div>
      <div role="cell" className="vtable-cell">
        {editable ? (
          <input
            {...cell('what')}
            list={props.itemsListId}
            value={what}
            aria-label={t('purchasing.orders.line.what', { line: position })}
            placeholder={t('purchasing.orders.line.whatHint')}
            onChange={(event) => setWhat(event.target.value)}
            onBlur={commitWhat}
            onKeyDown={onKeyDown('what', commitWhat)}
          />
        ) : (
          <span title={line.description}>{labelOf()}</span>
        )}
      </div>
      <div role="cell" className="vtable-cell">
        {editable ? (
          <input
            {...cell('supplierSku')}
            value={line.supplierSku}
            aria-label={t('purchasing.orders.line.supplierSku', { line: position })}
            onChange={(event) => props.onChange(line.id, { supplierSku: event.target.value })}
          />
        ) : (
          line.supplierSku
        )}
      </div>
      <div role="cell" className="vtable-cell is-end">
        {editable ? (
          <input
            {...cell('quantity')}
            className="input-number"
            inputMode="decimal"
            value={quantity}
            aria-label={t('purchasing.orders.line.quantity', { line: position })}
            aria-invalid={Boolean(problems.quantity)}
            title={problems.quantity ? t(`purchasing.orders.quantityProblem.${problems.quantity}`, { decimals: line.unit.decimals }) : undefined}
            onChange={(event) => setQuantity(event.target.value)}
            onBlur={commitQuantity}
            onKeyDown={onKeyDown('quantity', commitQuantity)}
          />
        ) : (
          quantityText(line.quantity, line.unit, regional)
        )}
      </div>
      <div role="cell" className="vtable-cell">
        {unitLabel(line.unit.code, t)}
      </div>
      <div role="cell" className="vtable-cell is-end">
        {editable ? (
          <input
            {...cell('price')}
            className="input-number"
            inputMode="decimal"
            value={price}
            aria-label={t('purchasing.orders.line.price', { line: position })}
            aria-invalid={Boolean(problems.price)}
            title={problems.price ? t(problems.price) : undefined}
            onChange={(event) => setPrice(event.target.value)}
            onBlur={commitPrice}
            onKeyDown={onKeyDown('price', commitPrice)}
          />
        ) : (
          amountOnly(line.price, currency, regional)
        )}
        {line.priceUnit !== 10 ** line.unit.decimals ? (
          <span className="muted per-unit"> / {quantityDecimalText(line.priceUnit, line.unit)}</span>
        ) : null}
      </div>
      <div role="cell" className="vtable-cell">
        {editable ? (
          <select
            {...cell('vat')}
            value={line.vatCodeId ?? ''}
            aria-label={t('purchasing.orders.line.vat', { line: position })}
            onChange={(event) => props.onChange(line.id, { vatCodeId: event.target.value || null })}
          >
            <option value="">{t('purchasing.orders.noVat')}</option>
            {vatCodes.map((code) => (
              <option key={code.id} value={code.id}>
                {code.code}
              </option>
            ))}
          </select>
        ) : (
          (vatCodes.find((code) => code.id === line.vatCodeId)?.code ?? '')
        )}
      </div>
      <div role="cell" className="vtable-cell is-end" data-testid="line-total">
        {amountOnly(lineNet(line), currency, regional)}
      </div>
      {showProgress ? (
        <div role="cell" className="vtable-cell is-end muted">
          {quantityText(line.received, line.unit, regional)} / {quantityText(line.billed, line.unit, regional)}
          {line.closedShort ? ` ${t('purchasing.orders.closedShort')}` : ''}
        </div>
      ) : null}
      <div role="cell" className="vtable-cell">
        {editable && line.received === 0 && line.billed === 0 ? (
          <button type="button" className="button button-small button-quiet-danger" aria-label={t('purchasing.orders.line.remove', { line: position })} onClick={() => props.onRemove(line.id)}>
            ×
          </button>
        ) : null}
      </div>
    </div>
  );
});
