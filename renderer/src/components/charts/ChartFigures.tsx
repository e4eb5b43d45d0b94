import type { BarChartData } from './barChartOption';

type ChartFiguresProps = {
  data: Pick<BarChartData, 'categories' | 'series' | 'formatValue'>;
  caption: string;
  /** The heading of the categories' column ("Month"). */
  categoryHeading: string;
  /** With a stack: the heading of the totals column. */
  totalHeading?: string;
  className?: string;
};

/** The figures a chart draws, as a table: what screen readers read instead of the picture. */
export function ChartFigures({ data, caption, categoryHeading, totalHeading, className }: ChartFiguresProps) {
  const { categories, series, formatValue } = data;
  return (
    <table className={className} data-testid="chart-figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{categoryHeading}</th>
          {series.map((one) => (
            <th key={one.name} scope="col" className="num">
              {one.name}
            </th>
          ))}
          {totalHeading ? <th scope="col" className="num">{totalHeading}</th> : null}
        </tr>
      </thead>
      <tbody>
        {categories.map((category, index) => (
          <tr key={category}>
            <th scope="row">{category}</th>
            {series.map((one) => (
              <td key={one.name} className="num">
                {formatValue(one.values[index] ?? 0)}
              </td>
            ))}
            {totalHeading ? <td className="num">{formatValue(series.reduce((sum, one) => sum + (one.values[index] ?? 0), 0))}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
