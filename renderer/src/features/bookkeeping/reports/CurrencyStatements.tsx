import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { ExportCell, TableExport } from '../../../../../shared/export';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { amountCells, amountColumns } from './exportColumns';
import { statementExport, statementLinesOf, StatementTable, type StatementLayout } from './StatementTable';
import type { StatementLine } from './statementLines';

type Props = {
  layouts: readonly StatementLayout[];
  t: TFunction;
  regional: RegionalFormat;
  /** The base currency's table keeps this test id; the others get it with their currency. */
  testId: string;
  hrefOf?(line: StatementLine, side: 'current' | 'compare'): string | undefined;
  /** What goes under each currency's table (its balance note). */
  after?(index: number): ReactNode;
};

/**
 * A statement per currency, the base currency first. Amounts are never converted, so a
 * book with entries in several currencies shows each one whole, with its own totals,
 * under a heading that says which currency it is.
 */
export function CurrencyStatements({ layouts, t, regional, testId, hrefOf, after }: Props) {
  const many = layouts.length > 1;
  return (
    <>
      {many ? (
        <p className="currency-note" role="status" data-testid="currency-sections-note">
          {t('reports.statement.perCurrency', { currencies: layouts.map((layout) => layout.currency).join(', ') })}
        </p>
      ) : null}
      {layouts.map((layout, index) => (
        <section key={layout.currency} className="currency-statement" data-currency={layout.currency}>
          {many ? <h3>{t('reports.statement.inCurrency', { currency: layout.currency })}</h3> : null}
          <StatementTable layout={layout} t={t} regional={regional} testId={index === 0 ? testId : `${testId}-${layout.currency}`} hrefOf={hrefOf} />
          {after?.(index)}
        </section>
      ))}
    </>
  );
}

/** The statements as one spreadsheet: a heading row per currency, its figures in that currency's columns. */
export function currencyStatementsExport(title: string, layouts: readonly StatementLayout[], t: TFunction): TableExport {
  if (layouts.length === 1) return statementExport(title, layouts[0]!, t);
  const currencies = layouts.map((layout) => layout.currency);
  const compare = layouts[0]?.columns.compare;
  const headers = [layouts[0]?.columns.current ?? '', ...(compare !== undefined ? [compare] : [])];
  const rows: ExportCell[][] = [];
  for (const layout of layouts) {
    const blanks = amountCells(headers.map(() => null), layout.currency, currencies);
    rows.push([null, t('reports.statement.inCurrency', { currency: layout.currency }), ...blanks]);
    const indent = (line: StatementLine) => `${'    '.repeat(line.kind === 'total' || line.kind === 'section' ? 0 : line.depth + 1)}${line.label}`;
    for (const line of statementLinesOf(layout, t)) {
      const values = [line.value ?? null, ...(compare !== undefined ? [line.compareValue ?? null] : [])];
      rows.push([line.code ?? null, indent(line), ...amountCells(values, layout.currency, currencies)]);
    }
  }
  return {
    title,
    columns: [{ kind: 'text', header: t('reports.columns.code') }, { kind: 'text', header: t('reports.columns.account') }, ...amountColumns(headers, currencies)],
    rows,
  };
}
