import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportCell, TableExport } from '../../../../../shared/export';
import { todayIso } from '../../../../../shared/dates';
import type { JournalReport } from '../../../../../shared/ledger/journalReport';
import { useNavigationStore } from '../../../app/navigationStore';
import { VirtualTable, VirtualTableFooterRow, type VirtualColumn } from '../../../components/VirtualTable';
import { ledgerRepository } from '../../../db/repositories';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Books } from '../useBooks';
import { amountCells, amountColumns, currenciesOf } from './exportColumns';
import { journalLines, type JournalLine } from './journalLines';
import { PeriodControls } from './PeriodControls';
import { AccountPath, AmountCell, BalanceNote } from './ReportCells';
import { EmptyReport, ReportFrame } from './ReportFrame';
import { earliestDay, latestDay, periodChoiceOf, type ReportRange } from './reportDates';
import { useReportNavigation } from './ReportPickers';
import type { ReportParams } from './reportPlace';
import { printLineLimit } from './registerPrint';
import { amountText, rangeText, shortDate } from './reportText';
import { useLedgerReport } from './useLedgerReport';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

function JournalPrint({ report, t, regional }: { report: JournalReport; t: TFunction; regional: RegionalFormat }) {
  const all = journalLines(report);
  const lines = all.slice(0, printLineLimit);
  const many = currenciesOf(report.totals, '').length > 1;
  return (
    <>
      <table className="report-table">
        <thead>
          <tr>
            <th>{t('reports.columns.date')}</th>
            <th>{t('reports.columns.number')}</th>
            <th>{t('reports.columns.description')}</th>
            <th>{t('reports.columns.account')}</th>
            <th className="num">{t('reports.columns.debit')}</th>
            <th className="num">{t('reports.columns.credit')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key} className={line.first ? 'entry-start' : undefined}>
              <td className="nowrap">{line.first ? shortDate(line.date, regional) : ''}</td>
              <td className="nowrap">{line.first ? line.number : ''}</td>
              <td className="text">{line.description}</td>
              <td className="account">
                <AccountPath path={line.path} />
                {line.lineMemo ? <span className="muted"> — {line.lineMemo}</span> : null}
                {many ? <span className="muted"> ({line.currency})</span> : null}
              </td>
              <AmountCell minor={line.debit} currency={line.currency} regional={regional} blankZero />
              <AmountCell minor={line.credit} currency={line.currency} regional={regional} blankZero />
            </tr>
          ))}
          {report.totals.map((total) => (
            <tr key={total.currency} className="total">
              <th colSpan={4} scope="row">
                {many ? t('reports.totalIn', { currency: total.currency }) : t('reports.total')}
              </th>
              <AmountCell minor={total.debit} currency={total.currency} regional={regional} />
              <AmountCell minor={total.credit} currency={total.currency} regional={regional} />
            </tr>
          ))}
        </tbody>
      </table>
      <JournalBalance report={report} t={t} />
      {all.length > lines.length ? <p className="balance-note is-off">{t('reports.printLimited', { shown: lines.length, count: all.length })}</p> : null}
      <p className="muted">{t('reports.journal.count', { count: report.entries.length })}</p>
    </>
  );
}

/** Whether the period's debits equal its credits, per currency. */
function JournalBalance({ report, t }: { report: JournalReport; t: TFunction }) {
  const balanced = report.totals.every((total) => total.debit === total.credit);
  return <BalanceNote balanced={balanced} text={t(balanced ? 'reports.journal.balanced' : 'reports.journal.notBalanced')} testId="journal-note" />;
}

function journalExport(report: JournalReport, t: TFunction): TableExport {
  const currencies = currenciesOf(report.totals, 'EUR');
  const rows = journalLines(report).map((line): ExportCell[] => [
    line.date,
    line.number,
    line.payee,
    line.memo,
    line.path,
    line.lineMemo,
    ...amountCells([line.debit, line.credit], line.currency, currencies),
  ]);
  return {
    title: t('reports.kinds.journal.title'),
    columns: [
      { kind: 'date', header: t('reports.columns.date') },
      { kind: 'text', header: t('reports.columns.number') },
      { kind: 'text', header: t('reports.columns.payee') },
      { kind: 'text', header: t('reports.columns.memo') },
      { kind: 'text', header: t('reports.columns.account') },
      { kind: 'text', header: t('reports.columns.lineMemo') },
      ...amountColumns([t('reports.columns.debit'), t('reports.columns.credit')], currencies),
    ],
    rows,
  };
}

