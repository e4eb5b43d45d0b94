import { useLiveQuery } from 'dexie-react-hooks';
import type { Equipment } from '../../../../../shared/equipment';
import type { StockLocation } from '../../../../../shared/stock/types';
import { appDb } from '../../../db/appDb';
import { companyRepository } from '../../../db/repositories';
import { createEquipmentRepository } from '../../../db/repositories/equipment';

/** The equipment register over the app's own database. */
export const equipmentRepository = createEquipmentRepository(appDb);

export type EquipmentData = { currency: string; equipment: Equipment[]; locations: StockLocation[] };

/** The register, the warehouse's places and the base currency, live: a save shows at once. Undefined while loading. */
export function useEquipmentData(): EquipmentData | undefined {
  return useLiveQuery(async () => {
    const [company, equipment, locations] = await Promise.all([
      companyRepository.getCompany(),
      equipmentRepository.listEquipment(),
      equipmentRepository.listLocations(),
    ]);
    return { currency: company?.baseCurrency ?? 'EUR', equipment, locations };
  }, []);
}
