import { create } from 'zustand';
import { IpcError } from '../ipc/client';
import type { ExportFormat, TableExport } from '../../../shared/export';
import { exportTable } from './exportTable';
import { printReport } from './printReport';
import type { PrintTarget, Report } from './report';

/**
 * Where the current page's report comes from; built on demand with fresh data. A report
 * with a table can also leave as CSV or XLSX.
 */
export type ReportSource = { build(): Promise<Report>; table?(): Promise<TableExport> };

export type PrintStatus =
  | { kind: 'idle' }
  | { kind: 'working'; target: PrintTarget | ExportFormat }
  | { kind: 'saved'; fileName: string | undefined }
  | { kind: 'printed' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'nothing-to-print' };

type PrintState = {
  /** The report of the page on screen, if it has one (Ctrl+P and the menu print it). */
  source: ReportSource | null;
  status: PrintStatus;
};

export const usePrintStore = create<PrintState>(() => ({ source: null, status: { kind: 'idle' } }));

export function provideReport(source: ReportSource): () => void {
  usePrintStore.setState({ source, status: { kind: 'idle' } });
  return () => {
    if (usePrintStore.getState().source === source) usePrintStore.setState({ source: null, status: { kind: 'idle' } });
  };
}

/** Prints a report; a second request while one is under way is ignored. Cancelling is silent. */
export async function runPrint(source: ReportSource, target: PrintTarget): Promise<void> {
  if (usePrintStore.getState().status.kind === 'working') return;
  usePrintStore.setState({ status: { kind: 'working', target } });
  try {
    const report = await source.build();
    const outcome = await printReport(report, target);
    const status: PrintStatus =
      outcome.kind === 'saved' ? { kind: 'saved', fileName: outcome.fileName } : outcome.kind === 'printed' ? { kind: 'printed' } : { kind: 'idle' };
    usePrintStore.setState({ status });
  } catch (error) {
    const cancelled = error instanceof IpcError && error.code === 'CANCELLED';
    usePrintStore.setState({ status: cancelled ? { kind: 'idle' } : { kind: 'failed', error } });
  }
}

/** Saves the report's table as CSV or XLSX; statuses as for printing. */
export async function runExport(source: ReportSource, format: ExportFormat): Promise<void> {
  if (!source.table || usePrintStore.getState().status.kind === 'working') return;
  usePrintStore.setState({ status: { kind: 'working', target: format } });
  try {
    const answer = await exportTable(await source.table(), format);
    usePrintStore.setState({ status: answer.saved ? { kind: 'saved', fileName: answer.fileName } : { kind: 'idle' } });
  } catch (error) {
    usePrintStore.setState({ status: { kind: 'failed', error } });
  }
}

/** Ctrl+P and the menu's Print: the page's report to the printer, if the page has one. */
export async function printCurrentReport(target: PrintTarget = 'printer'): Promise<void> {
  const { source } = usePrintStore.getState();
  if (!source) {
    usePrintStore.setState({ status: { kind: 'nothing-to-print' } });
    return;
  }
  await runPrint(source, target);
}
