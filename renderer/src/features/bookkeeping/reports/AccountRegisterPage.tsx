import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import type { RegisterRow } from '../../../../../shared/ledger/accountRegister';
import { accountPath, indexAccounts } from '../../../../../shared/ledger/accounts';
import { useNavigationStore } from '../../../app/navigationStore';
import { AccountPicker } from '../../../components/AccountPicker';
import { accountOptions } from '../../../components/accountOptions';
import { VirtualTable, VirtualTableFooterRow, type VirtualColumn } from '../../../components/VirtualTable';
import { ledgerRepository } from '../../../db/repositories';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Books } from '../useBooks';
import { PeriodControls } from './PeriodControls';
import { EmptyReport, ReportFrame } from './ReportFrame';
import { periodChoiceOf, previewRange, type ReportRange } from './reportDates';
import { useReportNavigation } from './ReportPickers';
import type { ReportParams } from './reportPlace';
import { balancesText, counterAccountNamer, registerCurrencies, registerExport, RegisterPrint, registerTitle, type RegisterView } from './registerPrint';
import { amountText, rangeText, shortDate } from './reportText';
import { useLedgerReportSource } from './useLedgerReport';
import { useReportData } from './useReportData';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

async function loadRegisterView(accountId: string, range: ReportRange): Promise<RegisterView> {
  const [accounts, register] = await Promise.all([
    ledgerRepository.listAccounts(),
    ledgerRepository.loadAccountRegister(accountId, range.from ?? undefined, range.to ?? undefined),
  ]);
  const account = accounts.find((candidate) => candidate.id === accountId);
  if (!account) throw new Error(`No account ${accountId} in the chart`);
  return { account, accounts, register };
}

/** The register's postings; `partial` while only its first months are read (totals and closing follow). */
function RegisterRows({ view, books, partial }: { view: RegisterView; books: Books; partial: boolean }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const { register } = view;
  const many = registerCurrencies(register, books.currency).length > 1;
  const columns = useMemo<VirtualColumn<RegisterRow>[]>(() => {
    const counterAccount = counterAccountNamer(view.accounts, t);
    const byId = indexAccounts(view.accounts);
    const amount = (minor: number, row: RegisterRow, blankZero = true) => (minor === 0 && blankZero ? '' : amountText(minor, row.currency, regional));
    // The other account's own name on the first line and where it sits below, so a long path is not cut off.
    const otherAccount = (row: RegisterRow) => {
      const path = counterAccount(row);
      const account = row.counterAccountId === undefined ? undefined : byId.get(row.counterAccountId);
      const parent = account?.parentId ? byId.get(account.parentId) : undefined;
      return (
        <span className="two-lines" title={path}>
          <span>{account ? `${account.code ? `${account.code} ` : ''}${account.name}` : path}</span>
          {parent ? <small>{accountPath(parent, byId)}</small> : null}
        </span>
      );
    };
    const description = (row: RegisterRow) => (
      <span className="two-lines" title={[row.payee, row.memo].filter(Boolean).join(' — ')}>
        <span>{row.payee || row.memo}</span>
        {row.payee && row.memo ? <small>{row.memo}</small> : null}
      </span>
    );
    return [
      { key: 'date', header: t('reports.columns.date'), width: '7rem', render: (row) => shortDate(row.date, regional) },
      { key: 'number', header: t('reports.columns.number'), width: '6.2rem', render: (row) => row.number },
      { key: 'text', header: t('reports.columns.description'), width: 'minmax(10rem, 1.3fr)', render: description },
      { key: 'other', header: t('reports.columns.otherAccount'), width: 'minmax(10rem, 1fr)', render: otherAccount },
      ...(many ? [{ key: 'currency', header: t('reports.columns.currency'), width: '4rem', render: (row: RegisterRow) => row.currency }] : []),
      { key: 'debit', header: t('reports.columns.debit'), width: '7.5rem', align: 'end', render: (row) => amount(row.debit, row) },
      { key: 'credit', header: t('reports.columns.credit'), width: '7.5rem', align: 'end', render: (row) => amount(row.credit, row) },
      { key: 'balance', header: t('reports.columns.balance'), width: '8rem', align: 'end', render: (row) => amount(row.balance, row, false) },
    ];
  }, [view.accounts, t, regional, many]);
  const template = columns.map((column) => column.width).join(' ');
  return (
    <>
      <dl className="register-summary" data-testid="register-summary">
        <dt>{t('reports.register.opening')}</dt>
        <dd data-testid="register-opening">{balancesText(register.opening, books.currency, regional)}</dd>
        <dt>{t('reports.register.closing')}</dt>
        <dd data-testid="register-closing">{partial ? '…' : balancesText(register.closing, books.currency, regional)}</dd>
        <dt>{t('reports.register.postings')}</dt>
        <dd data-testid="register-count">{partial ? '…' : register.rows.length}</dd>
      </dl>
      {partial ? <p className="muted register-loading">{t('reports.register.loadingRest')}</p> : null}
      {register.rows.length === 0 ? (
        <EmptyReport text={t('reports.empty.register')} />
      ) : (
        <VirtualTable
          label={t('reports.register.tableLabel', { account: view.account.name })}
          rows={register.rows}
          columns={columns}
          rowKey={(row) => `${row.entryId}:${row.line}`}
          onOpenRow={(row) => go('bookkeeping', ['entries', row.entryId])}
          rowHeight={46}
          fillWindow={24 + 40 * (partial ? 0 : register.totals.length)}
          testId="register-rows"
          footer={(partial ? [] : register.totals).map((total) => (
            <VirtualTableFooterRow key={total.currency} template={template}>
              <div role="cell" className="vtable-cell" style={{ gridColumn: `1 / span ${many ? 5 : 4}` }}>
                {many ? t('reports.totalIn', { currency: total.currency }) : t('reports.total')}
              </div>
              <div role="cell" className="vtable-cell is-end">
                {amountText(total.debit, total.currency, regional)}
              </div>
              <div role="cell" className="vtable-cell is-end">
                {amountText(total.credit, total.currency, regional)}
              </div>
              <div role="cell" className="vtable-cell" />
            </VirtualTableFooterRow>
          ))}
        />
      )}
    </>
  );
}

