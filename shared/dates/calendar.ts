/**
 * A calendar date without a time or time zone, 'yyyy-MM-dd'. Stored this way everywhere:
 * an invoice dated 2026-03-31 stays on that day whatever the computer's time zone.
 */
export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 28–31; month is 1-based. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the numbers name a real day in years 1–9999 (month and day 1-based). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1 && year <= 9999 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** The IsoDate of a real day; throws for one that does not exist (2026-02-29). */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  if (!isCalendarDate(year, month, day)) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Year, month (1-based) and day of an IsoDate, or null if it is not one. */
export function partsOfIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = isoPattern.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : null;
}

/** True for 'yyyy-MM-dd' naming a real day: '2028-02-29' yes, '2026-02-29' and '2026-2-1' no. */
export function isIsoDate(s: string): boolean {
  return partsOfIsoDate(s) !== null;
}

/** The calendar day a moment falls on in this computer's time zone. */
export function toIsoDate(d: Date): IsoDate {
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid Date');
  return isoDateOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/**
 * Local midnight of the day, or its first moment where a clock change skips midnight.
 * (A day a zone skipped entirely, like Samoa's 2011-12-30, has no local moment at all.)
 */
export function fromIsoDate(iso: IsoDate): Date {
  const parts = partsOfIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date: ${JSON.stringify(iso)}`);
  const date = new Date(parts.year, parts.month - 1, parts.day);
  if (parts.year < 100) date.setFullYear(parts.year); // Date() maps years 0–99 to 1900–1999
  return date;
}

/** Today's date on this computer; `now` lets tests and reports pin the moment. */
export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}

/** The day before, e.g. for the last day of a period that ends where the next begins. */
export function dayBefore(iso: IsoDate): IsoDate {
  const parts = partsOfIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date: ${JSON.stringify(iso)}`);
  const { year, month, day } = parts;
  if (day > 1) return isoDateOf(year, month, day - 1);
  if (month > 1) return isoDateOf(year, month - 1, daysInMonth(year, month - 1));
  return isoDateOf(year - 1, 12, 31);
}
