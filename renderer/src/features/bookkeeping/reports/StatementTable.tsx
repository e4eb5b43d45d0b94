import type { TFunction } from 'i18next';
import type { ExportCell, TableExport } from '../../../../../shared/export';
import { AccountCell, AmountCell } from './ReportCells';
import { sectionLines, type ExtraFigure, type SectionSpec, type StatementLine } from './statementLines';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

export type StatementLayout = {
  sections: SectionSpec[];
  /** Bottom lines under all sections (net result; total liabilities and equity). */
  footer: ExtraFigure[];
  currency: string;
  /** Column headings: the period or date, and the comparison's when there is one. */
  columns: { current: string; compare?: string | undefined };
};

/** Every line of the statement, sections and bottom lines. */
export function statementLinesOf(layout: StatementLayout, t: TFunction): StatementLine[] {
  const direct = (name: string) => t('reports.statement.direct', { account: name });
  const totalOf = (name: string) => t('reports.statement.totalOf', { account: name });
  return [
    ...layout.sections.flatMap((spec) => sectionLines(spec, direct, totalOf)),
    ...layout.footer.map((figure): StatementLine => {
      const line: StatementLine = { kind: 'total', key: `footer:${figure.key}`, label: figure.label, depth: 0, value: figure.value };
      return figure.compareValue === undefined ? line : { ...line, compareValue: figure.compareValue };
    }),
  ];
}

type StatementTableProps = {
  layout: StatementLayout;
  t: TFunction;
  regional: RegionalFormat;
  testId: string;
  /** Where a figure leads on screen; nothing on paper. */
  hrefOf?(line: StatementLine, side: 'current' | 'compare'): string | undefined;
};

/** An income statement or balance sheet: accounts as a tree with subtotals, one or two columns of figures. */
export function StatementTable({ layout, t, regional, testId, hrefOf }: StatementTableProps) {
  const lines = statementLinesOf(layout, t);
  const compare = layout.columns.compare !== undefined;
  const cell = (line: StatementLine, side: 'current' | 'compare') => {
    const minor = side === 'current' ? line.value : line.compareValue;
    if (minor === undefined) return <td className="num" />;
    const href = line.kind === 'account' || line.kind === 'direct' || line.kind === 'extra' ? hrefOf?.(line, side) : undefined;
    return <AmountCell minor={minor} currency={layout.currency} regional={regional} href={href} linkTitle={t('reports.drill.openPostings', { account: line.label })} />;
  };
  return (
    <table className="report-table statement" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('reports.columns.account')}</th>
          <th scope="col" className="num">
            <span className="nowrap">{layout.columns.current}</span>
          </th>
          {compare ? (
            <th scope="col" className="num">
              <span className="nowrap">{layout.columns.compare}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) =>
          line.kind === 'section' ? (
            <tr key={line.key} className="section">
              <th scope="colgroup" colSpan={compare ? 3 : 2}>
                {line.label}
              </th>
            </tr>
          ) : (
            <tr key={line.key} className={line.kind === 'total' ? 'total' : line.kind === 'subtotal' || line.kind === 'header' ? 'subtotal' : undefined} data-line={line.label}>
              {line.kind === 'total' ? <th scope="row">{line.label}</th> : <AccountCell code={line.code} label={line.label} depth={line.depth + 1} />}
              {cell(line, 'current')}
              {compare ? cell(line, 'compare') : null}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** The statement as a spreadsheet, line for line as printed; blank figures stay blank. */
export function statementExport(title: string, layout: StatementLayout, t: TFunction): TableExport {
  const compare = layout.columns.compare !== undefined;
  const indent = (line: StatementLine) => `${'    '.repeat(line.kind === 'total' || line.kind === 'section' ? 0 : line.depth + 1)}${line.label}`;
  const rows = statementLinesOf(layout, t).map((line): ExportCell[] => [
    line.code ?? null,
    indent(line),
    line.value ?? null,
    ...(compare ? [line.compareValue ?? null] : []),
  ]);
  return {
    title,
    columns: [
      { kind: 'text', header: t('reports.columns.code') },
      { kind: 'text', header: t('reports.columns.account') },
      { kind: 'amount', header: layout.columns.current, currency: layout.currency },
      ...(compare ? [{ kind: 'amount' as const, header: layout.columns.compare!, currency: layout.currency }] : []),
    ],
    rows,
  };
}
