import { dayBefore, daysInMonth, isoDateOf, partsOfIsoDate, type IsoDate } from './calendar';

/** The day the company's fiscal year begins each year (1-based month and day), e.g. 1 July. */
export type FiscalYearStart = { month: number; day: number };

export type FiscalYear = { start: IsoDate; end: IsoDate };

/** The day must exist every year, so 29 February is refused (as are 31 April and 30 February). */
export function isValidFiscalYearStart(start: FiscalYearStart): boolean {
  const { month, day } = start;
  return (
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(2023, month) // 2023: a common year
  );
}

/** The fiscal year containing the date: from its start day to the day before the next start. */
export function fiscalYearOf(date: IsoDate, start: FiscalYearStart): FiscalYear {
  const parts = partsOfIsoDate(date);
  if (!parts) throw new RangeError(`Not an ISO date: ${JSON.stringify(date)}`);
  if (!isValidFiscalYearStart(start)) throw new RangeError(`Not a fiscal year start: ${JSON.stringify(start)}`);
  const { year, month, day } = parts;
  const startedThisYear = month > start.month || (month === start.month && day >= start.day);
  const startYear = startedThisYear ? year : year - 1;
  return {
    start: isoDateOf(startYear, start.month, start.day),
    end: dayBefore(isoDateOf(startYear + 1, start.month, start.day)),
  };
}
