import type { TFunction } from 'i18next';
import { equipmentProblems, type Equipment, type EquipmentCondition, type EquipmentField, type EquipmentInput } from '../../../../../shared/equipment';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { amountExample, amountText, readAmount } from '../../../components/amountText';
import { dateReadingError, dateText, readDate } from '../../../components/dateText';
import { categoryName, categoryOfText, problemText } from './equipmentText';

/** The equipment form as typed. */
export type EquipmentFormValues = Record<EquipmentField, string>;

export type FormErrors<Field extends string> = Partial<Record<Field, string>>;

export function equipmentFormValuesOf(equipment: Equipment | undefined, currency: string, regional: RegionalFormat, t: TFunction): EquipmentFormValues {
  return {
    name: equipment?.name ?? '',
    category: equipment ? categoryName(equipment.category, t) : '',
    serialNumber: equipment?.serialNumber ?? '',
    locationId: equipment?.locationId ?? '',
    where: equipment?.where ?? '',
    responsible: equipment?.responsible ?? '',
    purchaseDate: equipment?.purchaseDate ? dateText(equipment.purchaseDate, regional) : '',
    purchaseCost: equipment?.purchaseCost === null || equipment?.purchaseCost === undefined ? '' : amountText(equipment.purchaseCost, currency, regional),
    warrantyEnd: equipment?.warrantyEnd ? dateText(equipment.warrantyEnd, regional) : '',
    condition: equipment?.condition ?? 'working',
    serviceIntervalMonths: equipment?.serviceIntervalMonths?.toString() ?? '',
    notes: equipment?.notes ?? '',
  };
}

/** A typed amount, or its message; a minus sign is left for the shared rule to refuse in words. */
export function readCost(text: string, currency: string, regional: RegionalFormat, t: TFunction): { minor: number | null } | { error: string } {
  const reading = readAmount(text, currency, regional, { allowNegative: true });
  if (reading.kind === 'invalid') return { error: t(reading.messageKey, { example: amountExample(currency, regional) }) };
  return { minor: reading.kind === 'amount' ? reading.minor : null };
}

/** A typed date, or its message. */
export function readOptionalDate(text: string, regional: RegionalFormat, t: TFunction): { iso: string | null } | { error: string } {
  const reading = readDate(text, regional);
  if (reading.kind === 'invalid') return { error: dateReadingError(reading, t) ?? t('components.date.invalid') };
  return { iso: reading.kind === 'date' ? reading.iso : null };
}

/**
 * What the form asks to store, or a message per field that is wrong: first what cannot
 * be read (a cost of "abc", 31 February), then the register's own rules.
 */
export function readEquipmentForm(
  values: EquipmentFormValues,
  currency: string,
  regional: RegionalFormat,
  t: TFunction,
): { input: EquipmentInput; errors: FormErrors<EquipmentField> } {
  const errors: FormErrors<EquipmentField> = {};
  const purchaseDate = readOptionalDate(values.purchaseDate, regional, t);
  const warrantyEnd = readOptionalDate(values.warrantyEnd, regional, t);
  const cost = readCost(values.purchaseCost, currency, regional, t);
  if ('error' in purchaseDate) errors.purchaseDate = purchaseDate.error;
  if ('error' in warrantyEnd) errors.warrantyEnd = warrantyEnd.error;
  if ('error' in cost) errors.purchaseCost = cost.error;
  const intervalText = values.serviceIntervalMonths.trim();
  const interval = intervalText === '' ? null : /^\d{1,4}$/.test(intervalText) ? Number(intervalText) : Number.NaN;
  const input: EquipmentInput = {
    name: values.name,
    category: categoryOfText(values.category, t),
    serialNumber: values.serialNumber,
    locationId: values.locationId || null,
    where: values.where,
    responsible: values.responsible,
    purchaseDate: 'iso' in purchaseDate ? purchaseDate.iso : null,
    purchaseCost: 'minor' in cost ? cost.minor : null,
    warrantyEnd: 'iso' in warrantyEnd ? warrantyEnd.iso : null,
    condition: values.condition as EquipmentCondition,
    serviceIntervalMonths: interval,
    notes: values.notes,
  };
  for (const problem of equipmentProblems(input)) errors[problem.field] ??= problemText(problem, t, regional);
  return { input, errors };
}
