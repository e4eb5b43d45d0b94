import type { IsoDate } from '../dates';

/** Office equipment the business keeps working: printers, computers, kitchen machines, furniture. */
export const equipmentConditions = ['working', 'needsRepair', 'outOfService', 'disposed'] as const;
export type EquipmentCondition = (typeof equipmentConditions)[number];

export type Equipment = {
  id: string;
  createdAt: string;
  updatedAt: string;
  name: string;
  category: string;
  serialNumber: string;
  locationId: string | null;
  responsible: string;
  purchaseDate: IsoDate | null;
  /** Integer minor units of the base currency. */
  purchaseCost: number | null;
  warrantyEnd: IsoDate | null;
  condition: EquipmentCondition;
  /** Months between services; null when it needs none. */
  serviceIntervalMonths: number | null;
  notes?: string;
};

/** One line of an item of equipment's service log. */
export type ServiceRecord = {
  id: string;
  createdAt: string;
  updatedAt: string;
  equipmentId: string;
  date: IsoDate;
  work: string;
  /** Integer minor units of the base currency; null when free (warranty). */
  cost: number | null;
  by: string;
  /** The supplier bill's journal entry, when it was booked. */
  entryId?: string;
};
