import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { ledgerRepository } from '../../../db/repositories';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Books } from '../useBooks';
import { PeriodControls } from './PeriodControls';
import { EmptyReport, ReportFrame } from './ReportFrame';
import { comparedRange, latestDay, periodChoiceOf, type ReportRange } from './reportDates';
import { useReportNavigation } from './ReportPickers';
import type { ReportParams } from './reportPlace';
import { rangeText } from './reportText';
import { trialBalanceExport } from './trialBalanceExport';
import { TrialBalanceTable, type TrialBalanceView } from './TrialBalanceTable';
import { useLedgerReport } from './useLedgerReport';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** Reads a trial balance for a period (all dates up to `to` when `from` is open) and its comparison. */
export async function loadTrialBalanceView(range: ReportRange, compareRange: ReportRange | undefined): Promise<TrialBalanceView> {
  const read = (period: ReportRange) => ledgerRepository.loadTrialBalance(period.from ?? undefined, period.to ?? latestDay);
  const [accounts, current, compared] = await Promise.all([
    ledgerRepository.listAccounts(),
    read(range),
    compareRange ? read(compareRange) : Promise.resolve(undefined),
  ]);
  return { accounts, range, current, compareRange, compared };
}

/** Bookkeeping › Reports › Trial balance. */
export function TrialBalancePage({ books, params }: { books: Books; params: ReportParams }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const update = useReportNavigation('trial-balance', params);
  const choice = periodChoiceOf(params, todayIso(), books.fiscalYearStart);
  const range: ReportRange = { from: choice.from, to: choice.to };
  const compare = params.compare ?? 'none';
  const compareRange = comparedRange(range, compare);
  const { state, source } = useLedgerReport(JSON.stringify(['tb', range, compareRange]), {
    language,
    landscape: compareRange !== undefined,
    load: () => loadTrialBalanceView(range, compareRange),
    title: (tt) => tt('reports.kinds.trialBalance.title'),
    period: (tt) => rangeText(range, tt, regional),
    body: (view, tt) => <TrialBalanceTable view={view} t={tt} regional={regional} links={false} />,
    table: (view, tt) => trialBalanceExport(view, tt, regional),
  });
  const view = state.data;
  return (
    <ReportFrame
      id="trial-balance"
      title={t('reports.kinds.trialBalance.title')}
      period={rangeText(range, t, regional)}
      toolbar={<PeriodControls choice={choice} fiscalYearStart={books.fiscalYearStart} update={update} compare={{ value: compare, modes: ['previousPeriod', 'previousYear'] }} />}
      source={source}
      state={state}
    >
      {view && view.current.rows.length === 0 && !view.compared?.rows.length ? (
        <EmptyReport text={t('reports.empty.period')} />
      ) : view ? (
        <TrialBalanceTable view={view} t={t} regional={regional} links />
      ) : null}
    </ReportFrame>
  );
}
