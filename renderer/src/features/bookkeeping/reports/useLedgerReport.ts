import { useMemo } from 'react';
import { ledgerReportSource, type LedgerReportSource, type LedgerReportSpec } from './printSource';
import { useReportData, type ReportData } from './useReportData';

/**
 * A report's live figures and its print/export source. `key` names everything the report
 * depends on (its dates, account, comparison): the figures and the source follow it.
 */
export function useLedgerReport<Data>(key: string, spec: LedgerReportSpec<Data>): { state: ReportData<Data>; source: LedgerReportSource } {
  const state = useReportData(key, spec.load);
  const source = useLedgerReportSource(key, spec);
  return { state, source };
}

/** Only the print/export source of a report (for pages that load what they show themselves). */
export function useLedgerReportSource<Data>(key: string, spec: LedgerReportSpec<Data>): LedgerReportSource {
  // The spec's functions only depend on what the key and the language name.
  return useMemo(() => ledgerReportSource(spec), [key, spec.language]);
}
