import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeBookkeepingError } from '../problemText';
import { FailureNote } from '../../../components/FailureNote';
import type { LedgerReportSource } from './printSource';
import { ReportActions } from './ReportActions';
import type { ReportData } from './useReportData';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type ReportFrameProps = {
  id: string;
  title: string;
  /** The period or date the figures are for, in words. */
  period: string;
  /** Period and comparison pickers. */
  toolbar: ReactNode;
  source: LedgerReportSource | undefined;
  state: ReportData<unknown>;
  children: ReactNode;
};

/** A report page: heading and period, its pickers, print and export, then the figures (or why there are none). */
export function ReportFrame({ id, title, period, toolbar, source, state, children }: ReportFrameProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  return (
    <section className="panel report" aria-labelledby={`${id}-heading`} aria-busy={state.loading} data-testid={`report-${id}`}>
      <header className="report-head">
        <h2 id={`${id}-heading`}>{title}</h2>
        <p className="report-period" data-testid="report-period">
          {period}
        </p>
      </header>
      <div className="toolbar report-toolbar">{toolbar}</div>
      {source ? <ReportActions label={t('reports.actions', { report: title })} source={source} /> : null}
      {state.error ? (
        <FailureNote>
          {t('reports.loadFailed')} {describeBookkeepingError(state.error, t, regional)}
        </FailureNote>
      ) : state.loading && state.data === undefined ? (
        <p className="muted">{t('reports.loading')}</p>
      ) : (
        <div className="report-body">{children}</div>
      )}
    </section>
  );
}

/** What an empty report says instead of an empty table. */
export function EmptyReport({ text }: { text: string }) {
  return (
    <p className="report-empty" data-testid="report-empty">
      {text}
    </p>
  );
}
