import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { quantityText } from '../../../../../shared/catalog/decimalText';
import { formatQuantity } from '../../../../../shared/catalog/quantities';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import { PurchasingRejected, type PurchasingProblem } from '../../../../../shared/purchasing/problems';
import { emptyPriceForm, priceFields, priceFormOf, readPriceForm, type PriceField, type PriceFormValues } from '../../../../../shared/purchasing/prices';
import type { Supplier, SupplierPrice } from '../../../../../shared/purchasing/types';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { notify } from '../../../components/notices';
import { appDb } from '../../../db/appDb';
import { saveSupplierPrice } from '../../../db/repositories/purchasing/prices';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { describeIpcError } from '../../../ipc/client';
import { unitLabel } from '../../inventory/catalog/catalogText';
import { refusalText } from '../problemText';
import { fieldMessage, otherMessages } from './supplierText';

type Props = {
  item: CatalogItem;
  /** The price being changed; undefined for a new one. */
  price: SupplierPrice | undefined;
  /** The item's other prices (their suppliers are not offered again). */
  prices: readonly SupplierPrice[];
  suppliers: readonly Supplier[];
  currency: string;
  done(): void;
};

/** One supplier's price of an item: supplier, their SKU, net price per unit or pack, pack size and minimum order. */
export function PriceForm({ item, price, prices, suppliers, currency, done }: Props) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const prefix = useId();
  const [values, setValues] = useState<PriceFormValues>(() => (price ? priceFormOf(price, item, regional.locale) : emptyPriceForm(prices.length === 0)));
  const [problems, setProblems] = useState<PurchasingProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<PriceFormValues>) => setValues((current) => ({ ...current, ...change }));
  const unit = unitLabel(item.unit.code, t);
  const taken = new Set(prices.filter((other) => other.id !== price?.id).map((other) => other.supplierId));
  const choices = suppliers.filter((supplier) => (!supplier.archived || supplier.id === price?.supplierId) && !taken.has(supplier.id));
  const supplierName = (id: string) => suppliers.find((supplier) => supplier.id === id)?.name ?? '';

  const field = (name: PriceField, params: Record<string, string> = {}, hint?: string) => ({
    id: `${prefix}${name}`,
    label: t(`purchasing.prices.fields.${name === 'supplierId' ? 'supplier' : name}`, params),
    hint,
    error: fieldMessage(problems, name, t),
  });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setFailure(null);
    const { draft, problems: found } = readPriceForm(values, { item, currency, locale: regional.locale });
    setProblems(found);
    if (found.length > 0) {
      setFailure(otherMessages(found, priceFields, t) ?? t('purchasing.prices.fixProblems'));
      return;
    }
    setSaving(true);
    try {
      await saveSupplierPrice(appDb, draft, price?.id);
      notify({ text: t('purchasing.prices.saved', { supplier: supplierName(draft.supplierId) }) });
      done();
    } catch (error) {
      if (error instanceof PurchasingRejected) setProblems(error.problems);
      setFailure(refusalText(error, t) ?? describeIpcError(error, t));
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };
  const title = price ? t('purchasing.prices.editTitle', { supplier: supplierName(price.supplierId) }) : t('purchasing.prices.addTitle');

  return (
    <form className="price-form" noValidate aria-label={title} onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <h3>{title}</h3>
      <div className="form-grid">
        <Field {...field('supplierId')}>
          {(a11y) => (
            <select {...a11y} autoFocus value={values.supplierId} onChange={(event) => set({ supplierId: event.target.value })}>
              <option value="">{t('purchasing.prices.pickSupplier')}</option>
              {choices.map((supplier) => (
                <option key={supplier.id} value={supplier.id}>
                  {supplier.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field('supplierSku')}>
          {(a11y) => <input type="text" autoComplete="off" spellCheck={false} {...a11y} value={values.supplierSku} onChange={(event) => set({ supplierSku: event.target.value })} />}
        </Field>
        <Field {...field('price', { currency })}>
          {(a11y) => <MoneyInput {...a11y} currency={currency} value={values.price} onChange={(text) => set({ price: text })} />}
        </Field>
        <Field {...field('priceUnit')}>
          {(a11y) => (
            <select {...a11y} value={values.priceUnit} onChange={(event) => set({ priceUnit: event.target.value })}>
              <option value="">{unit}</option>
              {item.packs.map((pack) => (
                <option key={pack.name} value={pack.name}>
                  {`${pack.name} (${formatQuantity(pack.contains, item.unit, regional.locale)} ${unit})`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field('packSize', { unit }, t('purchasing.prices.packHint'))}>
          {(a11y) => <input type="text" inputMode="decimal" className="input-quantity" list={`${prefix}packs`} {...a11y} value={values.packSize} onChange={(event) => set({ packSize: event.target.value })} />}
        </Field>
        <Field {...field('minimumQuantity', { unit }, t('purchasing.prices.minimumHint'))}>
          {(a11y) => <input type="text" inputMode="decimal" className="input-quantity" {...a11y} value={values.minimumQuantity} onChange={(event) => set({ minimumQuantity: event.target.value })} />}
        </Field>
      </div>
      <datalist id={`${prefix}packs`}>
        {item.packs.map((pack) => (
          <option key={pack.name} value={quantityText(pack.contains, item.unit.decimals)} label={pack.name} />
        ))}
      </datalist>
      <label className="check">
        <input type="checkbox" checked={values.preferred} onChange={(event) => set({ preferred: event.target.checked })} />
        {t('purchasing.prices.fields.preferred')}
      </label>
      <FailureNote message={failure} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('purchasing.prices.save')}
        </button>
        <button type="button" className="button" onClick={done}>
          {t('purchasing.prices.cancel')}
        </button>
      </div>
    </form>
  );
}
