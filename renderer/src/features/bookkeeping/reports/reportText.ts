import type { TFunction } from 'i18next';
import { formatDate, type IsoDate } from '../../../../../shared/dates';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { formatAmount } from '../../../../../shared/money';
import type { ReportRange } from './reportDates';

/** An amount for a report column: grouped, all minor digits, no currency sign ("1,234.50"). */
export function amountText(minor: number, currency: string, regional: RegionalFormat): string {
  return formatAmount(minor, currency, regional.locale);
}

/** "1 January 2026 – 31 March 2026", "up to …", "from …" or "All dates". */
export function rangeText(range: ReportRange, t: TFunction, regional: RegionalFormat): string {
  const long = (iso: IsoDate) => formatDate(iso, regional, 'long');
  if (range.from !== null && range.to !== null) return t('reports.period.range', { from: long(range.from), to: long(range.to) });
  if (range.to !== null) return t('reports.period.upTo', { to: long(range.to) });
  if (range.from !== null) return t('reports.period.since', { from: long(range.from) });
  return t('reports.period.all');
}

/** "As of 31 March 2026". */
export function asOfText(asOf: IsoDate, t: TFunction, regional: RegionalFormat): string {
  return t('reports.period.asOf', { date: formatDate(asOf, regional, 'long') });
}

/** A short column heading for a period: "01/01/2026 – 03/31/2026" in the region's short dates. */
export function shortRangeText(range: ReportRange, t: TFunction, regional: RegionalFormat): string {
  const short = (iso: IsoDate) => formatDate(iso, regional, 'short');
  if (range.from !== null && range.to !== null) return `${short(range.from)} – ${short(range.to)}`;
  if (range.to !== null) return t('reports.period.upTo', { to: short(range.to) });
  if (range.from !== null) return t('reports.period.since', { from: short(range.from) });
  return t('reports.period.all');
}

export function shortDate(iso: IsoDate, regional: RegionalFormat): string {
  return formatDate(iso, regional, 'short');
}
