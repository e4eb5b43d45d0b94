import { formatDateTime } from '../../../shared/dates';
import { i18n } from '../i18n';
import { currentRegionalFormat } from '../i18n/regionalFormat';
import { invoke } from '../ipc/client';
import type { PrintJob } from '../../../shared/ipc/contract';
import type { PrintOutcome, PrintTarget, Report } from './report';

const marginsMm = { top: 16, right: 14, bottom: 18, left: 14 };

/** The print job for a report, with its footer texts in the report's language. */
export async function buildPrintJob(report: Report, printedAt: Date = new Date()): Promise<PrintJob> {
  // react-dom/server is loaded on the first print only, so start-up stays light.
  const { renderReportHtml } = await import('./renderReportHtml');
  const t = i18n.getFixedT(report.language);
  return {
    title: report.title,
    companyName: report.companyName,
    html: renderReportHtml(report),
    pageSize: 'A4',
    landscape: report.landscape ?? false,
    marginsMm,
    footer: {
      pageOfPages: t('print.pageOfPages'),
      printedAt: t('print.printedAt', { date: formatDateTime(printedAt, currentRegionalFormat(report.language)) }),
    },
  };
}

/** Sends a report to the print service: as a PDF file the user names, or to a printer. */
export async function printReport(report: Report, target: PrintTarget): Promise<PrintOutcome> {
  const job = await buildPrintJob(report);
  if (target === 'pdf') {
    const answer = await invoke('print:save-pdf', job);
    return answer.saved ? { kind: 'saved', fileName: answer.fileName } : { kind: 'cancelled' };
  }
  const answer = await invoke('print:to-printer', job);
  return answer.printed ? { kind: 'printed' } : { kind: 'cancelled' };
}
