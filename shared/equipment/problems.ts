/**
 * What the equipment register can refuse, as keys the window translates under
 * `inventory.equipment.problems.*`, each tied to the form field it is about.
 */
export const equipmentProblemKeys = [
  'nameRequired',
  'textTooLong',
  'categoryRequired',
  'conditionUnknown',
  'dateRequired',
  'dateInvalid',
  'dateInFuture',
  'warrantyBeforePurchase',
  'costNegative',
  'costInvalid',
  'intervalOutOfRange',
  'workRequired',
  'serviceBeforePurchase',
  'conditionChangeBeforeLast',
  'disposedNotServiced',
  'equipmentNotFound',
  'locationNotFound',
  'entryNotFound',
  'entryNotPosted',
] as const;
export type EquipmentProblemKey = (typeof equipmentProblemKeys)[number];

export const equipmentFields = [
  'name',
  'category',
  'serialNumber',
  'locationId',
  'where',
  'responsible',
  'purchaseDate',
  'purchaseCost',
  'warrantyEnd',
  'condition',
  'serviceIntervalMonths',
  'notes',
] as const;
export type EquipmentField = (typeof equipmentFields)[number];

export const serviceFields = ['equipmentId', 'date', 'work', 'cost', 'by', 'entryId', 'conditionAfter'] as const;
export type ServiceField = (typeof serviceFields)[number];

export type EquipmentProblem<Field extends string = EquipmentField | ServiceField> = {
  key: EquipmentProblemKey;
  field: Field;
  params?: Record<string, string | number>;
};

/** A refused equipment write: nothing was stored; `problems` says what to change. */
export class EquipmentRejected extends Error {
  readonly problems: EquipmentProblem[];
  constructor(problems: EquipmentProblem[]) {
    super(`Equipment change refused: ${problems.map((problem) => `${problem.field}: ${problem.key}`).join(', ')}`);
    this.name = 'EquipmentRejected';
    this.problems = problems;
  }
}
