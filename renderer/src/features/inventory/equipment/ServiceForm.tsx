import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { equipmentConditions, EquipmentRejected, type Equipment, type ServiceField } from '../../../../../shared/equipment';
import { DateInput, unbrokenDate, useDateHint } from '../../../components/DateInput';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { notify } from '../../../components/notices';
import { describeIpcError } from '../../../ipc/client';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import type { FormErrors } from './equipmentForm';
import { fieldErrorsOf, moneyText, shortDate } from './equipmentText';
import { emptyServiceForm, linkedEntry, readServiceForm, type ServiceFormValues } from './serviceForm';
import { equipmentRepository } from './useEquipment';

/** "Log service": what was done, when, by whom, for how much; the bill's entry by its number; the condition it left. */
export function ServiceForm({ equipment, currency }: { equipment: Equipment; currency: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const dateHint = useDateHint();
  const prefix = useId();
  const [values, setValues] = useState<ServiceFormValues>(() => emptyServiceForm(todayIso(), regional));
  const [errors, setErrors] = useState<FormErrors<ServiceField>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<ServiceFormValues>) => setValues((current) => ({ ...current, ...change }));
  const number = values.entryNumber.trim();
  const matches = useLiveQuery(() => (number === '' ? [] : equipmentRepository.findPostedEntries(number)), [number]) ?? [];
  const entry = number === '' ? undefined : linkedEntry(values, matches);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = number === '' ? [] : await equipmentRepository.findPostedEntries(number);
    const { input, errors: problems } = readServiceForm(values, equipment, found, currency, regional, t);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setFailure(t('inventory.equipment.form.fixFields'));
      return;
    }
    setSaving(true);
    try {
      await equipmentRepository.logService(input, todayIso());
      notify({ text: t('inventory.equipment.service.logged', { name: equipment.name }) });
      setValues(emptyServiceForm(todayIso(), regional));
    } catch (error) {
      if (error instanceof EquipmentRejected) {
        setErrors(fieldErrorsOf<ServiceField>(error.problems, t, regional));
        setFailure(t('inventory.equipment.form.fixFields'));
      } else {
        setFailure(describeIpcError(error, t));
      }
    } finally {
      setSaving(false);
    }
  };

  const field = (name: ServiceField, hint?: string) => ({ id: `${prefix}${name}`, label: t(`inventory.equipment.service.${name === 'entryId' ? 'entryNumber' : name}`), hint, error: errors[name] });
  const entryHint =
    number === ''
      ? t('inventory.equipment.service.entryHint', { example: unbrokenDate(`${todayIso().slice(0, 4)}-0007`) })
      : entry
        ? t('inventory.equipment.service.entryFound', {
            number: entry.number,
            date: shortDate(entry.date, regional),
            payee: entry.payee || entry.memo || '—',
            amount: moneyText(entry.lines.reduce((sum, line) => sum + line.debit, 0), entry.currency, regional),
          })
        : matches.length === 0
          ? t('inventory.equipment.problems.entryNotFound', { number })
          : t('inventory.equipment.service.pickEntry');

  return (
    <form className="form service-form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('inventory.equipment.service.logService')}>
      {errors.equipmentId ? <FailureNote message={errors.equipmentId} /> : null}
      <div className="form-grid">
        <Field {...field('date', dateHint)}>{(a11y) => <DateInput {...a11y} value={values.date} onChange={(date) => set({ date })} />}</Field>
        <Field {...field('work')} className="span-2">
          {(a11y) => <input type="text" {...a11y} value={values.work} onChange={(event) => set({ work: event.target.value })} />}
        </Field>
        <Field {...field('cost', t('inventory.equipment.form.costHint', { currency }))}>
          {(a11y) => <MoneyInput {...a11y} currency={currency} allowNegative value={values.cost} onChange={(cost) => set({ cost })} />}
        </Field>
        <Field {...field('by')}>{(a11y) => <input type="text" {...a11y} value={values.by} onChange={(event) => set({ by: event.target.value })} />}</Field>
        <Field {...field('entryId', entryHint)}>
          {(a11y) => (
            <>
              <input type="text" {...a11y} value={values.entryNumber} onChange={(event) => set({ entryNumber: event.target.value, entryId: '' })} />
              {matches.length > 1 ? (
                <select aria-label={t('inventory.equipment.service.whichEntry')} value={values.entryId} onChange={(event) => set({ entryId: event.target.value })}>
                  <option value="">{t('inventory.equipment.service.whichEntry')}</option>
                  {matches.map((match) => (
                    <option key={match.id} value={match.id}>
                      {`${shortDate(match.date, regional)} · ${match.payee || match.memo || match.number}`}
                    </option>
                  ))}
                </select>
              ) : null}
            </>
          )}
        </Field>
        <Field {...field('conditionAfter', t('inventory.equipment.service.conditionHint'))}>
          {(a11y) => (
            <select {...a11y} value={values.conditionAfter} onChange={(event) => set({ conditionAfter: event.target.value })}>
              <option value="">{t('inventory.equipment.service.unchanged')}</option>
              {equipmentConditions
                .filter((condition) => condition !== equipment.condition)
                .map((condition) => (
                  <option key={condition} value={condition}>
                    {t(`inventory.equipment.conditions.${condition}`)}
                  </option>
                ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('inventory.equipment.service.save')}
        </button>
      </div>
      <FailureNote message={failure} />
    </form>
  );
}
