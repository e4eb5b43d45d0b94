import { localeOf, type Language } from '../../../shared/i18n/languages';

function capitalise(text: string, language: Language): string {
  return text.charAt(0).toLocaleUpperCase(localeOf[language]) + text.slice(1);
}

/** The twelve month names as a list shows them ("January", "Январь", "Január"). */
export function monthNames(language: Language): string[] {
  const format = new Intl.DateTimeFormat(localeOf[language], { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => capitalise(format.format(Date.UTC(2001, index, 1)), language));
}

/** A day of the year without a year: "1 January", "1 января", "január 1.". */
export function dayAndMonth(month: number, day: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(2001, month - 1, day),
  );
}
