import type { TFunction } from 'i18next';
import type { ExportCell, TableExport } from '../../../../../shared/export';
import { accountPath, indexAccounts } from '../../../../../shared/ledger/accounts';
import type { AccountRegister, RegisterRow } from '../../../../../shared/ledger/accountRegister';
import type { Account } from '../../../../../shared/ledger/types';
import { amountCells, amountColumns, currenciesOf } from './exportColumns';
import { AccountPath, AmountCell } from './ReportCells';
import { amountText, shortDate } from './reportText';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

/** An account's register as loaded, with the chart to name accounts by. */
export type RegisterView = { account: Account; accounts: readonly Account[]; register: AccountRegister };

/** "Account register — Bank account": the printed title and the file name the save dialog suggests. */
export function registerTitle(t: TFunction, accountName: string): string {
  return `${t('reports.kinds.register.title')} — ${accountName}`.slice(0, 200);
}

/** Printing stops at this many lines (the rest is in the Excel export); the page says so. */
export const printLineLimit = 20_000;

/** Names the "other account" of postings: the account on the other side, or "split" for entries of more lines. */
export function counterAccountNamer(accounts: readonly Account[], t: TFunction): (row: RegisterRow) => string {
  const byId = indexAccounts(accounts);
  const paths = new Map(accounts.map((account) => [account.id, accountPath(account, byId)]));
  const split = t('reports.register.split');
  return (row) => (row.counterAccountId === undefined ? split : (paths.get(row.counterAccountId) ?? row.counterAccountId));
}

export function registerCurrencies(register: AccountRegister, fallback: string): string[] {
  return currenciesOf([...register.opening, ...register.totals, ...register.closing], fallback);
}

/** "Opening balance 1,200.00 EUR" for each currency (or "0.00" when there is none). */
export function balancesText(balances: AccountRegister['opening'], currency: string, regional: RegionalFormat): string {
  if (balances.length === 0) return amountText(0, currency, regional);
  return balances.map((balance) => `${amountText(balance.amount, balance.currency, regional)} ${balance.currency}`).join('; ');
}

/** The register on paper: every posting with the running balance, opening and closing around them. */
export function RegisterPrint({ view, t, regional, currency }: { view: RegisterView; t: TFunction; regional: RegionalFormat; currency: string }) {
  const { register, accounts } = view;
  const many = registerCurrencies(register, currency).length > 1;
  const rows = register.rows.slice(0, printLineLimit);
  const counterAccount = counterAccountNamer(accounts, t);
  return (
    <>
      <h2>
        {view.account.code ? `${view.account.code} ` : ''}
        <AccountPath path={accountPath(view.account, indexAccounts(accounts))} />
      </h2>
      <p>
        {t('reports.register.opening')}: <strong>{balancesText(register.opening, currency, regional)}</strong>
      </p>
      <table className="report-table">
        <thead>
          <tr>
            <th>{t('reports.columns.date')}</th>
            <th>{t('reports.columns.number')}</th>
            <th>{t('reports.columns.description')}</th>
            <th>{t('reports.columns.otherAccount')}</th>
            {many ? <th>{t('reports.columns.currency')}</th> : null}
            <th className="num">{t('reports.columns.debit')}</th>
            <th className="num">{t('reports.columns.credit')}</th>
            <th className="num">{t('reports.columns.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.entryId}:${row.line}`}>
              <td className="nowrap">{shortDate(row.date, regional)}</td>
              <td className="nowrap">{row.number}</td>
              <td className="text">{[row.payee, row.memo].filter(Boolean).join(' — ')}</td>
              <td className="account">
                <AccountPath path={counterAccount(row)} />
              </td>
              {many ? <td>{row.currency}</td> : null}
              <AmountCell minor={row.debit} currency={row.currency} regional={regional} blankZero />
              <AmountCell minor={row.credit} currency={row.currency} regional={regional} blankZero />
              <AmountCell minor={row.balance} currency={row.currency} regional={regional} />
            </tr>
          ))}
          {register.totals.map((total) => (
            <tr key={total.currency} className="total">
              <th colSpan={many ? 5 : 4} scope="row">
                {many ? t('reports.totalIn', { currency: total.currency }) : t('reports.total')}
              </th>
              <AmountCell minor={total.debit} currency={total.currency} regional={regional} />
              <AmountCell minor={total.credit} currency={total.currency} regional={regional} />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      {register.rows.length > rows.length ? <p className="balance-note is-off">{t('reports.printLimited', { shown: rows.length, count: register.rows.length })}</p> : null}
      {register.rows.length === 0 ? <p className="muted">{t('reports.empty.register')}</p> : null}
      <p>
        {t('reports.register.closing')}: <strong>{balancesText(register.closing, currency, regional)}</strong>
      </p>
    </>
  );
}

/** The register as a spreadsheet: one line per posting, amounts in minor units per currency. */
export function registerExport(view: RegisterView, t: TFunction, currency: string): TableExport {
  const { register, accounts } = view;
  const currencies = registerCurrencies(register, currency);
  const counterAccount = counterAccountNamer(accounts, t);
  const rows = register.rows.map((row): ExportCell[] => [
    row.date,
    row.number,
    row.payee,
    row.memo,
    counterAccount(row),
    ...amountCells([row.debit, row.credit, row.balance], row.currency, currencies),
  ]);
  return {
    title: registerTitle(t, view.account.name),
    columns: [
      { kind: 'date', header: t('reports.columns.date') },
      { kind: 'text', header: t('reports.columns.number') },
      { kind: 'text', header: t('reports.columns.payee') },
      { kind: 'text', header: t('reports.columns.memo') },
      { kind: 'text', header: t('reports.columns.otherAccount') },
      ...amountColumns([t('reports.columns.debit'), t('reports.columns.credit'), t('reports.columns.balance')], currencies),
    ],
    rows,
  };
}
