import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { describeIpcError } from '../../../ipc/client';
import { provideReport, runExport, usePrintStore, type PrintStatus } from '../../../print/printStore';
import type { LedgerReportSource } from './printSource';
import { runReportPrint } from './reportPrinting';

function statusText(status: PrintStatus, t: TFunction): string {
  switch (status.kind) {
    case 'working':
      return t('print.preparing');
    case 'saved':
      return status.fileName ? t('print.saved', { fileName: status.fileName }) : t('print.savedNoName');
    case 'printed':
      return t('print.printed');
    case 'failed':
      return describeIpcError(status.error, t);
    default:
      return '';
  }
}

/**
 * Print…, Save as PDF…, Export CSV…, Export Excel… for the report on screen (as the print
 * pipeline's PrintActions, with wide reports printed across the page). The report is also
 * the page's report for Ctrl+P and the menu.
 */
export function ReportActions({ label, source }: { label: string; source: LedgerReportSource }) {
  const { t } = useTranslation();
  const status = usePrintStore((state) => state.status);
  useEffect(() => provideReport(source), [source]);
  const text = statusText(status, t);
  return (
    <div className="print-actions report-actions" role="group" aria-label={label}>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void runReportPrint(source, 'printer')}>
          {t('print.print')}
        </button>
        <button type="button" className="button" onClick={() => void runReportPrint(source, 'pdf')}>
          {t('print.savePdf')}
        </button>
        <button type="button" className="button" onClick={() => void runExport(source, 'csv')}>
          {t('print.exportCsv')}
        </button>
        <button type="button" className="button" onClick={() => void runExport(source, 'xlsx')}>
          {t('print.exportXlsx')}
        </button>
      </div>
      <p className={status.kind === 'failed' ? 'status status-error' : 'status'} role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
