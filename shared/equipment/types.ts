import type { IsoDate } from '../dates';

/** Office equipment the business keeps working: printers, computers, kitchen machines, furniture. */
export const equipmentConditions = ['working', 'needsRepair', 'outOfService', 'disposed'] as const;
export type EquipmentCondition = (typeof equipmentConditions)[number];

/** One change of an item's condition, dated the day it happened (a service's date, or the day it was saved). */
export type ConditionChange = { date: IsoDate; condition: EquipmentCondition };

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
  /** Where it stands, in words, when no warehouse location fits (e.g. "Reception desk"). */
  where?: string;
  /** Every condition it has had, oldest first; the last one is `condition`. Days out of service are counted from it. */
  conditionHistory?: ConditionChange[];
  /** The latest service date in its log, kept with every logged service so lists need not read the log. */
  lastServiceDate?: IsoDate;
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
  /** That entry's number as it was when linked, to show without reading the ledger. */
  entryNumber?: string;
  /** The condition the service left the item in, when it changed it. */
  conditionAfter?: EquipmentCondition;
};
