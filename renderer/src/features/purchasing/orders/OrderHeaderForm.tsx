import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Supplier } from '../../../../../shared/purchasing/types';
import type { StockLocation } from '../../../../../shared/stock/types';
import { DateInput } from '../../../components/DateInput';
import { Field } from '../../../components/Field';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { expectedFromLeadTime, type HeaderForm } from './orderEditState';

type HeaderProps = {
  form: HeaderForm;
  /** The supplier may change (a draft). */
  supplierEditable: boolean;
  /** The header may change at all. */
  editable: boolean;
  suppliers: readonly Supplier[];
  locations: readonly StockLocation[];
  dateError: 'orderDate' | 'expectedDate' | null;
  onChange(change: Partial<HeaderForm>): void;
};

/** Who the order goes to, when, where it is delivered, and what is printed on it. */
export function OrderHeaderForm({ form, supplierEditable, editable, suppliers, locations, dateError, onChange }: HeaderProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const id = useId();
  const supplierOf = (supplierId: string) => suppliers.find((supplier) => supplier.id === supplierId);
  const text = (field: 'deliveryAddress' | 'terms' | 'notes', rows = 2) => (
    <Field id={`${id}-${field}`} label={t(`purchasing.orders.fields.${field}`)} className={`order-${field}`}>
      {(a11y) => <textarea {...a11y} rows={rows} value={form[field]} readOnly={!editable} onChange={(event) => onChange({ [field]: event.target.value })} />}
    </Field>
  );
  return (
    <fieldset className="order-header" disabled={!editable}>
      <legend className="visually-hidden">{t('purchasing.orders.headerLegend')}</legend>
      <Field id={`${id}-supplier`} label={t('purchasing.orders.fields.supplier')}>
        {(a11y) => (
          <select
            {...a11y}
            value={form.supplierId}
            disabled={!supplierEditable}
            onChange={(event) => onChange({ supplierId: event.target.value, expectedDate: expectedFromLeadTime(form.orderDate, supplierOf(event.target.value), regional) })}
          >
            {suppliers
              .filter((supplier) => !supplier.archived || supplier.id === form.supplierId)
              .map((supplier) => (
                <option key={supplier.id} value={supplier.id}>
                  {supplier.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-orderDate`} label={t('purchasing.orders.fields.orderDate')} error={dateError === 'orderDate' ? t('purchasing.orders.dateRequired') : undefined}>
        {(a11y) => (
          <DateInput
            {...a11y}
            className="input-short"
            value={form.orderDate}
            onChange={(orderDate) => onChange({ orderDate, ...(supplierEditable ? { expectedDate: expectedFromLeadTime(orderDate, supplierOf(form.supplierId), regional) || form.expectedDate } : {}) })}
          />
        )}
      </Field>
      <Field
        id={`${id}-expectedDate`}
        label={t('purchasing.orders.fields.expectedDate')}
        hint={t('purchasing.orders.leadTimeHint', { days: supplierOf(form.supplierId)?.leadTimeDays ?? 0 })}
        error={dateError === 'expectedDate' ? t('purchasing.orders.dateInvalid') : undefined}
      >
        {(a11y) => <DateInput {...a11y} className="input-short" value={form.expectedDate} onChange={(expectedDate) => onChange({ expectedDate })} />}
      </Field>
      <Field id={`${id}-location`} label={t('purchasing.orders.fields.location')}>
        {(a11y) => (
          <select {...a11y} value={form.locationId} onChange={(event) => onChange({ locationId: event.target.value })}>
            <option value="">{t('purchasing.orders.noLocation')}</option>
            {locations
              .filter((location) => !location.archived || location.id === form.locationId)
              .map((location) => (
                <option key={location.id} value={location.id}>
                  {location.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-department`} label={t('purchasing.orders.fields.department')}>
        {(a11y) => <input {...a11y} value={form.department} onChange={(event) => onChange({ department: event.target.value })} />}
      </Field>
      <div className="order-texts">
        {text('deliveryAddress')}
        {text('terms')}
        {text('notes')}
      </div>
    </fieldset>
  );
}
