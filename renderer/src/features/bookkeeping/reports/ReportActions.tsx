import { useEffect } from 'react';
import { PrintActions } from '../../../print/PrintActions';
import { provideReport } from '../../../print/printStore';
import type { LedgerReportSource } from './printSource';

/**
 * Print…, Save as PDF…, Export CSV…, Export Excel… for the report on screen; the report is
 * also the page's report for Ctrl+P and the menu.
 */
export function ReportActions({ label, source }: { label: string; source: LedgerReportSource }) {
  useEffect(() => provideReport(source), [source]);
  return <PrintActions label={label} source={source} className="report-actions" />;
}
