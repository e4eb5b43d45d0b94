import { beforeAll, describe, expect, it } from 'vitest';
import type { SpendingLine } from '../../../../../shared/purchasing/spending';
import { spendingReport } from '../../../../../shared/purchasing/spending';
import { i18n, startI18n } from '../../../i18n';
import type { SpendingData } from './spendingData';
import { groupLabeller, monthLabel, spendingChartData, spendingExport } from './spendingView';

beforeAll(() => startI18n('en'));

const line = (supplierId: string, month: string, net: number, category: SpendingLine['category'] = 'uncategorised'): SpendingLine => ({ billId: 'b', supplierId, month, category, department: '', net });
const data = (lines: SpendingLine[]): SpendingData => ({
  lines, currency: 'EUR', companyName: 'Acme',
  supplierNames: new Map(Array.from({ length: 8 }, (_, index) => [`s${index}`, `Supplier ${index}`])),
  categories: [{ id: 'stationery', builtIn: 'stationery', createdAt: '', updatedAt: '' }],
  accountNames: new Map([['acc', '5900 Other expenses']]),
});
const money = (minor: number) => (minor / 100).toFixed(2);

describe('spending chart and export', () => {
  it('stacks the five largest suppliers by month and draws the rest as one "others" stack', () => {
    const lines = Array.from({ length: 8 }, (_, index) => line(`s${index}`, index % 2 === 0 ? '2026-01' : '2026-03', 1_000 * (8 - index)));
    const report = spendingReport(lines, 'supplier');
    const t = i18n.getFixedT('en');
    const chart = spendingChartData(report, groupLabeller(data(lines), 'supplier', t, 'en'), t, 'en', money);
    expect(chart.categories).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
    expect(chart.series.map((one) => one.name)).toEqual(['Supplier 0', 'Supplier 1', 'Supplier 2', 'Supplier 3', 'Supplier 4', '3 others']);
    expect(chart.series.at(-1)!.values).toEqual([2_000, 0, 3_000 + 1_000]);
    expect(chart.stacked).toBe(true);
    // Every figure of the report is in the chart.
    expect(chart.series.flatMap((one) => one.values).reduce((a, b) => a + b, 0)).toBe(report.total);
  });

  it('by month draws one bar a month, the empty month too', () => {
    const lines = [line('s0', '2026-01', 500), line('s1', '2026-03', 700)];
    const t = i18n.getFixedT('en');
    const report = spendingReport(lines, 'month');
    const chart = spendingChartData(report, groupLabeller(data(lines), 'month', t, 'en'), t, 'en', money);
    expect(chart).toMatchObject({ stacked: false, categories: ['Jan 2026', 'Feb 2026', 'Mar 2026'], series: [{ name: 'Net spent', values: [500, 0, 700] }] });
  });

  it('names categories, accounts and the uncategorised in the language', () => {
    const ru = i18n.getFixedT('ru');
    const label = groupLabeller(data([]), 'category', ru, 'ru');
    expect(label('category:stationery')).toBe(ru('inventory.catalog.categories.stationery'));
    expect(label('category:stationery')).not.toBe('stationery');
    expect(label('account:acc')).toBe('5900 Other expenses');
    expect(label('uncategorised')).toBe('Без категории');
    expect(monthLabel('2026-03', 'hu')).toBe('2026. márc.');
  });

  it('exports a row per group with its months and total, then the totals', () => {
    const lines = [line('s0', '2026-01', 500), line('s1', '2026-02', 700), line('s0', '2026-02', 1)];
    const t = i18n.getFixedT('en');
    const table = spendingExport(spendingReport(lines, 'supplier'), groupLabeller(data(lines), 'supplier', t, 'en'), 'EUR', t, 'en');
    expect(table.title).toBe('Spending by supplier');
    expect(table.columns.map((column) => column.header)).toEqual(['Supplier', 'Jan 2026', 'Feb 2026', 'Total']);
    expect(table.rows).toEqual([
      ['Supplier 1', 0, 700, 700],
      ['Supplier 0', 500, 1, 501],
      ['Total', 500, 701, 1_201],
    ]);
  });
});
