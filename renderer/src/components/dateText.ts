import { formatDate, parseUserDate, type IsoDate } from '../../../shared/dates';
import type { Language } from '../../../shared/i18n/languages';

/** What a date field holds: nothing, a real day, or text that is not one. */
export type DateReading = { kind: 'empty' } | { kind: 'date'; iso: IsoDate } | { kind: 'invalid' };

/** Reads a typed date: the language's short form or yyyy-MM-dd. */
export function readDate(text: string, language: Language): DateReading {
  if (text.trim() === '') return { kind: 'empty' };
  const iso = parseUserDate(text, language);
  return iso === null ? { kind: 'invalid' } : { kind: 'date', iso };
}

/** The date as a date field shows it (the language's short form). */
export function dateText(iso: IsoDate, language: Language): string {
  return formatDate(iso, language, 'short');
}

/** The typed text in the language's short form when it is a date; as typed otherwise. */
export function tidyDateText(text: string, language: Language): string {
  const reading = readDate(text, language);
  return reading.kind === 'date' ? dateText(reading.iso, language) : text;
}
