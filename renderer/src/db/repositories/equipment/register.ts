import type { IsoDate } from '../../../../../shared/dates';
import {
  EquipmentRejected,
  equipmentProblems,
  lastChangeDate,
  withCondition,
  type ConditionChange,
  type Equipment,
  type EquipmentInput,
} from '../../../../../shared/equipment';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';

/** The history an item has, or the one its record implies when it was stored without one. */
export function historyOf(equipment: Equipment): ConditionChange[] {
  return equipment.conditionHistory ?? [{ date: equipment.createdAt.slice(0, 10), condition: equipment.condition }];
}

/** The record as stored: texts trimmed, optional texts only when given. */
function recordOf(input: EquipmentInput, base: Pick<Equipment, 'id' | 'createdAt' | 'updatedAt'>, rest: Partial<Equipment>): Equipment {
  const record: Equipment = {
    ...rest,
    ...base,
    name: input.name.trim(),
    category: input.category.trim(),
    serialNumber: input.serialNumber.trim(),
    locationId: input.locationId,
    responsible: input.responsible.trim(),
    purchaseDate: input.purchaseDate,
    purchaseCost: input.purchaseCost,
    warrantyEnd: input.warrantyEnd,
    condition: input.condition,
    serviceIntervalMonths: input.serviceIntervalMonths,
  };
  const notes = input.notes.trim();
  const where = input.where.trim();
  if (notes) record.notes = notes;
  else delete record.notes;
  if (where) record.where = where;
  else delete record.where;
  return record;
}

/**
 * Registers an item of equipment, or changes the one `id` names. A change of condition is
 * added to its history dated `today`, so the days out of service can be counted. Nothing is
 * ever deleted: disposed equipment stays in the register.
 */
export async function saveEquipment(db: BackofficeDb, input: EquipmentInput & { id?: string }, today: IsoDate): Promise<Equipment> {
  return writeWithAudit(
    db,
    [db.equipment],
    'equipmentSaved',
    async () => {
      const problems = equipmentProblems(input);
      if (input.locationId !== null && !(await db.locations.get(input.locationId))) problems.push({ key: 'locationNotFound', field: 'locationId' });
      const existing = input.id === undefined ? undefined : await db.equipment.get(input.id);
      if (input.id !== undefined && !existing) problems.push({ key: 'equipmentNotFound', field: 'name' });
      if (problems.length > 0) throw new EquipmentRejected(problems);

      const at = now();
      const history = existing ? historyOf(existing) : [];
      // A change is never dated before the last one (a service may have been dated later today).
      const last = lastChangeDate(history);
      const changedOn = last !== null && last > today ? last : today;
      const record = recordOf(input, { id: existing?.id ?? newId(), createdAt: existing?.createdAt ?? at, updatedAt: at }, existing ?? {});
      record.conditionHistory = withCondition(history, input.condition, changedOn);
      await db.equipment.put(record);
      return { result: record, recordIds: [record.id] };
    },
    { alsoReads: [db.locations] },
  );
}
