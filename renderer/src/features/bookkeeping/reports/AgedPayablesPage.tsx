import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { ledgerRepository } from '../../../db/repositories';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Books } from '../useBooks';
import { agedPayablesExport, AgedPayablesTable } from './agedPayablesTable';
import { EmptyReport, ReportFrame } from './ReportFrame';
import { asOfOf } from './reportDates';
import { AsOfPicker, useReportNavigation } from './ReportPickers';
import type { ReportParams } from './reportPlace';
import { asOfText } from './reportText';
import { useLedgerReport } from './useLedgerReport';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

const supplierKey = (payee: string, currency: string) => `${payee}\u0000${currency}`;

/** Bookkeeping › Reports › Aged payables: unpaid supplier bills by age on a date. */
export function AgedPayablesPage({ books, params }: { books: Books; params: ReportParams }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const update = useReportNavigation('aged-payables', params);
  const { preset, asOf } = asOfOf(params, todayIso(), books.fiscalYearStart);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const { state, source } = useLedgerReport(JSON.stringify(['aged', asOf]), {
    language,
    landscape: false,
    load: () => ledgerRepository.loadAgedPayables(asOf),
    title: (tt) => tt('reports.kinds.agedPayables.title'),
    period: (tt) => asOfText(asOf, tt, regional),
    body: (report, tt) => <AgedPayablesTable report={report} t={tt} regional={regional} isOpen={() => true} links={false} />,
    table: (report, tt) => agedPayablesExport(report, tt),
  });
  const toggle = (payee: string, currency: string) =>
    setOpened((current) => {
      const next = new Set(current);
      const key = supplierKey(payee, currency);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const report = state.data;
  return (
    <ReportFrame
      id="aged-payables"
      title={t('reports.kinds.agedPayables.title')}
      period={asOfText(asOf, t, regional)}
      toolbar={<AsOfPicker preset={preset} asOf={asOf} onChange={(choice) => update({ asOfPreset: choice.asOfPreset, asOf: choice.asOf })} />}
      source={source}
      state={state}
    >
      {report && report.totals.length === 0 ? (
        <EmptyReport text={t('reports.empty.agedPayables')} />
      ) : report ? (
        <>
          <p className="muted">{t('reports.agedPayables.hint')}</p>
          <AgedPayablesTable report={report} t={t} regional={regional} isOpen={(payee, currency) => opened.has(supplierKey(payee, currency))} toggle={toggle} links />
        </>
      ) : null}
    </ReportFrame>
  );
}
