import { formatDate, readUserDate, type DateProblem, type IsoDate } from '../../../shared/dates';
import type { RegionalFormat } from '../../../shared/i18n/regional';

/** What a date field holds: nothing, a real day, or text that is not one (and why). */
export type DateReading = { kind: 'empty' } | { kind: 'date'; iso: IsoDate } | { kind: 'invalid'; problem: DateProblem };

/** Reads a typed date: the region's short form or yyyy-MM-dd. */
export function readDate(text: string, regional: RegionalFormat): DateReading {
  if (text.trim() === '') return { kind: 'empty' };
  const reading = readUserDate(text, regional.locale);
  return reading.ok ? { kind: 'date', iso: reading.iso } : { kind: 'invalid', problem: reading.problem };
}

/** The date as a date field shows it (the region's short form). */
export function dateText(iso: IsoDate, regional: RegionalFormat): string {
  return formatDate(iso, regional, 'short');
}

/** The typed text in the region's short form when it is a date; as typed otherwise. */
export function tidyDateText(text: string, regional: RegionalFormat): string {
  const reading = readDate(text, regional);
  return reading.kind === 'date' ? dateText(reading.iso, regional) : text;
}
