import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import type { ExportCell, TableExport } from '../../../../../shared/export';
import type { AgedPayables, AgedPayablesRow, AgedPayablesTotals } from '../../../../../shared/ledger/agedPayables';
import { hashOf } from '../../../app/sections';
import { entryHref } from './drill';
import { amountCells, amountColumns, currenciesOf } from './exportColumns';
import { AmountCell } from './ReportCells';
import { shortDate } from './reportText';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

const ageColumns = ['current', 'days31to60', 'days61to90', 'over90', 'total'] as const;

type Props = {
  report: AgedPayables;
  t: TFunction;
  regional: RegionalFormat;
  /** Suppliers whose open bills are listed under them; all on paper. */
  isOpen(payee: string, currency: string): boolean;
  /** On screen: the button that shows or hides a supplier's bills. */
  toggle?(payee: string, currency: string): void;
  links: boolean;
};

type AgeRow = Pick<AgedPayablesRow, 'currency' | (typeof ageColumns)[number]>;

/** A currency's total row: what no bill explains is owed all the same, so it counts in the total. */
const withUnmatched = (total: AgedPayablesTotals): AgeRow => ({ ...total, total: total.total + total.unmatched });

function AgeCells({ row, regional, blankZero = false }: { row: AgeRow; regional: RegionalFormat; blankZero?: boolean }) {
  return (
    <>
      {ageColumns.map((column) => (
        <AmountCell key={column} minor={row[column]} currency={row.currency} regional={regional} blankZero={blankZero && column !== 'total'} />
      ))}
    </>
  );
}

/** What is owed to each supplier by the age of the bills, each supplier's open bills under it. */
export function AgedPayablesTable({ report, t, regional, isOpen, toggle, links }: Props) {
  const many = currenciesOf(report.totals, '').length > 1;
  const withAdvance = report.totals.some((total) => total.unapplied !== 0);
  const headers = ['current', 'days31to60', 'days61to90', 'over90', 'total'].map((column) => t(`reports.agedPayables.${column}`));
  return (
    <table className="report-table" data-testid="aged-payables-table">
      <thead>
        <tr>
          <th scope="col">{t('reports.columns.supplier')}</th>
          {many ? <th scope="col">{t('reports.columns.currency')}</th> : null}
          {headers.map((header) => (
            <th key={header} scope="col" className="num">
              {header}
            </th>
          ))}
          {withAdvance ? <th scope="col" className="num">{t('reports.agedPayables.unapplied')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {report.rows.map((row) => {
          const open = isOpen(row.payee, row.currency);
          const name = row.payee || t('reports.agedPayables.noSupplier');
          return (
            <Fragment key={`${row.payee}\u0000${row.currency}`}>
              <tr data-supplier={name}>
                <td className="text supplier">
                  {toggle ? (
                    <button type="button" className="link-button disclosure" aria-expanded={open} onClick={() => toggle(row.payee, row.currency)}>
                      {name}
                    </button>
                  ) : (
                    name
                  )}
                  {links && row.supplierId ? (
                    <>
                      {' '}
                      <a
                        href={hashOf('purchasing', ['suppliers', row.supplierId])}
                        className="supplier-link"
                        title={t('reports.agedPayables.openSupplier', { name })}
                        aria-label={t('reports.agedPayables.openSupplier', { name })}
                      >
                        ↗
                      </a>
                    </>
                  ) : null}
                </td>
                {many ? <td>{row.currency}</td> : null}
                <AgeCells row={row} regional={regional} blankZero />
                {withAdvance ? <AmountCell minor={row.unapplied} currency={row.currency} regional={regional} blankZero /> : null}
              </tr>
              {open
                ? row.bills.map((bill) => (
                    <tr key={`${bill.entryId}`} className="detail">
                      <td className="text depth-1" colSpan={many ? 2 : 1}>
                        {links ? <a href={entryHref(bill.entryId)}>{bill.number || '—'}</a> : bill.number || '—'} · {shortDate(bill.date, regional)} ·{' '}
                        {t('reports.agedPayables.age', { count: bill.ageDays })}
                      </td>
                      <td colSpan={4} className="num muted">
                        {t('reports.agedPayables.billOpen')}
                      </td>
                      <AmountCell minor={bill.open} currency={row.currency} regional={regional} />
                      {withAdvance ? <td /> : null}
                    </tr>
                  ))
                : null}
            </Fragment>
          );
        })}
        {report.totals
          .filter((total) => total.unmatched !== 0)
          .map((total) => (
            <tr key={`unmatched-${total.currency}`} className="unmatched" data-testid="aged-payables-unmatched">
              <td className="text">{t('reports.agedPayables.unmatched')}</td>
              {many ? <td>{total.currency}</td> : null}
              <td colSpan={4} className="num muted">
                {t('reports.agedPayables.unmatchedHint')}
              </td>
              <AmountCell minor={total.unmatched} currency={total.currency} regional={regional} />
              {withAdvance ? <td /> : null}
            </tr>
          ))}
        {report.totals.map((total) => (
          <tr key={total.currency} className="total">
            <th scope="row">{many ? t('reports.totalIn', { currency: total.currency }) : t('reports.total')}</th>
            {many ? <td>{total.currency}</td> : null}
            <AgeCells row={withUnmatched(total)} regional={regional} />
            {withAdvance ? <AmountCell minor={total.unapplied} currency={total.currency} regional={regional} /> : null}
          </tr>
        ))}
        {withAdvance
          ? report.totals.map((total) => (
              <tr key={`balance-${total.currency}`} className="total" data-testid="aged-payables-balance">
                <th scope="row">{t('reports.agedPayables.balance')}</th>
                {many ? <td>{total.currency}</td> : null}
                <td colSpan={4} />
                <AmountCell minor={total.balance} currency={total.currency} regional={regional} />
                <td />
              </tr>
            ))
          : null}
      </tbody>
    </table>
  );
}

/** Aged payables as a spreadsheet: a line per supplier, then a line per open bill with what is still owed. */
export function agedPayablesExport(report: AgedPayables, t: TFunction): TableExport {
  const currencies = currenciesOf(report.totals, 'EUR');
  const headers = [...ageColumns, 'unapplied' as const].map((column) => t(`reports.agedPayables.${column}`));
  const rows: ExportCell[][] = [];
  for (const row of report.rows) {
    rows.push([row.payee, '', null, null, ...amountCells([row.current, row.days31to60, row.days61to90, row.over90, row.total, row.unapplied], row.currency, currencies)]);
    for (const bill of row.bills) {
      rows.push([row.payee, bill.number, bill.date, String(bill.ageDays), ...amountCells([null, null, null, null, bill.open, null], row.currency, currencies)]);
    }
  }
  for (const total of report.totals) {
    if (total.unmatched !== 0) rows.push([t('reports.agedPayables.unmatched'), '', null, null, ...amountCells([null, null, null, null, total.unmatched, null], total.currency, currencies)]);
  }
  for (const total of report.totals) {
    rows.push([t('reports.total'), '', null, null, ...amountCells([total.current, total.days31to60, total.days61to90, total.over90, total.total + total.unmatched, total.unapplied], total.currency, currencies)]);
  }
  return {
    title: t('reports.kinds.agedPayables.title'),
    columns: [
      { kind: 'text', header: t('reports.columns.supplier') },
      { kind: 'text', header: t('reports.columns.number') },
      { kind: 'date', header: t('reports.columns.date') },
      { kind: 'text', header: t('reports.agedPayables.ageDays') },
      ...amountColumns(headers, currencies),
    ],
    rows,
  };
}
