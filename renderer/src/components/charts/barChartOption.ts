import type { BarSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The option of the bar charts: only the parts the chart module registers. */
export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption>;

/** What a bar chart shows: a bar per category (a month…), one or more series stacked on it. */
export type BarChartData = {
  categories: string[];
  series: { name: string; values: number[] }[];
  /** Series stacked into one bar per category (else a single series of bars). */
  stacked: boolean;
  /** A figure as the reader reads it (money in the regional format). */
  formatValue(value: number): string;
  /** What the chart shows, in words, for screen readers. */
  description: string;
};

type SeriesLook = { color: string; decal: NonNullable<BarSeriesOption['itemStyle']>['decal'] };

/**
 * Greys and patterns instead of colours, so a black-and-white print tells the series apart:
 * dark solid, then hatched, dotted, lined, cross-hatched, each a different grey.
 */
export const seriesLooks: readonly SeriesLook[] = [
  { color: '#3a3a3a', decal: { symbol: 'none' } },
  { color: '#d0d0d0', decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: '#000000' } },
  { color: '#ffffff', decal: { symbol: 'circle', symbolSize: 0.7, dashArrayX: [[4, 4]], dashArrayY: [4, 0], color: '#000000' } },
  { color: '#808080', decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0, color: '#ffffff' } },
  { color: '#e8e8e8', decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: '#000000' } },
  { color: '#a8a8a8', decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: Math.PI / 2, color: '#ffffff' } },
];

const font = '"Segoe UI", system-ui, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';

/**
 * The ECharts option of a bar chart that reads in black and white: greys with patterns
 * (aria decals on), a thin black edge so white bars show, the figures written on the bars,
 * and with stacks the category's total under its name.
 */
export function barChartOption({ categories, series, stacked, formatValue, description }: BarChartData): BarChartOption {
  const totals = categories.map((_, index) => series.reduce((sum, one) => sum + (one.values[index] ?? 0), 0));
  return {
    animation: false,
    textStyle: { fontFamily: font, color: '#111111' },
    aria: { enabled: true, label: { description }, decal: { show: true } },
    grid: { left: 8, right: 8, top: series.length > 1 ? 36 : 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: series.length > 1 ? { top: 0, left: 0, itemWidth: 22, itemHeight: 12, textStyle: { fontSize: 11 } } : { show: false },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => (typeof value === 'number' ? formatValue(value) : String(value)) },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: {
        interval: 0,
        fontSize: 11,
        formatter: stacked && series.length > 1 ? (label: string, index: number) => `{name|${label}}\n{total|${formatValue(totals[index] ?? 0)}}` : undefined,
        rich: { name: { fontSize: 11 }, total: { fontWeight: 'bold', fontSize: 11, padding: [3, 0, 0, 0] } },
      },
    },
    yAxis: { type: 'value', axisLabel: { fontSize: 10, formatter: (value: number) => formatValue(value) }, splitLine: { lineStyle: { color: '#d9d9d9' } } },
    series: series.map(
      (one, index): BarSeriesOption => ({
        type: 'bar',
        name: one.name,
        // An empty stack part is left out, not drawn as a sliver with an edge.
        data: stacked ? one.values.map((value) => (value === 0 ? null : value)) : one.values,
        stack: stacked ? 'total' : undefined,
        barMaxWidth: 56,
        itemStyle: { color: seriesLooks[index % seriesLooks.length]!.color, decal: seriesLooks[index % seriesLooks.length]!.decal, borderColor: '#000000', borderWidth: 0.6 },
        label: {
          show: true,
          position: stacked ? 'inside' : 'top',
          fontSize: 10,
          color: '#000000',
          // A white box keeps the figure legible on a patterned bar.
          backgroundColor: stacked ? '#ffffff' : 'transparent',
          padding: stacked ? [1, 2] : 0,
          formatter: (params) => (typeof params.value === 'number' && params.value !== 0 ? formatValue(params.value) : ''),
        },
        labelLayout: { hideOverlap: true },
      }),
    ),
  };
}