/** Bookkeeping › Reports › Account register: one account's postings with the running balance. */
export function AccountRegisterPage({ books, params }: { books: Books; params: ReportParams }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const pickerId = useId();
  const update = useReportNavigation('register', params);
  const choice = periodChoiceOf(params, todayIso(), books.fiscalYearStart);
  const range: ReportRange = { from: choice.from, to: choice.to };
  const accountId = params.account && books.accounts.some((account) => account.id === params.account) ? params.account : '';
  const options = useMemo(() => accountOptions(books.accounts, { includeArchived: true }), [books.accounts]);
  const account = books.accounts.find((candidate) => candidate.id === accountId);
  const title = account ? t('reports.register.titleOf', { account: `${account.code ? `${account.code} ` : ''}${accountPath(account, indexAccounts(books.accounts))}` }) : t('reports.kinds.register.title');
  // A long period shows its first months at once, then the whole period.
  const preview = previewRange(range);
  const loadFirst = () => (accountId && preview ? loadRegisterView(accountId, preview) : Promise.resolve(undefined));
  const first = useReportData(JSON.stringify(['register-first', accountId, preview]), loadFirst, false);
  const wholeReady = preview === undefined || first.data !== undefined || Boolean(first.error);
  const loadWhole = () => (accountId && wholeReady ? loadRegisterView(accountId, range) : Promise.resolve(undefined));
  const whole = useReportData(JSON.stringify(['register', accountId, range, wholeReady]), loadWhole, false);
  const partial = whole.data === undefined && first.data !== undefined;
  const state = { data: whole.data ?? first.data, error: whole.error || first.error, loading: whole.loading || !wholeReady };
  const source = useLedgerReportSource(JSON.stringify(['register', accountId, range]), {
    language,
    landscape: true,
    load: () => (accountId ? loadRegisterView(accountId, range) : Promise.resolve(undefined)),
    title: (tt) => (account ? registerTitle(tt, account.name) : tt('reports.kinds.register.title')),
    period: (tt) => rangeText(range, tt, regional),
    body: (view, tt) => (view ? <RegisterPrint view={view} t={tt} regional={regional} currency={books.currency} /> : <p>{tt('reports.register.chooseAccount')}</p>),
    table: (view, tt) => (view ? registerExport(view, tt, books.currency) : { title: tt('reports.kinds.register.title'), columns: [{ kind: 'text', header: tt('reports.columns.account') }], rows: [] }),
  });
  return (
    <ReportFrame
      id="register"
      title={title}
      period={rangeText(range, t, regional)}
      toolbar={
        <>
          <div className="field field-inline register-account">
            <label htmlFor={pickerId}>{t('reports.register.account')}</label>
            <AccountPicker id={pickerId} options={options} value={accountId} groupsSelectable onChange={(id) => update({ account: id || undefined })} />
          </div>
          <PeriodControls choice={choice} fiscalYearStart={books.fiscalYearStart} update={update} />
        </>
      }
      source={accountId ? source : undefined}
      state={state}
    >
      {!accountId ? <EmptyReport text={t('reports.register.chooseAccount')} /> : state.data ? <RegisterRows view={state.data} books={books} partial={partial} /> : null}
    </ReportFrame>
  );
}
