import { addMonths, differenceInCalendarDays } from 'date-fns';
import { fromIsoDate, toIsoDate, type IsoDate } from '../dates';
import type { Equipment } from './types';

/** How far ahead the due list looks: a service or a warranty end within this many days is "due soon". */
export const dueSoonDays = 30;

/** The months are calendar months: 31 January + 1 month is the last day of February. */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(fromIsoDate(date), months));
}

/** Days from `from` to `to` (negative when `to` is earlier), by the calendar. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from));
}

type ServiceFacts = Pick<Equipment, 'serviceIntervalMonths' | 'purchaseDate' | 'lastServiceDate' | 'condition'>;

/**
 * When the next service is due: the interval after the last service, or after the
 * purchase when it was never serviced. None when it needs no service, has no date to
 * count from, or was disposed of.
 */
export function nextServiceDate(equipment: ServiceFacts): IsoDate | null {
  if (equipment.condition === 'disposed' || equipment.serviceIntervalMonths === null) return null;
  const from = equipment.lastServiceDate ?? equipment.purchaseDate;
  return from ? addCalendarMonths(from, equipment.serviceIntervalMonths) : null;
}

export type DueStatus = 'overdue' | 'dueSoon' | 'later';

/** Overdue before today, due soon from today to `dueSoonDays` ahead, later after that. */
export function dueStatusOf(date: IsoDate, today: IsoDate): DueStatus {
  const days = daysBetween(today, date);
  if (days < 0) return 'overdue';
  return days <= dueSoonDays ? 'dueSoon' : 'later';
}

export type ServiceDue = { date: IsoDate; status: DueStatus; days: number };

/** The next service and how it stands today; null when no service is planned. */
export function serviceDueOf(equipment: ServiceFacts, today: IsoDate): ServiceDue | null {
  const date = nextServiceDate(equipment);
  return date === null ? null : { date, status: dueStatusOf(date, today), days: daysBetween(today, date) };
}

export type WarrantyStatus = 'ended' | 'endingSoon' | 'running';

/** Whether the warranty still runs on `today` (its last day included); null when there is none on record. */
export function warrantyOf(equipment: Pick<Equipment, 'warrantyEnd' | 'condition'>, today: IsoDate): { date: IsoDate; status: WarrantyStatus; days: number } | null {
  if (equipment.warrantyEnd === null || equipment.condition === 'disposed') return null;
  const days = daysBetween(today, equipment.warrantyEnd);
  const status: WarrantyStatus = days < 0 ? 'ended' : days <= dueSoonDays ? 'endingSoon' : 'running';
  return { date: equipment.warrantyEnd, status, days };
}

/** One line of "Due for service": a service due (or overdue) or a warranty about to end. */
export type DueLine = {
  equipment: Equipment;
  reason: 'service' | 'warranty';
  date: IsoDate;
  /** Days from today (negative: that many days overdue). */
  days: number;
  status: 'overdue' | 'dueSoon';
};

/**
 * What needs attention now: services overdue or due within `dueSoonDays`, and warranties
 * ending within that time (so a fault can still be claimed), earliest first. Disposed
 * equipment is never due.
 */
export function dueList(equipment: readonly Equipment[], today: IsoDate): DueLine[] {
  const lines: DueLine[] = [];
  for (const item of equipment) {
    const service = serviceDueOf(item, today);
    if (service && service.status !== 'later') lines.push({ equipment: item, reason: 'service', date: service.date, days: service.days, status: service.status });
    const warranty = warrantyOf(item, today);
    if (warranty?.status === 'endingSoon') lines.push({ equipment: item, reason: 'warranty', date: warranty.date, days: warranty.days, status: 'dueSoon' });
  }
  return lines.sort((a, b) => a.days - b.days || a.equipment.name.localeCompare(b.equipment.name) || a.reason.localeCompare(b.reason));
}
