import { format, type Locale } from 'date-fns';
import { enUS, hu, ru } from 'date-fns/locale';
import type { Language } from '../i18n/languages';
import type { RegionalFormat } from '../i18n/regional';
import { daysInMonth, fromIsoDate, isCalendarDate, isoDateOf, type IsoDate } from './calendar';

const dateFnsLocales: Record<Language, Locale> = { en: enUS, ru, hu };

type ShortDateShape = { order: ('day' | 'month' | 'year')[]; mark: string; trailingMark: boolean };
const shapes = new Map<string, ShortDateShape>();

/** The region's short date as Intl writes it: the order of its parts and the mark between them. */
function shortDateShape(locale: string): ShortDateShape {
  let shape = shapes.get(locale);
  if (!shape) {
    const parts = shortDateFormat(locale).formatToParts(Date.UTC(2026, 11, 3));
    const order = parts.filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year').map((part) => part.type as 'day' | 'month' | 'year');
    const literals = parts.filter((part) => part.type === 'literal');
    shape = {
      order,
      mark: literals[0]?.value.trim() || '/',
      trailingMark: parts.at(-1)?.type === 'literal',
    };
    shapes.set(locale, shape);
  }
  return shape;
}

const shortFormats = new Map<string, Intl.DateTimeFormat>();
function shortDateFormat(locale: string): Intl.DateTimeFormat {
  let formatter = shortFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    shortFormats.set(locale, formatter);
  }
  return formatter;
}

/** The day at midnight UTC, for Intl with timeZone UTC (years below 100 kept as they are). */
function utcDayOf(iso: IsoDate): Date {
  const day = fromIsoDate(iso);
  const utc = new Date(Date.UTC(2000, day.getMonth(), day.getDate()));
  utc.setUTCFullYear(day.getFullYear());
  return utc;
}

/** English outside the US writes the day first in words as in digits: "3 December 2026". */
const dayFirstEnglish = (regional: RegionalFormat) => regional.language === 'en' && !regional.locale.startsWith('en-US');

/** The region's short date alone (03/12/2026 in en-IE), e.g. for spreadsheet files. */
export function formatShortDate(iso: IsoDate, locale: string): string {
  return shortDateFormat(locale).format(utcDayOf(iso));
}

/** The region's short date as a spreadsheet number format: dd/mm/yyyy, mm/dd/yyyy, yyyy. mm. dd. */
export function spreadsheetDatePattern(locale: string): string {
  const parts = shortDateFormat(locale).formatToParts(Date.UTC(2026, 11, 3));
  const codes = { day: 'dd', month: 'mm', year: 'yyyy' } as Record<string, string>;
  return parts.map((part) => codes[part.type] ?? (part.type === 'literal' ? part.value : '')).join('');
}

/** True when the region reads the clock in 12 hours (en-US), false for the 24-hour clock. */
export function usesTwelveHourClock(locale: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11';
}

/**
 * A date for people. Short, in the region's digits: 12/03/2026 (en-US), 03/12/2026 (en-IE),
 * 03.12.2026 (ru-RU), 2026. 12. 03. (hu-HU). Long, in the interface language's words:
 * December 3rd, 2026 / 3 December 2026 (English outside the US) / 3 декабря 2026 г. /
 * 2026. december 3.
 */
export function formatDate(iso: IsoDate, regional: RegionalFormat, style: 'short' | 'long'): string {
  if (style === 'short') return formatShortDate(iso, regional.locale);
  return format(fromIsoDate(iso), dayFirstEnglish(regional) ? 'd MMMM yyyy' : 'PPP', { locale: dateFnsLocales[regional.language] });
}

/**
 * A moment with date and time, e.g. for "printed at": the date in the language's words,
 * the clock as the region reads it: Jan 5, 2026, 2:03 PM (en-US) / 5 Jan 2026, 14:03 (en-IE).
 */
export function formatDateTime(at: Date | number, regional: RegionalFormat): string {
  const locale = dateFnsLocales[regional.language];
  const twelve = usesTwelveHourClock(regional.locale);
  const languageTwelve = regional.language === 'en';
  if (!dayFirstEnglish(regional) && twelve === languageTwelve) return format(at, 'PPp', { locale });
  const date = format(at, dayFirstEnglish(regional) ? 'd MMM yyyy' : 'PP', { locale });
  return `${date}, ${format(at, twelve ? 'h:mm a' : 'HH:mm', { locale })}`;
}

/** Why typed text is not a date, with what the message needs. */
export type DateProblem =
  | { kind: 'shape'; example: string }
  | { kind: 'noSuchMonth'; month: number }
  | { kind: 'noSuchDay'; year: number; month: number; days: number };

export type UserDateReading = { ok: true; iso: IsoDate } | { ok: false; problem: DateProblem };

const isoInput = /^(\d{4})-(\d{2})-(\d{2})$/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A date typed by the user: the region's short form (en-US 1/5/2026, en-IE 5/1/2026,
 * ru 5.1.2026, hu 2026. 01. 05.) or yyyy-MM-dd anywhere. Day and month may drop the
 * leading zero, the year has four digits; spaces around the marks are forgiven. When it is
 * not a date, says why: the shape (with an example of the region's form), a month that
 * does not exist, or a day beyond the month's length.
 */
export function readUserDate(input: string, locale: string): UserDateReading {
  const text = input.trim();
  const shape = shortDateShape(locale);
  const example = shortDateFormat(locale).format(Date.UTC(2026, 11, 3));
  let numbers: Record<'day' | 'month' | 'year', number>;
  const iso = isoInput.exec(text);
  if (iso) {
    numbers = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  } else {
    const digits = shape.order.map((part) => (part === 'year' ? '(\\d{4})' : '(\\d{1,2})'));
    const mark = `\\s*${escape(shape.mark)}\\s*`;
    const pattern = new RegExp(`^${digits.join(mark)}${shape.trailingMark ? `\\s*${escape(shape.mark)}?` : ''}$`);
    const match = pattern.exec(text);
    if (!match) return { ok: false, problem: { kind: 'shape', example } };
    numbers = { day: 0, month: 0, year: 0 };
    shape.order.forEach((part, index) => (numbers[part] = Number(match[index + 1])));
  }
  const { year, month, day } = numbers;
  if (year < 1) return { ok: false, problem: { kind: 'shape', example } };
  if (month < 1 || month > 12) return { ok: false, problem: { kind: 'noSuchMonth', month } };
  if (!isCalendarDate(year, month, day)) return { ok: false, problem: { kind: 'noSuchDay', year, month, days: daysInMonth(year, month) } };
  return { ok: true, iso: isoDateOf(year, month, day) };
}

/** A typed date in the region's short form or yyyy-MM-dd; null unless it names a real day. */
export function parseUserDate(input: string, locale: string): IsoDate | null {
  const reading = readUserDate(input, locale);
  return reading.ok ? reading.iso : null;
}
