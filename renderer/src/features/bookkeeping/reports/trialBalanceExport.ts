import type { TFunction } from 'i18next';
import type { ExportCell, TableExport } from '../../../../../shared/export';
import { amountCells, amountColumns, currenciesOf } from './exportColumns';
import { shortRangeText } from './reportText';
import type { TrialBalanceView } from './TrialBalanceTable';
import { comparedTrialBalanceRows } from './trialBalanceRows';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

/** The trial balance as a spreadsheet: code, account, then the figures in minor units per currency. */
export function trialBalanceExport(view: TrialBalanceView, t: TFunction, regional: RegionalFormat): TableExport {
  const { current, compared, range, compareRange } = view;
  const currencies = currenciesOf([...current.totals, ...(compared?.totals ?? [])], 'EUR');
  const withOpening = range.from !== null;
  const withCompare = compared !== undefined && compareRange !== undefined;
  const headers = [
    ...(withOpening ? [t('reports.columns.opening')] : []),
    t('reports.columns.debit'),
    t('reports.columns.credit'),
    t('reports.columns.closing'),
    ...(withCompare ? [t('reports.columns.closingOf', { period: shortRangeText(compareRange, t, regional) })] : []),
  ];
  const figures = (opening: number, debit: number, credit: number, closing: number, comparedClosing: number) => [
    ...(withOpening ? [opening] : []),
    debit,
    credit,
    closing,
    ...(withCompare ? [comparedClosing] : []),
  ];
  const rows: ExportCell[][] = comparedTrialBalanceRows(view.accounts, current, compared).map((row) => [
    row.code ?? '',
    row.accountId === '' ? t('reports.trialBalance.earlierYearsResult') : row.path,
    ...amountCells(
      figures(row.current?.opening ?? 0, row.current?.debit ?? 0, row.current?.credit ?? 0, row.current?.closing ?? 0, row.compared?.closing ?? 0),
      row.currency,
      currencies,
    ),
  ]);
  for (const total of current.totals) {
    const other = compared?.totals.find((candidate) => candidate.currency === total.currency);
    const label = currencies.length > 1 ? t('reports.totalIn', { currency: total.currency }) : t('reports.total');
    rows.push([null, label, ...amountCells(figures(total.opening, total.debit, total.credit, total.closing, other?.closing ?? 0), total.currency, currencies)]);
  }
  return {
    title: t('reports.kinds.trialBalance.title'),
    columns: [{ kind: 'text', header: t('reports.columns.code') }, { kind: 'text', header: t('reports.columns.account') }, ...amountColumns(headers, currencies)],
    rows,
  };
}
