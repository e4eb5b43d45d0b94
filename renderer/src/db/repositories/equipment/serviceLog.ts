import type { IsoDate } from '../../../../../shared/dates';
import { EquipmentRejected, serviceProblems, withConditionOn, type Equipment, type ServiceInput, type ServiceRecord } from '../../../../../shared/equipment';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { getPostedEntry } from '../ledger/postedEntries';
import { historyOf } from './register';

export type ServiceLogged = { service: ServiceRecord; equipment: Equipment };

/**
 * Logs a service and, when it changed the item's condition (repaired: needs repair →
 * working), the new condition with the service's date, in ONE transaction: the log and
 * the register never disagree. A linked journal entry must be posted.
 */
export async function logService(db: BackofficeDb, input: ServiceInput, today: IsoDate): Promise<ServiceLogged> {
  return writeWithAudit(
    db,
    [db.serviceLog, db.equipment],
    'equipmentServiced',
    async () => {
      const equipment = await db.equipment.get(input.equipmentId);
      if (!equipment) throw new EquipmentRejected([{ key: 'equipmentNotFound', field: 'equipmentId' }]);
      const problems = serviceProblems(input, equipment);
      if (input.date > today) problems.push({ key: 'dateInFuture', field: 'date' });
      const entry = input.entryId === undefined ? undefined : await getPostedEntry(db, input.entryId);
      if (input.entryId !== undefined && !entry) problems.push({ key: 'entryNotPosted', field: 'entryId' });
      const history = historyOf(equipment);
      const changes = input.conditionAfter !== undefined && input.conditionAfter !== equipment.condition;
      const changed = changes && input.conditionAfter ? withConditionOn(history, input.conditionAfter, input.date) : { history };
      if ('notBefore' in changed) problems.push({ key: 'conditionChangeBeforeLast', field: 'conditionAfter', params: { date: changed.notBefore } });
      if (problems.length > 0) throw new EquipmentRejected(problems);

      const at = now();
      const service: ServiceRecord = {
        id: newId(),
        createdAt: at,
        updatedAt: at,
        equipmentId: equipment.id,
        date: input.date,
        work: input.work.trim(),
        cost: input.cost,
        by: input.by.trim(),
      };
      if (entry) {
        service.entryId = entry.id;
        service.entryNumber = entry.number;
      }
      if (changes && input.conditionAfter) service.conditionAfter = input.conditionAfter;
      const updated: Equipment = {
        ...equipment,
        updatedAt: at,
        lastServiceDate: equipment.lastServiceDate !== undefined && equipment.lastServiceDate > input.date ? equipment.lastServiceDate : input.date,
        conditionHistory: 'history' in changed ? changed.history : history,
        condition: changes && input.conditionAfter ? input.conditionAfter : equipment.condition,
      };
      await db.serviceLog.add(service);
      await db.equipment.put(updated);
      return { result: { service, equipment: updated }, recordIds: [service.id, equipment.id] };
    },
    { alsoReads: [db.entryBlocks] },
  );
}

/** An item's service log, latest first. */
export async function serviceLogOf(db: BackofficeDb, equipmentId: string): Promise<ServiceRecord[]> {
  const records = await db.serviceLog.where('equipmentId').equals(equipmentId).toArray();
  return records.sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date)));
}
