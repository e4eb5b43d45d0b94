import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../../../shared/money';
import type { StockUnit } from '../../../../../shared/catalog/types';
import { VirtualTable, VirtualTableFooterRow, type VirtualColumn } from '../../../components/VirtualTable';
import { useLanguage } from '../../../i18n/useLanguage';
import { currentRegionalFormat, useRegionalFormat } from '../../../i18n/regionalFormat';
import { EmptyReport, ReportFrame } from '../../bookkeeping/reports/ReportFrame';
import { useLedgerReport } from '../../bookkeeping/reports/useLedgerReport';
import { quantityText } from './stockData';
import { cellText, stockExport, stockPrintBody, type StockTable } from './stockReports';
import type { TFunction } from 'i18next';

export type StockReport = { table: StockTable; currency: string };

type StockTableViewProps = {
  id: string;
  /** Everything the figures depend on (the grouping, the date): the figures and the print follow it. */
  reportKey: string;
  title: (t: TFunction) => string;
  period: (t: TFunction) => string;
  load: (t: TFunction) => Promise<StockReport>;
  toolbar?: ReactNode;
  emptyText: string;
  /** Widths of the on-screen columns (CSS grid tracks), one per column. */
  widths: string[];
  onOpenItem?(itemId: string): void;
  landscape?: boolean;
};

const rowHeight = 34;

/** A stock view: its pickers, print/PDF/CSV/Excel, and the rows in a virtualized table with the total under it. */
export function StockTableView(props: StockTableViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const { state, source } = useLedgerReport(props.reportKey, {
    language,
    landscape: props.landscape ?? false,
    load: () => props.load(t),
    title: props.title,
    period: props.period,
    body: (report, tt) => {
      const printRegional = currentRegionalFormat(language);
      return stockPrintBody(report.table, report.currency, printRegional, (q: number, unit: StockUnit | undefined) => quantityText(q, unit, printRegional), tt);
    },
    table: (report, tt) => stockExport(props.title(tt), report.table, report.currency),
  });
  const report = state.data;
  const columns: VirtualColumn<number>[] = (report?.table.columns ?? []).map((column, index) => ({
    key: String(index),
    header: column.kind === 'amount' ? `${column.header} (${report!.currency})` : column.header,
    width: props.widths[index] ?? 'minmax(6rem, 1fr)',
    align: column.kind === 'amount' || column.kind === 'quantity' ? 'end' : 'start',
    render: (row) => cellText(report!.table.rows[row]![index]!, column, report!.currency, regional, (q, unit) => quantityText(q, unit, regional)),
  }));
  const template = columns.map((column) => column.width).join(' ');
  const total = report?.table.total;
  return (
    <ReportFrame id={props.id} title={props.title(t)} period={props.period(t)} toolbar={props.toolbar} source={source} state={state}>
      {report && report.table.rows.length === 0 ? (
        <EmptyReport text={props.emptyText} />
      ) : report ? (
        <VirtualTable
          label={props.title(t)}
          testId={`stock-${props.id}`}
          rows={report.table.rows.map((_, index) => index)}
          columns={columns}
          rowKey={(row) => report.table.keys[row]!}
          rowHeight={rowHeight}
          fillWindow={total ? 60 : 24}
          onOpenRow={
            props.onOpenItem && report.table.itemIds
              ? (row) => {
                  const itemId = report.table.itemIds![row];
                  if (itemId) props.onOpenItem!(itemId);
                }
              : undefined
          }
          footer={
            total ? (
              <VirtualTableFooterRow template={template}>
                <div role="cell" className="vtable-cell" style={{ gridColumn: `1 / span ${columns.length - 1}` }}>
                  <strong>{total.label}</strong>
                </div>
                <div role="cell" className="vtable-cell is-end" data-testid="stock-total">
                  <strong>{formatAmount(total.value, report.currency, regional.locale)}</strong>
                </div>
              </VirtualTableFooterRow>
            ) : undefined
          }
        />
      ) : null}
    </ReportFrame>
  );
}
