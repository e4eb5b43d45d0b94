import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { builtInEquipmentCategories, equipmentConditions, EquipmentRejected, type Equipment, type EquipmentField } from '../../../../../shared/equipment';
import { DateInput, useDateHint } from '../../../components/DateInput';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { describeIpcError } from '../../../ipc/client';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { equipmentFormValuesOf, readEquipmentForm, type EquipmentFormValues, type FormErrors } from './equipmentForm';
import { categoryName, fieldErrorsOf } from './equipmentText';
import { equipmentRepository, type EquipmentData } from './useEquipment';

type EquipmentFormProps = {
  /** The item being changed; a new one when absent. */
  existing?: Equipment;
  data: EquipmentData;
  onSaved(equipment: Equipment): void;
  onCancel(): void;
};

/** Every fact of an item of equipment; registering and changing use the same form. */
export function EquipmentForm({ existing, data, onSaved, onCancel }: EquipmentFormProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const dateHint = useDateHint();
  const prefix = useId();
  const [values, setValues] = useState<EquipmentFormValues>(() => equipmentFormValuesOf(existing, data.currency, regional, t));
  const [errors, setErrors] = useState<FormErrors<EquipmentField>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<EquipmentFormValues>) => setValues((current) => ({ ...current, ...change }));
  const locations = data.locations.filter((location) => !location.archived || location.id === values.locationId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const { input, errors: found } = readEquipmentForm(values, data.currency, regional, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('inventory.equipment.form.fixFields'));
      return;
    }
    setSaving(true);
    try {
      const saved = await equipmentRepository.saveEquipment(existing ? { ...input, id: existing.id } : input, todayIso());
      onSaved(saved);
    } catch (error) {
      if (error instanceof EquipmentRejected) {
        setErrors(fieldErrorsOf<EquipmentField>(error.problems, t, regional));
        setFailure(t('inventory.equipment.form.fixFields'));
      } else {
        setFailure(describeIpcError(error, t));
      }
    } finally {
      setSaving(false);
    }
  };

  const field = (name: EquipmentField, hint?: string) => ({ id: `${prefix}${name}`, label: t(`inventory.equipment.fields.${name}`), hint, error: errors[name] });
  const text = (name: EquipmentField, extra: { autoFocus?: boolean; className?: string } = {}) => (
    <Field {...field(name)}>{(a11y) => <input type="text" {...a11y} {...extra} value={values[name]} onChange={(event) => set({ [name]: event.target.value })} />}</Field>
  );

  return (
    <form className="form equipment-form" noValidate onSubmit={(event) => void submit(event)} aria-label={existing ? t('inventory.equipment.form.editTitle') : t('inventory.equipment.form.newTitle')}>
      <div className="form-grid">
        {text('name', { autoFocus: true })}
        <Field {...field('category', t('inventory.equipment.form.categoryHint'))}>
          {(a11y) => (
            <>
              <input type="text" {...a11y} list={`${prefix}categories`} value={values.category} onChange={(event) => set({ category: event.target.value })} />
              <datalist id={`${prefix}categories`}>
                {builtInEquipmentCategories.map((category) => (
                  <option key={category} value={categoryName(category, t)} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        {text('serialNumber')}
        <Field {...field('condition')}>
          {(a11y) => (
            <select {...a11y} value={values.condition} onChange={(event) => set({ condition: event.target.value })}>
              {equipmentConditions.map((condition) => (
                <option key={condition} value={condition}>
                  {t(`inventory.equipment.conditions.${condition}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {locations.length > 0 ? (
          <Field {...field('locationId')}>
            {(a11y) => (
              <select {...a11y} value={values.locationId} onChange={(event) => set({ locationId: event.target.value })}>
                <option value="">{t('inventory.equipment.form.noLocation')}</option>
                {locations.map((location) => (
                  <option key={location.id} value={location.id}>
                    {location.code ? `${location.name} (${location.code})` : location.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field {...field('where', t('inventory.equipment.form.whereHint'))}>
          {(a11y) => <input type="text" {...a11y} value={values.where} onChange={(event) => set({ where: event.target.value })} />}
        </Field>
        {text('responsible')}
        <Field {...field('purchaseDate', dateHint)}>{(a11y) => <DateInput {...a11y} value={values.purchaseDate} onChange={(purchaseDate) => set({ purchaseDate })} />}</Field>
        <Field {...field('purchaseCost', t('inventory.equipment.form.costHint', { currency: data.currency }))}>
          {(a11y) => <MoneyInput {...a11y} currency={data.currency} allowNegative value={values.purchaseCost} onChange={(purchaseCost) => set({ purchaseCost })} />}
        </Field>
        <Field {...field('warrantyEnd', dateHint)}>{(a11y) => <DateInput {...a11y} value={values.warrantyEnd} onChange={(warrantyEnd) => set({ warrantyEnd })} />}</Field>
        <Field {...field('serviceIntervalMonths', t('inventory.equipment.form.intervalHint'))}>
          {(a11y) => (
            <input type="text" inputMode="numeric" className="input-short" {...a11y} value={values.serviceIntervalMonths} onChange={(event) => set({ serviceIntervalMonths: event.target.value })} />
          )}
        </Field>
        <Field {...field('notes')} className="span-2">
          {(a11y) => <textarea rows={2} {...a11y} value={values.notes} onChange={(event) => set({ notes: event.target.value })} />}
        </Field>
      </div>
      <div className="form-actions button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {existing ? t('inventory.equipment.form.saveChanges') : t('inventory.equipment.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('components.confirm.cancel')}
        </button>
      </div>
      <FailureNote message={failure} />
    </form>
  );
}
