import { format, type Locale } from 'date-fns';
import { enUS, hu, ru } from 'date-fns/locale';
import type { Language } from '../i18n/languages';
import { fromIsoDate, isCalendarDate, isoDateOf, type IsoDate } from './calendar';

const dateFnsLocales: Record<Language, Locale> = { en: enUS, ru, hu };

/**
 * A date for people in the language's way. Short: 01/05/2026, 05.01.2026, 2026. 01. 05.
 * Long: January 5th, 2026 / 5 января 2026 г. / 2026. január 5.
 */
export function formatDate(iso: IsoDate, language: Language, style: 'short' | 'long'): string {
  return format(fromIsoDate(iso), style === 'short' ? 'P' : 'PPP', { locale: dateFnsLocales[language] });
}

/** A moment with date and time, e.g. for "printed at": Jan 5, 2026, 2:03 PM. */
export function formatDateTime(at: Date | number, language: Language): string {
  return format(at, 'PPp', { locale: dateFnsLocales[language] });
}

// Each language's short date as people type it: day and month may drop the leading zero,
// the year has four digits; spaces around the marks are forgiven.
const shortDatePatterns: Record<Language, { pattern: RegExp; order: 'mdy' | 'dmy' | 'ymd' }> = {
  en: { pattern: /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/, order: 'mdy' },
  ru: { pattern: /^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})$/, order: 'dmy' },
  hu: { pattern: /^(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?$/, order: 'ymd' },
};
const isoInput = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date typed by the user: the language's short form (en 1/5/2026, ru 5.1.2026,
 * hu 2026. 01. 05.) or yyyy-MM-dd in any language. Null unless it names a real day.
 */
export function parseUserDate(input: string, language: Language): IsoDate | null {
  const text = input.trim();
  let year: number, month: number, day: number;
  const iso = isoInput.exec(text);
  const short = iso ? null : shortDatePatterns[language].pattern.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (short) {
    const [a, b, c] = [Number(short[1]), Number(short[2]), Number(short[3])];
    const order = shortDatePatterns[language].order;
    [year, month, day] = order === 'mdy' ? [c, a, b] : order === 'dmy' ? [c, b, a] : [a, b, c];
  } else {
    return null;
  }
  return isCalendarDate(year, month, day) ? isoDateOf(year, month, day) : null;
}
