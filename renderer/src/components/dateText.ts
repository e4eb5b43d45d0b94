import type { TFunction } from 'i18next';
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

/**
 * What is wrong with a typed date, in words: "February 2026 has 28 days.", "Write the date
 * as 03/12/2026 (or 2026-12-03).", "There is no month 13: …".
 */
export function dateProblemText(problem: DateProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'noSuchDay':
      return t('components.date.noSuchDay', { days: problem.days, month: t(`components.date.inMonth.${problem.month}`, { year: problem.year }) });
    case 'noSuchMonth':
      return t('components.date.noSuchMonth', { month: problem.month });
    case 'shape':
      return t('components.date.shape', { example: problem.example, iso: '2026-12-03' });
  }
}

/** The message for a date field that does not hold a date; undefined when it does or is empty. */
export function dateReadingError(reading: DateReading, t: TFunction): string | undefined {
  return reading.kind === 'invalid' ? dateProblemText(reading.problem, t) : undefined;
}
