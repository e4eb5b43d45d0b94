import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { BarSeriesOption } from 'echarts/charts';
import { barChartOption, seriesLooks, type BarChartData } from './barChartOption';
import { ChartFigures } from './ChartFigures';

const money = (minor: number) => (minor / 100).toFixed(2);
const data: BarChartData = {
  categories: ['Jan', 'Feb'],
  series: [
    { name: 'Paper', values: [1_000, 0] },
    { name: 'Toner', values: [2_550, 400] },
  ],
  stacked: true,
  formatValue: money,
  description: 'Spending by category',
};

describe('barChartOption', () => {
  it('turns decal patterns on, and gives each series its own grey and pattern with a black edge', () => {
    const option = barChartOption(data);
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true }, label: { description: 'Spending by category' } });
    const series = option.series as BarSeriesOption[];
    expect(series.map((one) => one.itemStyle?.color)).toEqual([seriesLooks[0]!.color, seriesLooks[1]!.color]);
    expect(series.map((one) => one.itemStyle?.decal)).toEqual([seriesLooks[0]!.decal, seriesLooks[1]!.decal]);
    expect(series.every((one) => one.stack === 'total' && one.itemStyle?.borderColor === '#000000')).toBe(true);
    // A month without spending in a stack draws nothing there.
    expect(series[0]!.data).toEqual([1_000, null]);
    // No two series look alike, and none is coloured.
    expect(new Set(seriesLooks.map((look) => JSON.stringify(look))).size).toBe(seriesLooks.length);
    for (const look of seriesLooks) expect(look.color).toMatch(/^#([0-9a-f]{2})\1\1$/);
  });

  it('writes each figure on its bar in the given format, leaves zero unlabelled, and the stack total under the category', () => {
    const option = barChartOption(data);
    const label = (option.series as BarSeriesOption[])[1]!.label!;
    expect(label.show).toBe(true);
    const format = label.formatter as (params: { value: unknown }) => string;
    expect(format({ value: 2_550 })).toBe('25.50');
    expect(format({ value: 0 })).toBe('');
    const axis = option.xAxis as { axisLabel: { formatter: (label: string, index: number) => string } };
    expect(axis.axisLabel.formatter('Jan', 0)).toBe('{name|Jan}\n{total|35.50}');
  });

  it('a single series has plain bars with figures on top and no legend', () => {
    const option = barChartOption({ ...data, series: [data.series[0]!], stacked: false });
    expect((option.series as BarSeriesOption[])[0]).toMatchObject({ stack: undefined, label: { position: 'top' } });
    expect(option.legend).toEqual({ show: false });
  });
});

describe('ChartFigures', () => {
  it('lists the figures by category and series, with the totals', () => {
    const html = renderToStaticMarkup(<ChartFigures data={data} caption="Figures" categoryHeading="Month" totalHeading="Total" />);
    expect(html).toContain('<caption>Figures</caption>');
    expect(html).toContain('<th scope="row">Jan</th><td class="num">10.00</td><td class="num">25.50</td><td class="num">35.50</td>');
    expect(html).toContain('<th scope="row">Feb</th><td class="num">0.00</td><td class="num">4.00</td><td class="num">4.00</td>');
  });
});
