import { invoke, IpcError } from '../../../ipc/client';
import { buildPrintJob } from '../../../print/printReport';
import { runPrint, usePrintStore, type PrintStatus } from '../../../print/printStore';
import type { PrintTarget } from '../../../print/report';
import type { LedgerReportSource } from './printSource';

/**
 * Prints a report the way the print pipeline does, but across the page when its table is
 * wide (the pipeline's jobs are upright). Status and "one at a time" as in `runPrint`.
 */
export async function runReportPrint(source: LedgerReportSource, target: PrintTarget): Promise<void> {
  if (!source.landscape) return runPrint(source, target);
  if (usePrintStore.getState().status.kind === 'working') return;
  usePrintStore.setState({ status: { kind: 'working', target } });
  try {
    const job = { ...(await buildPrintJob(await source.build())), landscape: true };
    let status: PrintStatus;
    if (target === 'pdf') {
      const answer = await invoke('print:save-pdf', job);
      status = answer.saved ? { kind: 'saved', fileName: answer.fileName } : { kind: 'idle' };
    } else {
      const answer = await invoke('print:to-printer', job);
      status = answer.printed ? { kind: 'printed' } : { kind: 'idle' };
    }
    usePrintStore.setState({ status });
  } catch (error) {
    const cancelled = error instanceof IpcError && error.code === 'CANCELLED';
    usePrintStore.setState({ status: cancelled ? { kind: 'idle' } : { kind: 'failed', error } });
  }
}
