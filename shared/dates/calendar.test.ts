import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayBefore, daysInMonth, fromIsoDate, isIsoDate, isoDateOf, toIsoDate, todayIso } from './calendar';

/** Any real day in years 1–9999, built from parts so every month and leap day is reached. */
const isoDates = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => isoDateOf(year, month, Math.min(day, daysInMonth(year, month))));

describe('isIsoDate', () => {
  it.each(['2026-01-31', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });

  it.each([
    '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01',
    '2026-1-5', '26-01-05', '2026-01-05T00:00', ' 2026-01-05', '2026/01/05', '', 'today',
  ])('refuses %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });
});

describe('toIsoDate and fromIsoDate', () => {
  it('use the local calendar day', () => {
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59, 59))).toBe('2026-01-05');
    expect(toIsoDate(new Date(2026, 0, 5, 0, 0, 0))).toBe('2026-01-05');
    const midnight = fromIsoDate('2026-03-29');
    expect([midnight.getFullYear(), midnight.getMonth(), midnight.getDate(), midnight.getMinutes()]).toEqual([2026, 2, 29, 0]);
    expect(todayIso(new Date(2030, 11, 31, 12))).toBe('2030-12-31');
  });

  it('handle years before 100 without the 1900 shift', () => {
    expect(fromIsoDate('0099-02-28').getFullYear()).toBe(99);
    expect(toIsoDate(fromIsoDate('0004-02-29'))).toBe('0004-02-29');
  });

  it('refuse what is not a date', () => {
    expect(() => fromIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('round trip: IsoDate → Date → IsoDate', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        expect(toIsoDate(fromIsoDate(iso))).toBe(iso);
      }),
    );
  });

  it('round trip: Date → IsoDate → Date keeps the calendar day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (d) => {
        const back = fromIsoDate(toIsoDate(d));
        expect([back.getFullYear(), back.getMonth(), back.getDate()]).toEqual([d.getFullYear(), d.getMonth(), d.getDate()]);
        expect(back.getTime()).toBeLessThanOrEqual(d.getTime());
      }),
    );
  });
});

describe('dayBefore', () => {
  it.each([
    ['2026-03-01', '2026-02-28'],
    ['2028-03-01', '2028-02-29'],
    ['2026-01-01', '2025-12-31'],
    ['2026-05-01', '2026-04-30'],
    ['2026-05-17', '2026-05-16'],
  ])('%s → %s', (iso, expected) => {
    expect(dayBefore(iso)).toBe(expected);
  });
});