function JournalRows({ report }: { report: JournalReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const lines = useMemo(() => journalLines(report), [report]);
  const columns = useMemo<VirtualColumn<JournalLine>[]>(() => {
    const amount = (minor: number, line: JournalLine) => (minor === 0 ? '' : amountText(minor, line.currency, regional));
    return [
      { key: 'date', header: t('reports.columns.date'), width: '7.6rem', render: (line) => (line.first ? shortDate(line.date, regional) : '') },
      { key: 'number', header: t('reports.columns.number'), width: '6.5rem', render: (line) => (line.first ? line.number : '') },
      { key: 'text', header: t('reports.columns.description'), width: 'minmax(8rem, 1.2fr)', render: (line) => <span title={line.description}>{line.description}</span> },
      {
        key: 'account',
        header: t('reports.columns.account'),
        width: 'minmax(8rem, 1.3fr)',
        render: (line) => {
          const text = line.lineMemo ? `${line.path} — ${line.lineMemo}` : line.path;
          return <span title={text}>{text}</span>;
        },
      },
      { key: 'debit', header: t('reports.columns.debit'), width: '7.5rem', align: 'end', render: (line) => amount(line.debit, line) },
      { key: 'credit', header: t('reports.columns.credit'), width: '7.5rem', align: 'end', render: (line) => amount(line.credit, line) },
    ];
  }, [t, language]);
  const template = columns.map((column) => column.width).join(' ');
  const many = report.totals.length > 1;
  return (
    <VirtualTable
      label={t('reports.kinds.journal.title')}
      rows={lines}
      columns={columns}
      rowKey={(line) => line.key}
      rowClassName={(line) => (line.first ? 'entry-start' : undefined)}
      onOpenRow={(line) => go('bookkeeping', ['entries', line.entryId])}
      height="min(62vh, 40rem)"
      testId="journal-rows"
      footer={report.totals.map((total) => (
        <VirtualTableFooterRow key={total.currency} template={template}>
          <div role="cell" className="vtable-cell" style={{ gridColumn: '1 / span 4' }}>
            {many ? t('reports.totalIn', { currency: total.currency }) : t('reports.total')} · {t('reports.journal.count', { count: report.entries.length })}
          </div>
          <div role="cell" className="vtable-cell is-end">
            {amountText(total.debit, total.currency, regional)}
          </div>
          <div role="cell" className="vtable-cell is-end">
            {amountText(total.credit, total.currency, regional)}
          </div>
        </VirtualTableFooterRow>
      ))}
    />
  );
}

/** Bookkeeping › Reports › Journal: the posted entries of a period with their lines. */
export function JournalPage({ books, params }: { books: Books; params: ReportParams }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const update = useReportNavigation('journal', params);
  const choice = periodChoiceOf(params, todayIso(), books.fiscalYearStart);
  const range: ReportRange = { from: choice.from, to: choice.to };
  const { state, source } = useLedgerReport(JSON.stringify(['journal', range]), {
    language,
    landscape: true,
    load: () => ledgerRepository.loadJournal(range.from ?? earliestDay, range.to ?? latestDay),
    title: (tt) => tt('reports.kinds.journal.title'),
    period: (tt) => rangeText(range, tt, regional),
    body: (report, tt) => <JournalPrint report={report} t={tt} regional={regional} />,
    table: (report, tt) => journalExport(report, tt),
  });
  return (
    <ReportFrame
      id="journal"
      title={t('reports.kinds.journal.title')}
      period={rangeText(range, t, regional)}
      toolbar={<PeriodControls choice={choice} fiscalYearStart={books.fiscalYearStart} update={update} />}
      source={source}
      state={state}
    >
      {state.data && state.data.entries.length === 0 ? (
        <EmptyReport text={t('reports.empty.journal')} />
      ) : state.data ? (
        <>
          <JournalRows report={state.data} />
          <JournalBalance report={state.data} t={t} />
        </>
      ) : null}
    </ReportFrame>
  );
}
