import type { IsoDate } from '../../../../../shared/dates';
import type { Equipment, EquipmentInput, ServiceInput } from '../../../../../shared/equipment';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import type { StockLocation } from '../../../../../shared/stock/types';
import type { BackofficeDb } from '../../database';
import { postedEntriesNumbered } from '../ledger/postedEntries';
import { saveEquipment } from './register';
import { logService, serviceLogOf } from './serviceLog';

/**
 * The equipment register and its service log. Every write runs in one transaction with its
 * activity-log entry; refusals are EquipmentRejected with keys under
 * `inventory.equipment.problems.*`. `today` comes from the window's clock.
 */
export function createEquipmentRepository(db: BackofficeDb) {
  return {
    /** Every item, disposed ones too, by name. */
    async listEquipment(): Promise<Equipment[]> {
      return (await db.equipment.toArray()).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    },
    getEquipment: (id: string) => db.equipment.get(id),
    serviceLogOf: (equipmentId: string) => serviceLogOf(db, equipmentId),
    /** The warehouse's places, to say where an item stands. */
    listLocations: (): Promise<StockLocation[]> => db.locations.toArray(),
    /** Posted entries with this number, for linking a supplier's bill to a service. */
    findPostedEntries: (number: string): Promise<JournalEntry[]> => postedEntriesNumbered(db, number.trim()),
    saveEquipment: (input: EquipmentInput & { id?: string }, today: IsoDate) => saveEquipment(db, input, today),
    logService: (input: ServiceInput, today: IsoDate) => logService(db, input, today),
  };
}

export type EquipmentRepository = ReturnType<typeof createEquipmentRepository>;
export type { ServiceLogged } from './serviceLog';
