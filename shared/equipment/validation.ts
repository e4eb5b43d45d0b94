import { isIsoDate, type IsoDate } from '../dates';
import type { EquipmentProblem, EquipmentField, ServiceField } from './problems';
import { equipmentConditions, type Equipment, type EquipmentCondition } from './types';

/** An item of equipment as the form gives it: dates and amounts already read, texts as typed. */
export type EquipmentInput = {
  name: string;
  category: string;
  serialNumber: string;
  locationId: string | null;
  where: string;
  responsible: string;
  purchaseDate: IsoDate | null;
  purchaseCost: number | null;
  warrantyEnd: IsoDate | null;
  condition: EquipmentCondition;
  serviceIntervalMonths: number | null;
  notes: string;
};

/** One service as the "Log service" form gives it. */
export type ServiceInput = {
  equipmentId: string;
  date: IsoDate;
  work: string;
  cost: number | null;
  by: string;
  /** A posted journal entry (the supplier's bill). */
  entryId?: string;
  /** The condition the service leaves the item in; absent when it stays as it was. */
  conditionAfter?: EquipmentCondition;
};

export const serviceIntervalLimits = { min: 1, max: 120 } as const;
/** Longest name, serial number, person or place; notes and work descriptions may be longer. */
const shortTextMax = 200;
const longTextMax = 4000;

type Problems<Field extends string> = EquipmentProblem<Field>[];

function checkText<Field extends string>(problems: Problems<Field>, field: Field, text: string, max: number): void {
  if (text.length > max) problems.push({ key: 'textTooLong', field, params: { max } });
}

function checkDate<Field extends string>(problems: Problems<Field>, field: Field, date: IsoDate | null): boolean {
  if (date === null) return true;
  if (isIsoDate(date)) return true;
  problems.push({ key: 'dateInvalid', field });
  return false;
}

function checkCost<Field extends string>(problems: Problems<Field>, field: Field, cost: number | null): void {
  if (cost === null) return;
  if (!Number.isSafeInteger(cost)) problems.push({ key: 'costInvalid', field });
  else if (cost < 0) problems.push({ key: 'costNegative', field });
}

const isCondition = (value: string): value is EquipmentCondition => (equipmentConditions as readonly string[]).includes(value);

/** Everything wrong with an item of equipment, field by field; empty when it may be stored. */
export function equipmentProblems(input: EquipmentInput): EquipmentProblem<EquipmentField>[] {
  const problems: Problems<EquipmentField> = [];
  if (input.name.trim() === '') problems.push({ key: 'nameRequired', field: 'name' });
  if (input.category.trim() === '') problems.push({ key: 'categoryRequired', field: 'category' });
  checkText(problems, 'name', input.name.trim(), shortTextMax);
  checkText(problems, 'category', input.category.trim(), shortTextMax);
  checkText(problems, 'serialNumber', input.serialNumber.trim(), shortTextMax);
  checkText(problems, 'where', input.where.trim(), shortTextMax);
  checkText(problems, 'responsible', input.responsible.trim(), shortTextMax);
  checkText(problems, 'notes', input.notes.trim(), longTextMax);
  if (!isCondition(input.condition)) problems.push({ key: 'conditionUnknown', field: 'condition' });
  const purchaseOk = checkDate(problems, 'purchaseDate', input.purchaseDate);
  const warrantyOk = checkDate(problems, 'warrantyEnd', input.warrantyEnd);
  if (purchaseOk && warrantyOk && input.purchaseDate !== null && input.warrantyEnd !== null && input.warrantyEnd < input.purchaseDate) {
    problems.push({ key: 'warrantyBeforePurchase', field: 'warrantyEnd', params: { purchaseDate: input.purchaseDate, warrantyEnd: input.warrantyEnd } });
  }
  checkCost(problems, 'purchaseCost', input.purchaseCost);
  const interval = input.serviceIntervalMonths;
  if (interval !== null && (!Number.isInteger(interval) || interval < serviceIntervalLimits.min || interval > serviceIntervalLimits.max)) {
    problems.push({ key: 'intervalOutOfRange', field: 'serviceIntervalMonths', params: serviceIntervalLimits });
  }
  return problems;
}

/** Everything wrong with a service for this item; empty when it may be logged. */
export function serviceProblems(input: ServiceInput, equipment: Pick<Equipment, 'purchaseDate' | 'condition'>): EquipmentProblem<ServiceField>[] {
  const problems: Problems<ServiceField> = [];
  if (equipment.condition === 'disposed') problems.push({ key: 'disposedNotServiced', field: 'equipmentId' });
  if (input.work.trim() === '') problems.push({ key: 'workRequired', field: 'work' });
  checkText(problems, 'work', input.work.trim(), longTextMax);
  checkText(problems, 'by', input.by.trim(), shortTextMax);
  if (checkDate(problems, 'date', input.date) && equipment.purchaseDate !== null && input.date < equipment.purchaseDate) {
    problems.push({ key: 'serviceBeforePurchase', field: 'date', params: { purchaseDate: equipment.purchaseDate } });
  }
  checkCost(problems, 'cost', input.cost);
  if (input.conditionAfter !== undefined && !isCondition(input.conditionAfter)) problems.push({ key: 'conditionUnknown', field: 'conditionAfter' });
  return problems;
}
