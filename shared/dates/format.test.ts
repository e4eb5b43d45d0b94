import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages, localeOf } from '../i18n/languages';
import { languageFormat } from '../i18n/regional';
import { daysInMonth, isoDateOf } from './calendar';
import { formatDate, formatDateTime, parseUserDate } from './format';

describe('formatDate', () => {
  it.each([
    ['en', 'short', '01/05/2026'],
    ['ru', 'short', '05.01.2026'],
    ['hu', 'short', '2026. 01. 05.'],
    ['en', 'long', 'January 5th, 2026'],
    ['ru', 'long', '5 января 2026 г.'],
    ['hu', 'long', '2026. január 5.'],
  ] as const)('%s %s → %s', (language, style, expected) => {
    expect(formatDate('2026-01-05', languageFormat(language), style)).toBe(expected);
  });

  it('formatDateTime shows date and time in the language', () => {
    const at = new Date(2026, 0, 5, 14, 3);
    expect(formatDateTime(at, languageFormat('en'))).toBe('Jan 5, 2026, 2:03 PM');
    expect(formatDateTime(at.getTime(), languageFormat('ru'))).toBe('5 янв. 2026 г., 14:03');
    expect(formatDateTime(at, languageFormat('hu'))).toBe('2026. jan. 5. 14:03');
  });
});

describe('parseUserDate', () => {
  it.each([
    ['01/05/2026', 'en', '2026-01-05'],
    ['1/5/2026', 'en', '2026-01-05'],
    [' 12 / 31 / 2026 ', 'en', '2026-12-31'],
    ['05.01.2026', 'ru', '2026-01-05'],
    ['5.1.2026', 'ru', '2026-01-05'],
    ['2026. 01. 05.', 'hu', '2026-01-05'],
    ['2026. 01. 05', 'hu', '2026-01-05'],
    ['2026.01.05.', 'hu', '2026-01-05'],
    ['2026.1.5', 'hu', '2026-01-05'],
    ['2026-01-05', 'en', '2026-01-05'],
    ['2026-01-05', 'ru', '2026-01-05'],
    ['2026-01-05', 'hu', '2026-01-05'],
    ['02/29/2028', 'en', '2028-02-29'],
  ] as const)('%j in %s → %s', (input, language, expected) => {
    expect(parseUserDate(input, localeOf[language])).toBe(expected);
  });

  it.each([
    ['', 'en'],
    ['02/29/2026', 'en'], // not a leap year
    ['13/01/2026', 'en'],
    ['05.01.2026', 'en'], // another language's form
    ['01/05/2026', 'ru'],
    ['31.04.2026', 'ru'],
    ['1/5/26', 'en'], // two-digit years are ambiguous
    ['2026-1-5', 'en'],
    ['2026-02-30', 'hu'],
    ['2026. 01. 05..', 'hu'],
    ['tomorrow', 'en'],
  ] as const)('refuses %j in %s', (input, language) => {
    expect(parseUserDate(input, localeOf[language])).toBeNull();
  });

  it('round trip: formatDate short → parseUserDate, in every language', () => {
    const dates = fc
      .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day }) => isoDateOf(year, month, Math.min(day, daysInMonth(year, month))));
    fc.assert(
      fc.property(dates, fc.constantFrom(...languages), (iso, language) => {
        expect(parseUserDate(formatDate(iso, languageFormat(language), 'short'), localeOf[language])).toBe(iso);
      }),
      { numRuns: 1000 },
    );
  });
});
