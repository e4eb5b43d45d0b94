import {
  dayBefore,
  daysInMonth,
  fiscalYearOf,
  isoDateOf,
  partsOfIsoDate,
  type FiscalYearStart,
  type IsoDate,
} from '../../../../../shared/dates';
import { daysBetween } from '../../../../../shared/ledger/periods';
import { rangeOfPreset, type PeriodChoice } from '../../../components/periodPresets';
import type { AsOfPreset, CompareMode, ReportParams } from './reportPlace';

/**
 * The dates a report covers, from what the address says: a preset (this year, last month…)
 * is worked out for today, typed dates are taken as they are. Open ends stay null.
 */
export type ReportRange = { from: IsoDate | null; to: IsoDate | null };

/** Stand-ins for an open end where a loader needs a date: before and after any real entry. */
export const earliestDay: IsoDate = '0001-01-01';
export const latestDay: IsoDate = '9998-12-31';

function parts(iso: IsoDate) {
  const found = partsOfIsoDate(iso);
  if (!found) throw new RangeError(`Not an ISO date: ${iso}`);
  return found;
}

/** The period a period report shows: the address's, else this fiscal year. */
export function periodChoiceOf(params: ReportParams, today: IsoDate, fiscalYearStart: FiscalYearStart): PeriodChoice {
  const preset = params.preset ?? (params.from !== undefined || params.to !== undefined ? 'custom' : 'thisYear');
  if (preset === 'custom') return { preset, from: params.from ?? null, to: params.to ?? null };
  return { preset, ...rangeOfPreset(preset, today, fiscalYearStart) };
}

/** The date an as-of report shows: the address's, else today. */
export function asOfOf(params: ReportParams, today: IsoDate, fiscalYearStart: FiscalYearStart): { preset: AsOfPreset; asOf: IsoDate } {
  const preset = params.asOfPreset ?? (params.asOf !== undefined ? 'custom' : 'today');
  switch (preset) {
    case 'custom':
      return { preset, asOf: params.asOf ?? today };
    case 'today':
      return { preset, asOf: today };
    case 'endOfLastMonth': {
      const { year, month } = parts(today);
      return { preset, asOf: dayBefore(isoDateOf(year, month, 1)) };
    }
    case 'endOfLastYear':
      return { preset, asOf: dayBefore(fiscalYearOf(today, fiscalYearStart).start) };
  }
}

/** The same day `years` years away; 29 February becomes the 28th, a month's last day stays its last. */
export function shiftYears(iso: IsoDate, years: number): IsoDate {
  const { year, month, day } = parts(iso);
  const lastDay = day === daysInMonth(year, month);
  const target = year + years;
  return isoDateOf(target, month, lastDay ? daysInMonth(target, month) : Math.min(day, daysInMonth(target, month)));
}

function shiftMonths(iso: IsoDate, months: number, toLastDay: boolean): IsoDate {
  const { year, month, day } = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return isoDateOf(y, m, toLastDay ? daysInMonth(y, m) : Math.min(day, daysInMonth(y, m)));
}

const isMonthStart = (iso: IsoDate) => parts(iso).day === 1;
const isMonthEnd = (iso: IsoDate) => {
  const { year, month, day } = parts(iso);
  return day === daysInMonth(year, month);
};

/**
 * The period a range is compared with: the one just before it of the same length (whole
 * months stay whole months: a quarter is compared with the quarter before), or the same
 * dates a year earlier. None for 'none', and no previous period for an open range.
 */
export function comparedRange(range: ReportRange, mode: CompareMode): ReportRange | undefined {
  const { from, to } = range;
  if (mode === 'previousYear') {
    if (from === null && to === null) return undefined;
    return { from: from === null ? null : shiftYears(from, -1), to: to === null ? null : shiftYears(to, -1) };
  }
  if (mode !== 'previousPeriod' || from === null || to === null || to < from) return undefined;
  if (isMonthStart(from) && isMonthEnd(to)) {
    const a = parts(from);
    const b = parts(to);
    const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
    return { from: shiftMonths(from, -months, false), to: dayBefore(from) };
  }
  const days = daysBetween(from, to) + 1;
  let start = from;
  for (let i = 0; i < days; i += 1) start = dayBefore(start);
  return { from: start, to: dayBefore(from) };
}

/** The date a balance sheet as of `asOf` is compared with: the end of the year before, or a year earlier. */
export function comparedAsOf(asOf: IsoDate, mode: CompareMode, fiscalYearStart: FiscalYearStart): IsoDate | undefined {
  if (mode === 'previousYear') return shiftYears(asOf, -1);
  if (mode === 'previousYearEnd') return dayBefore(fiscalYearOf(asOf, fiscalYearStart).start);
  return undefined;
}

/**
 * The first three months of a register's period, read and shown first while a long period
 * loads (its running balance is right: the opening comes from the balances before). None
 * when the period is open at the start or no longer than that.
 */
export function previewRange(range: ReportRange): ReportRange | undefined {
  if (range.from === null) return undefined;
  const end = shiftMonths(range.from, 2, true);
  if (range.to !== null && end >= range.to) return undefined;
  return { from: range.from, to: end };
}

/** The fiscal year's first day for a date, where the balance sheet's accounts start their registers. */
export function fiscalYearStartOf(asOf: IsoDate, fiscalYearStart: FiscalYearStart): IsoDate {
  return fiscalYearOf(asOf, fiscalYearStart).start;
}
