import type { TFunction } from 'i18next';
import type { TrialBalance, TrialBalanceTotals } from '../../../../../shared/ledger/trialBalance';
import type { Account } from '../../../../../shared/ledger/types';
import { registerHref } from './drill';
import { currenciesOf } from './exportColumns';
import { AccountCell, AmountCell, BalanceNote, PeriodHeading } from './ReportCells';
import type { ReportRange } from './reportDates';
import { amountText, shortRangeText } from './reportText';
import { comparedTrialBalanceRows } from './trialBalanceRows';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

/** A trial balance as loaded: the period's, and the comparison period's when asked for. */
export type TrialBalanceView = {
  accounts: readonly Account[];
  range: ReportRange;
  current: TrialBalance;
  compareRange?: ReportRange | undefined;
  compared?: TrialBalance | undefined;
};

type Props = { view: TrialBalanceView; t: TFunction; regional: RegionalFormat; links: boolean };

/** Whether the totals of one currency balance, in words. */
export function trialBalanceNote(total: TrialBalanceTotals, many: boolean, t: TFunction, regional: RegionalFormat): string {
  const amount = (minor: number) => amountText(minor, total.currency, regional);
  const params = { currency: many ? ` (${total.currency})` : '', debit: amount(total.debit), credit: amount(total.credit), opening: amount(total.opening), closing: amount(total.closing) };
  return total.balanced ? t('reports.trialBalance.balanced', params) : t('reports.trialBalance.notBalanced', params);
}

/**
 * Opening, debits, credits and closing per account (and the comparison's closing), with a
 * totals line per currency and whether it balances. On screen each figure opens the
 * account's register for its period; on paper the same table without links.
 */
export function TrialBalanceTable({ view, t, regional, links }: Props) {
  const { current, compared, range, compareRange } = view;
  const rows = comparedTrialBalanceRows(view.accounts, current, compared);
  const currencies = currenciesOf([...current.totals, ...(compared?.totals ?? [])], '');
  const many = currencies.length > 1;
  const withOpening = range.from !== null;
  const withCompare = compared !== undefined && compareRange !== undefined;
  // The earlier years' result of a chart without retained earnings is no account: no register to open.
  const href = (accountId: string, period: ReportRange | undefined) => (links && period && accountId !== '' ? registerHref(accountId, period) : undefined);
  return (
    <>
      <table className="report-table" data-testid="trial-balance-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.columns.account')}</th>
            {many ? <th scope="col">{t('reports.columns.currency')}</th> : null}
            {withOpening ? <th scope="col" className="num">{t('reports.columns.opening')}</th> : null}
            <th scope="col" className="num">{t('reports.columns.debit')}</th>
            <th scope="col" className="num">{t('reports.columns.credit')}</th>
            <th scope="col" className="num">{t('reports.columns.closing')}</th>
            {withCompare ? (
              <th scope="col" className="num">
                <PeriodHeading text={t('reports.columns.closingOf', { period: shortRangeText(compareRange, t, regional) })} period={shortRangeText(compareRange, t, regional)} />
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const label = row.accountId === '' ? t('reports.trialBalance.earlierYearsResult') : row.path;
            const title = t('reports.drill.openRegister', { account: label });
            const cell = (minor: number | undefined, period: ReportRange | undefined, blankZero = false) => (
              <AmountCell minor={minor ?? 0} currency={row.currency} regional={regional} href={href(row.accountId, period)} linkTitle={title} blankZero={blankZero} />
            );
            return (
              <tr key={row.key} data-account={label}>
                <AccountCell code={row.code} label={label} isPath={row.accountId !== ''} />
                {many ? <td>{row.currency}</td> : null}
                {withOpening ? cell(row.current?.opening, range) : null}
                {cell(row.current?.debit, range, true)}
                {cell(row.current?.credit, range, true)}
                {cell(row.current?.closing, range)}
                {withCompare ? cell(row.compared?.closing, compareRange) : null}
              </tr>
            );
          })}
          {current.totals.map((total) => {
            const other = compared?.totals.find((candidate) => candidate.currency === total.currency);
            const cell = (minor: number) => <AmountCell minor={minor} currency={total.currency} regional={regional} />;
            return (
              <tr key={`total-${total.currency}`} className="total" data-testid={`trial-balance-total-${total.currency}`}>
                <th scope="row">{many ? t('reports.totalIn', { currency: total.currency }) : t('reports.total')}</th>
                {many ? <td>{total.currency}</td> : null}
                {withOpening ? cell(total.opening) : null}
                {cell(total.debit)}
                {cell(total.credit)}
                {cell(total.closing)}
                {withCompare ? cell(other?.closing ?? 0) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="legend">{t('reports.trialBalance.legend')}</p>
      {withOpening ? <p className="legend">{t('reports.trialBalance.fiscalOpening')}</p> : null}
      {current.totals.map((total) => (
        <BalanceNote key={total.currency} balanced={total.balanced} text={trialBalanceNote(total, many, t, regional)} testId="trial-balance-note" />
      ))}
    </>
  );
}
