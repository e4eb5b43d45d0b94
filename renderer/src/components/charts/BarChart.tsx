import { useEffect, useRef } from 'react';
import { barChartOption, type BarChartData } from './barChartOption';
import { ChartFigures } from './ChartFigures';
import { echarts } from './echartsParts';

type BarChartProps = {
  data: BarChartData;
  /** Names the figures table that stands beside the picture. */
  figuresCaption: string;
  categoryHeading: string;
  totalHeading?: string;
  height?: number;
};

/**
 * A bar chart drawn as SVG, readable in black and white, with its figures as a table for
 * screen readers. The default export, so a page loads the chart library only when it opens.
 */
export default function BarChart({ data, figuresCaption, categoryHeading, totalHeading, height = 320 }: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init>>(undefined);

  useEffect(() => {
    const element = box.current!;
    const drawn = echarts.init(element, null, { renderer: 'svg' });
    chart.current = drawn;
    const resizing = new ResizeObserver(() => drawn.resize());
    resizing.observe(element);
    return () => {
      resizing.disconnect();
      drawn.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(barChartOption(data), { notMerge: true });
  }, [data]);

  return (
    <figure className="bar-chart" data-testid="bar-chart">
      <div ref={box} className="bar-chart-canvas" style={{ height }} />
      <ChartFigures data={data} caption={figuresCaption} categoryHeading={categoryHeading} totalHeading={totalHeading} className="visually-hidden" />
    </figure>
  );
}
