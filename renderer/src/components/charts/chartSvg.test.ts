import { describe, expect, it } from 'vitest';
import { barChartOption } from './barChartOption';
import { chartSvg } from './chartSvg';

const money = (minor: number) => (minor / 100).toFixed(2);

describe('chartSvg', () => {
  it('draws a stacked chart to an SVG string in Node, with its patterns, figures and description', () => {
    const option = barChartOption({
      categories: ['Jan 2026', 'Feb 2026'],
      series: [
        { name: 'Stationery', values: [125_000, 40_000] },
        { name: 'Toner & ink', values: [30_000, 99_950] },
        // A supplier's name is data: it must come out as text, never as markup.
        { name: '<script>alert(1)</script>', values: [100, 100] },
      ],
      stacked: true,
      formatValue: money,
      description: 'Spending by category, January to February 2026',
    });
    const svg = chartSvg(option, { width: 640, height: 320 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="640"');
    expect(svg).toContain('<pattern');
    for (const text of ['1250.00', '999.50', 'Stationery', 'Toner &amp; ink', 'Jan 2026', '1551.00']) expect(svg).toContain(text);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
