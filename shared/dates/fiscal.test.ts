import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isoDateOf } from './calendar';
import { fiscalYearOf, isValidFiscalYearStart, type FiscalYearStart } from './fiscal';

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe('isValidFiscalYearStart', () => {
  it.each([
    [1, 1], [7, 1], [2, 28], [4, 30], [12, 31],
  ])('accepts %s/%s', (month, day) => {
    expect(isValidFiscalYearStart({ month, day })).toBe(true);
  });

  it.each([
    [2, 29], [2, 30], [4, 31], [0, 1], [13, 1], [1, 0], [1, 32], [1.5, 1], [1, Number.NaN],
  ])('refuses %s/%s', (month, day) => {
    expect(isValidFiscalYearStart({ month, day })).toBe(false);
  });
});

describe('fiscalYearOf', () => {
  it.each([
    ['2026-05-17', { month: 1, day: 1 }, '2026-01-01', '2026-12-31'],
    ['2026-05-17', { month: 7, day: 1 }, '2025-07-01', '2026-06-30'],
    ['2026-07-01', { month: 7, day: 1 }, '2026-07-01', '2027-06-30'],
    ['2026-06-30', { month: 7, day: 1 }, '2025-07-01', '2026-06-30'],
    ['2028-02-29', { month: 3, day: 1 }, '2027-03-01', '2028-02-29'],
    ['2026-04-05', { month: 4, day: 6 }, '2025-04-06', '2026-04-05'], // the UK tax year
  ] as const)('%s with a year starting %j → %s … %s', (date, start, first, last) => {
    expect(fiscalYearOf(date, start)).toEqual({ start: first, end: last });
  });

  it('refuses bad input', () => {
    expect(() => fiscalYearOf('2026-02-30', { month: 1, day: 1 })).toThrow(RangeError);
    expect(() => fiscalYearOf('2026-02-01', { month: 2, day: 29 })).toThrow(RangeError);
  });

  const dates = fc
    .record({ year: fc.integer({ min: 2, max: 9998 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => isoDateOf(year, month, Math.min(day, daysInMonth(year, month))));
  const starts: fc.Arbitrary<FiscalYearStart> = fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ month, day }) => ({ month, day: Math.min(day, daysInMonth(2023, month)) }));

  it('always contains the date, spans 365 or 366 days, and is the same year for its first and last day', () => {
    fc.assert(
      fc.property(dates, starts, (date, start) => {
        const year = fiscalYearOf(date, start);
        expect(year.start <= date && date <= year.end).toBe(true);
        expect([365, 366]).toContain(dayNumber(year.end) - dayNumber(year.start) + 1);
        expect(year.start.slice(5)).toBe(isoDateOf(2023, start.month, start.day).slice(5));
        expect(fiscalYearOf(year.start, start)).toEqual(year);
        expect(fiscalYearOf(year.end, start)).toEqual(year);
      }),
    );
  });
});
