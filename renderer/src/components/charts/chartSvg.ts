import type { BarChartOption } from './barChartOption';
import { echarts } from './echartsParts';

/**
 * A chart as a self-contained SVG string, drawn by ECharts' server-side rendering (no
 * DOM needed): printed reports embed it in their HTML, which prints without scripts.
 */
export function chartSvg(option: BarChartOption, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
