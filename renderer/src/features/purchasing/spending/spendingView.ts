import type { TFunction } from 'i18next';
import type { ExportCell, TableExport } from '../../../../../shared/export';
import { localeOf, type Language } from '../../../../../shared/i18n/languages';
import type { SpendingGrouping, SpendingReport } from '../../../../../shared/purchasing/spending';
import type { BarChartData } from '../../../components/charts/barChartOption';
import { categoryLabel } from '../../inventory/catalog/catalogText';
import type { SpendingData } from './spendingData';

/** "Mar 2026", "март 2026 г.", "2026. márc.": a month as a column or bar is named. */
export function monthLabel(month: string, language: Language): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(localeOf[language], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, number - 1, 1));
}

/** The name a spending group is shown by: a category, an account, a supplier, a department or a month. */
export function groupLabeller(data: SpendingData, grouping: SpendingGrouping, t: TFunction, language: Language): (key: string) => string {
  const categories = new Map(data.categories.map((category) => [category.id, category]));
  switch (grouping) {
    case 'category':
      return (key) => {
        if (key.startsWith('category:')) {
          const category = categories.get(key.slice('category:'.length));
          return category ? categoryLabel(category, t) : key.slice('category:'.length);
        }
        if (key.startsWith('account:')) return data.accountNames.get(key.slice('account:'.length)) ?? t('purchasing.spending.unknownAccount');
        return t('purchasing.spending.uncategorised');
      };
    case 'supplier':
      return (key) => data.supplierNames.get(key) ?? t('purchasing.spending.unknownSupplier');
    case 'department':
      return (key) => key || t('purchasing.spending.noDepartment');
    case 'month':
      return (key) => monthLabel(key, language);
  }
}

/** Groups drawn one by one in a stacked chart; the rest is drawn as one "other" stack, the table keeps them all. */
export const chartedGroups = 5;

/**
 * The chart of a spending report: months across; by month one bar each, otherwise the
 * largest groups stacked on each month and the rest together.
 */
export function spendingChartData(report: SpendingReport, label: (key: string) => string, t: TFunction, language: Language, formatValue: (minor: number) => string): BarChartData {
  const categories = report.months.map((month) => monthLabel(month, language));
  const description = t('purchasing.spending.chartDescription', { title: t(`purchasing.spending.titles.${report.grouping}`) });
  if (report.grouping === 'month') return { categories, series: [{ name: t('purchasing.spending.net'), values: report.monthTotals }], stacked: false, formatValue, description };
  const shown = report.groups.length > chartedGroups + 1 ? report.groups.slice(0, chartedGroups) : report.groups;
  const series = shown.map((group) => ({ name: label(group.key), values: group.byMonth }));
  if (shown.length < report.groups.length) {
    const rest = report.groups.slice(shown.length);
    series.push({ name: t('purchasing.spending.others', { count: rest.length }), values: report.months.map((_, index) => rest.reduce((sum, group) => sum + group.byMonth[index]!, 0)) });
  }
  return { categories, series, stacked: true, formatValue, description };
}

/** A group's share of the total in whole tenths of a percent ("12.5"), in the region's digits. */
export function shareText(part: number, total: number, locale: string): string {
  if (total === 0) return '';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((part * 100) / total);
}

/** The spending table as a spreadsheet: a row per group, a column per month, the total last. */
export function spendingExport(report: SpendingReport, label: (key: string) => string, currency: string, t: TFunction, language: Language): TableExport {
  const byMonth = report.grouping === 'month';
  const rows: ExportCell[][] = report.groups.map((group) => [label(group.key), ...(byMonth ? [] : group.byMonth), group.total]);
  rows.push([t('reports.total'), ...(byMonth ? [] : report.monthTotals), report.total]);
  return {
    title: t(`purchasing.spending.titles.${report.grouping}`),
    columns: [
      { kind: 'text', header: t(`purchasing.spending.by.${report.grouping}`) },
      ...(byMonth ? [] : report.months.map((month) => ({ kind: 'amount' as const, header: monthLabel(month, language), currency }))),
      { kind: 'amount', header: t('reports.total'), currency },
    ],
    rows,
  };
}
