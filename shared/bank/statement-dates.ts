import { isCalendarDate, isoDateOf, type IsoDate } from '../dates';

/**
 * Date formats of en/ru/hu bank statements. The mapping names one, so 04/05/2026 is read
 * one way only. Hungarian banks write the year first with dots and often a trailing dot
 * and spaces ("2026. 03. 05."): both Hungarian formats accept either spelling.
 */
export const statementDateFormats = ['yyyy-MM-dd', 'dd.MM.yyyy', 'dd/MM/yyyy', 'MM/dd/yyyy', 'yyyy.MM.dd', 'yyyy. MM. dd.'] as const;
export type StatementDateFormat = (typeof statementDateFormats)[number];

// A time after the date ("05.03.2026 14:22:01", "2026-03-05T14:22") is dropped: statements book by day.
const time = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const patterns: Record<StatementDateFormat, { pattern: RegExp; order: 'ymd' | 'dmy' | 'mdy' }> = {
  'yyyy-MM-dd': { pattern: new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${time}$`), order: 'ymd' },
  'dd.MM.yyyy': { pattern: new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${time}$`), order: 'dmy' },
  'dd/MM/yyyy': { pattern: new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${time}$`), order: 'dmy' },
  'MM/dd/yyyy': { pattern: new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${time}$`), order: 'mdy' },
  'yyyy.MM.dd': { pattern: new RegExp(String.raw`^(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?${time}$`), order: 'ymd' },
  'yyyy. MM. dd.': { pattern: new RegExp(String.raw`^(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?${time}$`), order: 'ymd' },
};

/** The IsoDate of a statement cell, or null when it is not a real day in that format. */
export function readStatementDate(cell: string, format: StatementDateFormat): IsoDate | null {
  const { pattern, order } = patterns[format];
  const match = pattern.exec(cell.trim());
  if (!match) return null;
  const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [year, month, day] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  return isCalendarDate(year, month, day) ? isoDateOf(year, month, day) : null;
}

/** Formats that read every one of the cells (ignoring blanks); the mapping step offers these. */
export function dateFormatsFitting(cells: readonly string[]): StatementDateFormat[] {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length === 0) return [];
  return statementDateFormats.filter((format) => filled.every((cell) => readStatementDate(cell, format) !== null));
}
