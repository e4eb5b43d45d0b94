import { fiscalYearOf, formatDate, todayIso } from '../../../../shared/dates';
import type { Language } from '../../../../shared/i18n/languages';
import type { CompanyRecord } from '../../db/records';

/** The fiscal year that contains today, as long dates: { start: "1 January 2026", end: "31 December 2026" }. */
export function currentFiscalYear(company: CompanyRecord, language: Language): { start: string; end: string } {
  const year = fiscalYearOf(todayIso(), company.fiscalYearStart);
  return { start: formatDate(year.start, language, 'long'), end: formatDate(year.end, language, 'long') };
}
