import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages, localeOf } from '../i18n/languages';
import { languageFormat } from '../i18n/regional';
import { daysInMonth, isoDateOf } from './calendar';
import { formatDate, formatDateTime, formatShortDate, parseUserDate, readUserDate, spreadsheetDatePattern } from './format';

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

describe('regional formats', () => {
  const ireland = { locale: 'en-IE', language: 'en' } as const;

  it('an English company in Ireland writes 3 December 2026 as 03/12/2026, in words day first, with a 24-hour clock', () => {
    expect(formatDate('2026-12-03', ireland, 'short')).toBe('03/12/2026');
    expect(formatDate('2026-12-03', ireland, 'long')).toBe('3 December 2026');
    expect(formatDateTime(new Date(2026, 11, 3, 14, 5), ireland)).toBe('3 Dec 2026, 14:05');
    expect(parseUserDate('03/12/2026', 'en-IE')).toBe('2026-12-03');
    expect(parseUserDate('3/12/2026', 'en-IE')).toBe('2026-12-03');
  });

  it('a US company (or one without a country) keeps MM/DD/YYYY and the 12-hour clock', () => {
    const us = { locale: 'en-US', language: 'en' } as const;
    expect(formatDate('2026-12-03', us, 'short')).toBe('12/03/2026');
    expect(formatDateTime(new Date(2026, 11, 3, 14, 5), us)).toBe('Dec 3, 2026, 2:05 PM');
    expect(parseUserDate('12/03/2026', 'en-US')).toBe('2026-12-03');
  });

  it('month names follow the interface language, digits the region', () => {
    expect(formatDate('2026-12-03', { locale: 'hu-HU', language: 'en' }, 'short')).toBe('2026. 12. 03.');
    expect(formatDate('2026-12-03', { locale: 'hu-HU', language: 'ru' }, 'long')).toBe('3 декабря 2026 г.');
    expect(formatDate('2026-12-03', { locale: 'de-DE', language: 'en' }, 'short')).toBe('03.12.2026');
  });

  it('spreadsheets get the region’s date pattern', () => {
    expect(spreadsheetDatePattern('en-IE')).toBe('dd/mm/yyyy');
    expect(spreadsheetDatePattern('en-US')).toBe('mm/dd/yyyy');
    expect(spreadsheetDatePattern('hu-HU')).toBe('yyyy. mm. dd.');
    expect(formatShortDate('2026-12-03', 'ru-RU')).toBe('03.12.2026');
  });
});

describe('readUserDate says what is wrong', () => {
  it('a day beyond the month: the month and its length', () => {
    expect(readUserDate('29.02.2026', 'ru-RU')).toEqual({ ok: false, problem: { kind: 'noSuchDay', year: 2026, month: 2, days: 28 } });
    expect(readUserDate('02/30/2028', 'en-US')).toEqual({ ok: false, problem: { kind: 'noSuchDay', year: 2028, month: 2, days: 29 } });
    expect(readUserDate('2026-04-31', 'en-IE')).toEqual({ ok: false, problem: { kind: 'noSuchDay', year: 2026, month: 4, days: 30 } });
  });

  it('a month that does not exist', () => {
    expect(readUserDate('12/13/2026', 'en-IE')).toEqual({ ok: false, problem: { kind: 'noSuchMonth', month: 13 } });
  });

  it('the wrong shape: an example of the region’s own form', () => {
    expect(readUserDate('3 Dec', 'ru-RU')).toEqual({ ok: false, problem: { kind: 'shape', example: '03.12.2026' } });
    expect(readUserDate('03.12.2026', 'en-IE')).toEqual({ ok: false, problem: { kind: 'shape', example: '03/12/2026' } });
    expect(readUserDate('12/3/26', 'en-US')).toEqual({ ok: false, problem: { kind: 'shape', example: '12/03/2026' } });
  });
});
