import type { Equipment } from './types';

/** An item of equipment for tests: a working printer bought on 2026-01-31, serviced every 6 months. */
export function sampleEquipment(changes: Partial<Equipment> = {}): Equipment {
  return {
    id: 'eq-1',
    createdAt: '2026-01-31T09:00:00.000Z',
    updatedAt: '2026-01-31T09:00:00.000Z',
    name: 'Office printer',
    category: 'printer',
    serialNumber: 'HP-4410-778',
    locationId: null,
    responsible: 'Anna',
    purchaseDate: '2026-01-31',
    purchaseCost: 45_000,
    warrantyEnd: '2028-01-31',
    condition: 'working',
    serviceIntervalMonths: 6,
    ...changes,
  };
}
