import type { IsoDate } from '../../../../../shared/dates';
import { hashOf } from '../../../app/sections';
import type { ReportRange } from './reportDates';
import { reportPath, type ReportKind, type ReportParams } from './reportPlace';

/** The address of a report with its settings; a plain link there opens it (the app follows the address). */
export function reportHref(kind: ReportKind | null, params: ReportParams = {}): string {
  return hashOf('bookkeeping', reportPath(kind, params));
}

/** The register of one account for a period: where a click on its figure leads. */
export function registerHref(accountId: string, range: ReportRange): string {
  const params: ReportParams = { account: accountId, preset: 'custom' };
  if (range.from !== null) params.from = range.from;
  if (range.to !== null) params.to = range.to;
  return reportHref('register', params);
}

/** The register of an account from the start of its fiscal year up to a date (a balance sheet figure). */
export function registerUpTo(accountId: string, yearStart: IsoDate, asOf: IsoDate): string {
  return registerHref(accountId, { from: yearStart, to: asOf });
}

/** An entry, opened from a register or journal line. */
export function entryHref(entryId: string): string {
  return hashOf('bookkeeping', ['entries', entryId]);
}
