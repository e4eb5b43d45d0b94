import type { TFunction } from 'i18next';
import { serviceProblems, type Equipment, type EquipmentCondition, type ServiceField, type ServiceInput } from '../../../../../shared/equipment';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { dateText } from '../../../components/dateText';
import { readCost, readOptionalDate, type FormErrors } from './equipmentForm';
import { problemText } from './equipmentText';

/** The "Log service" form as typed; `conditionAfter` '' leaves the condition as it is. */
export type ServiceFormValues = { date: string; work: string; cost: string; by: string; entryNumber: string; entryId: string; conditionAfter: string };

export function emptyServiceForm(today: string, regional: RegionalFormat): ServiceFormValues {
  return { date: dateText(today, regional), work: '', cost: '', by: '', entryNumber: '', entryId: '', conditionAfter: '' };
}

/** The posted entry the typed number names: the one chosen among several, or the only one. */
export function linkedEntry(values: ServiceFormValues, matches: readonly JournalEntry[]): JournalEntry | undefined {
  return matches.find((entry) => entry.id === values.entryId) ?? (matches.length === 1 ? matches[0] : undefined);
}

/** The service to log, or a message per field that is wrong. */
export function readServiceForm(
  values: ServiceFormValues,
  equipment: Equipment,
  matches: readonly JournalEntry[],
  currency: string,
  regional: RegionalFormat,
  t: TFunction,
): { input: ServiceInput; errors: FormErrors<ServiceField> } {
  const errors: FormErrors<ServiceField> = {};
  const date = readOptionalDate(values.date, regional, t);
  const cost = readCost(values.cost, currency, regional, t);
  if ('error' in date) errors.date = date.error;
  else if (date.iso === null) errors.date = t('inventory.equipment.problems.dateRequired');
  if ('error' in cost) errors.cost = cost.error;
  const number = values.entryNumber.trim();
  const entry = number === '' ? undefined : linkedEntry(values, matches);
  if (number !== '' && matches.length === 0) errors.entryId = t('inventory.equipment.problems.entryNotFound', { number });
  else if (number !== '' && !entry) errors.entryId = t('inventory.equipment.service.pickEntry');
  const input: ServiceInput = {
    equipmentId: equipment.id,
    date: 'iso' in date && date.iso !== null ? date.iso : '',
    work: values.work,
    cost: 'minor' in cost ? cost.minor : null,
    by: values.by,
  };
  if (entry) input.entryId = entry.id;
  if (values.conditionAfter) input.conditionAfter = values.conditionAfter as EquipmentCondition;
  const problems = serviceProblems(input, equipment).filter((problem) => !(problem.field === 'date' && errors.date));
  for (const problem of problems) errors[problem.field] ??= problemText(problem, t, regional);
  return { input, errors };
}
