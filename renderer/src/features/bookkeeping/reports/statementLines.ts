import type { StatementRow, StatementSection } from '../../../../../shared/ledger/statements';

/** A line of a printed statement, in the order it is shown. */
export type StatementLine = {
  kind: 'section' | 'header' | 'account' | 'direct' | 'subtotal' | 'extra' | 'total';
  /** Unique within the statement. */
  key: string;
  label: string;
  code?: string;
  depth: number;
  /** The account a figure belongs to (account and direct lines): its postings are its register. */
  accountId?: string;
  /** Absent on section and header lines. */
  value?: number;
  compareValue?: number;
};

/** An extra figure inside or under a section (the year's result within equity, net result…). */
export type ExtraFigure = { key: string; label: string; value: number; compareValue?: number | undefined };

export type SectionSpec = {
  key: string;
  title: string;
  section: StatementSection;
  totalLabel: string;
  /** Shown after the accounts, before the total (and counted in `total` by the shared report). */
  extras?: ExtraFigure[];
  /** The section's total when it is more than its accounts (total equity); else the section's own. */
  total?: { value: number; compareValue?: number | undefined };
};

const withCompare = (line: StatementLine, compareValue: number | undefined): StatementLine =>
  compareValue === undefined ? line : { ...line, compareValue };

/**
 * A section as lines: a heading, the accounts in chart order (a parent as a heading over its
 * children, closed by its own total; what is posted to a parent itself as a "direct" line),
 * the extras and the section total. A section with one top account is headed by the section
 * itself, so its total is not shown twice. Figures are the shared report's, never added here.
 */
export function sectionLines(spec: SectionSpec, directLabel: (name: string) => string, totalOf: (name: string) => string): StatementLine[] {
  const { section } = spec;
  const rows = section.rows;
  const roots = rows.filter((row) => row.depth === rows[0]?.depth);
  const rootIsSection = roots.length === 1 && rows.length > 1;
  const lines: StatementLine[] = [{ kind: 'section', key: `${spec.key}:section`, label: spec.title, depth: 0 }];
  const open: StatementRow[] = [];
  const shift = rootIsSection ? 1 : 0;
  const close = (until: number) => {
    while (open.length > 0 && open[open.length - 1]!.depth >= until) {
      const parent = open.pop()!;
      if (rootIsSection && parent === roots[0]) continue;
      const line: StatementLine = { kind: 'subtotal', key: `${parent.accountId}:total`, label: totalOf(parent.name), depth: parent.depth - shift, value: parent.total };
      lines.push(withCompare(line, parent.compareTotal));
    }
  };
  rows.forEach((row, index) => {
    close(row.depth);
    const isParent = (rows[index + 1]?.depth ?? -1) > row.depth;
    const depth = Math.max(0, row.depth - shift);
    const code = row.code === undefined ? {} : { code: row.code };
    if (!isParent) {
      lines.push(withCompare({ kind: 'account', key: row.accountId, label: row.name, ...code, depth, accountId: row.accountId, value: row.own }, row.compareOwn));
      return;
    }
    open.push(row);
    const isSectionRoot = rootIsSection && row === roots[0];
    if (!isSectionRoot) lines.push({ kind: 'header', key: row.accountId, label: row.name, ...code, depth });
    if (row.own !== 0 || (row.compareOwn ?? 0) !== 0) {
      const line: StatementLine = { kind: 'direct', key: `${row.accountId}:direct`, label: directLabel(row.name), depth: isSectionRoot ? 0 : depth + 1, accountId: row.accountId, value: row.own };
      lines.push(withCompare(line, row.compareOwn));
    }
  });
  close(-1);
  for (const extra of spec.extras ?? []) lines.push(withCompare({ kind: 'extra', key: `${spec.key}:${extra.key}`, label: extra.label, depth: 0, value: extra.value }, extra.compareValue));
  const total = spec.total ?? { value: section.total, compareValue: section.compareTotal };
  lines.push(withCompare({ kind: 'total', key: `${spec.key}:total`, label: spec.totalLabel, depth: 0, value: total.value }, total.compareValue));
  return lines;
}
