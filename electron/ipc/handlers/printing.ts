import type { Dialogs } from '../../services/dialogs';
import type { PrintEngine } from '../../services/printing/engine';
import { createPrintService } from '../../services/printing/print-service';
import { defineHandlers, type HandlerGroup } from '../registry';

/** Save a report as PDF (path from the save dialog only) or send it to a printer. */
export function printingHandlers(deps: { printEngine: PrintEngine; dialogs: Dialogs }): HandlerGroup {
  const printing = createPrintService({ engine: deps.printEngine, dialogs: deps.dialogs });
  return defineHandlers('printing', {
    'print:save-pdf': (job) => printing.saveAsPdf(job),
    'print:to-printer': (job) => printing.print(job),
  });
}
