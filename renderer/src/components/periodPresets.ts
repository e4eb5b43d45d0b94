import { dayBefore, daysInMonth, fiscalYearOf, isoDateOf, partsOfIsoDate, type FiscalYearStart, type IsoDate } from '../../../shared/dates';

/** The periods a picker offers; 'custom' takes two typed dates. */
export const periodPresets = ['all', 'thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'lastYear', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** From and to, both included; null means open at that end. */
export type DateRange = { from: IsoDate | null; to: IsoDate | null };

export type PeriodChoice = DateRange & { preset: PeriodPreset };

function monthRange(year: number, month: number): DateRange {
  return { from: isoDateOf(year, month, 1), to: isoDateOf(year, month, daysInMonth(year, month)) };
}

/** The dates a preset covers around `today`; the fiscal year follows the company's start day. */
export function rangeOfPreset(preset: Exclude<PeriodPreset, 'custom'>, today: IsoDate, fiscalYearStart: FiscalYearStart): DateRange {
  const parts = partsOfIsoDate(today);
  if (!parts) throw new RangeError(`Not an ISO date: ${today}`);
  const { year, month } = parts;
  switch (preset) {
    case 'all':
      return { from: null, to: null };
    case 'thisMonth':
      return monthRange(year, month);
    case 'lastMonth':
      return month === 1 ? monthRange(year - 1, 12) : monthRange(year, month - 1);
    case 'thisQuarter': {
      const first = month - ((month - 1) % 3);
      return { from: isoDateOf(year, first, 1), to: monthRange(year, first + 2).to };
    }
    case 'thisYear': {
      const fiscal = fiscalYearOf(today, fiscalYearStart);
      return { from: fiscal.start, to: fiscal.end };
    }
    case 'lastYear': {
      const fiscal = fiscalYearOf(dayBefore(fiscalYearOf(today, fiscalYearStart).start), fiscalYearStart);
      return { from: fiscal.start, to: fiscal.end };
    }
  }
}

/** True when the date lies in the range (both ends included). */
export function isInRange(date: IsoDate, range: DateRange): boolean {
  return (range.from === null || date >= range.from) && (range.to === null || date <= range.to);
}
