import { fiscalYearOf, formatDate, todayIso } from '../../../../shared/dates';
import type { CompanyRecord } from '../../db/records';
import type { RegionalFormat } from '../../../../shared/i18n/regional';

/** The fiscal year that contains today, as long dates: { start: "1 January 2026", end: "31 December 2026" }. */
export function currentFiscalYear(company: CompanyRecord, regional: RegionalFormat): { start: string; end: string } {
  const year = fiscalYearOf(todayIso(), company.fiscalYearStart);
  return { start: formatDate(year.start, regional, 'long'), end: formatDate(year.end, regional, 'long') };
}
