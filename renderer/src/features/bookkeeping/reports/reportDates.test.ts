import { describe, expect, it } from 'vitest';
import { asOfOf, comparedAsOf, comparedRange, periodChoiceOf, previewRange, shiftYears } from './reportDates';
import { carriedParams, reportPath, reportPlaceOf } from './reportPlace';

const calendarYear = { month: 1, day: 1 };
const julyYear = { month: 7, day: 1 };

describe('report addresses', () => {
  it('reads a report, its period and its account back from the path it wrote', () => {
    const params = { account: '01JACC', preset: 'custom' as const, from: '2026-01-01', to: '2026-03-31', compare: 'previousYear' as const };
    const path = reportPath('register', params);
    expect(path).toEqual(['reports', 'register', 'account=01JACC', 'preset=custom', 'from=2026-01-01', 'to=2026-03-31', 'compare=previousYear']);
    expect(reportPlaceOf(path)).toEqual({ kind: 'register', params });
  });

  it('leaves out what it does not know instead of guessing', () => {
    expect(reportPlaceOf(['reports', 'profit', 'from=2026-01-01'])).toEqual({ kind: null, params: { from: '2026-01-01' } });
    expect(reportPlaceOf(['reports', 'journal', 'from=2026-02-30', 'preset=someday', 'compare=x', 'junk'])).toEqual({ kind: 'journal', params: {} });
    expect(reportPath(null, { from: '2026-01-01' })).toEqual(['reports']);
  });

  it('carries the period, not the account, to another report', () => {
    expect(carriedParams({ account: 'a', from: '2026-01-01', compare: 'previousPeriod' })).toEqual({ from: '2026-01-01', compare: 'previousPeriod' });
  });
});

describe('report periods', () => {
  it('shows this fiscal year unless the address says otherwise', () => {
    expect(periodChoiceOf({}, '2026-05-10', julyYear)).toEqual({ preset: 'thisYear', from: '2025-07-01', to: '2026-06-30' });
    expect(periodChoiceOf({ from: '2026-02-01', to: '2026-02-28' }, '2026-05-10', calendarYear)).toEqual({ preset: 'custom', from: '2026-02-01', to: '2026-02-28' });
    expect(periodChoiceOf({ preset: 'all' }, '2026-05-10', calendarYear)).toEqual({ preset: 'all', from: null, to: null });
  });

  it('works out as-of dates', () => {
    expect(asOfOf({}, '2026-05-10', calendarYear)).toEqual({ preset: 'today', asOf: '2026-05-10' });
    expect(asOfOf({ asOfPreset: 'endOfLastMonth' }, '2026-03-10', calendarYear).asOf).toBe('2026-02-28');
    expect(asOfOf({ asOfPreset: 'endOfLastYear' }, '2026-03-10', julyYear).asOf).toBe('2025-06-30');
    expect(asOfOf({ asOf: '2025-12-31' }, '2026-03-10', calendarYear)).toEqual({ preset: 'custom', asOf: '2025-12-31' });
  });

  it('shifts by years keeping month ends', () => {
    expect(shiftYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(shiftYears('2025-02-28', -1)).toBe('2024-02-29');
    expect(shiftYears('2026-03-15', -1)).toBe('2025-03-15');
  });

  it('compares whole months with the same number of months before', () => {
    expect(comparedRange({ from: '2026-04-01', to: '2026-06-30' }, 'previousPeriod')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(comparedRange({ from: '2026-03-01', to: '2026-03-31' }, 'previousPeriod')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(comparedRange({ from: '2026-01-01', to: '2026-12-31' }, 'previousPeriod')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('compares other ranges with as many days before', () => {
    expect(comparedRange({ from: '2026-03-10', to: '2026-03-19' }, 'previousPeriod')).toEqual({ from: '2026-02-28', to: '2026-03-09' });
  });

  it('compares with the same dates a year earlier, open ends staying open', () => {
    expect(comparedRange({ from: '2026-01-01', to: '2026-03-31' }, 'previousYear')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(comparedRange({ from: null, to: '2026-03-31' }, 'previousYear')).toEqual({ from: null, to: '2025-03-31' });
    expect(comparedRange({ from: null, to: null }, 'previousYear')).toBeUndefined();
    expect(comparedRange({ from: null, to: '2026-03-31' }, 'previousPeriod')).toBeUndefined();
    expect(comparedRange({ from: '2026-01-01', to: '2026-03-31' }, 'none')).toBeUndefined();
  });

  it('reads the first three months of a long register first', () => {
    expect(previewRange({ from: '2022-01-15', to: '2026-12-31' })).toEqual({ from: '2022-01-15', to: '2022-03-31' });
    expect(previewRange({ from: '2026-01-01', to: null })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previewRange({ from: '2026-01-01', to: '2026-03-31' })).toBeUndefined();
    expect(previewRange({ from: null, to: '2026-03-31' })).toBeUndefined();
  });

  it('compares a balance sheet with the end of the year before or a year earlier', () => {
    expect(comparedAsOf('2026-03-31', 'previousYearEnd', calendarYear)).toBe('2025-12-31');
    expect(comparedAsOf('2026-03-31', 'previousYearEnd', julyYear)).toBe('2025-06-30');
    expect(comparedAsOf('2026-03-31', 'previousYear', calendarYear)).toBe('2025-03-31');
    expect(comparedAsOf('2026-03-31', 'none', calendarYear)).toBeUndefined();
  });
});
