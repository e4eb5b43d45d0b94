import { daysInMonth, isoDateOf, partsOfIsoDate, type IsoDate } from '../dates';

/** The month an IsoDate falls in, 'yyyy-MM' (the key of balances and register chunks). */
export function periodOf(date: IsoDate): string {
  return date.slice(0, 7);
}

function periodParts(period: string): { year: number; month: number } {
  const parts = partsOfIsoDate(`${period}-01`);
  if (!parts) throw new RangeError(`Not a period: ${JSON.stringify(period)}`);
  return parts;
}

export function firstDayOfPeriod(period: string): IsoDate {
  periodParts(period);
  return `${period}-01`;
}

export function lastDayOfPeriod(period: string): IsoDate {
  const { year, month } = periodParts(period);
  return isoDateOf(year, month, daysInMonth(year, month));
}

/** The next day, e.g. the first day after a period that ends on `iso`. */
export function dayAfter(iso: IsoDate): IsoDate {
  const parts = partsOfIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date: ${JSON.stringify(iso)}`);
  const { year, month, day } = parts;
  if (day < daysInMonth(year, month)) return isoDateOf(year, month, day + 1);
  if (month < 12) return isoDateOf(year, month + 1, 1);
  return isoDateOf(year + 1, 1, 1);
}

function dayNumber(iso: IsoDate): number {
  const parts = partsOfIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date: ${JSON.stringify(iso)}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
}

/** Whole days from `earlier` to `later` (negative when `later` is before). */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return Math.round(dayNumber(later) - dayNumber(earlier));
}
