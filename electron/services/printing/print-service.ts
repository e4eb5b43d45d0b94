import type { PrintJob } from '../../../shared/ipc/contract';
import type { Dialogs } from '../dialogs';
import { safeFileName } from '../file-names';
import { saveToChosenFile } from '../save-file';
import type { PdfRenderOptions, PrintEngine } from './engine';
import {
  buildFooterTemplate,
  buildHeaderTemplate,
  buildPageMarginBoxCss,
  minimumHeaderFooterMarginMm,
  withPageStyle,
} from './templates';

/**
 * Printing for the report screens: the renderer builds the report's HTML, this service
 * adds the running header and footer, and either saves a PDF where the user chose in a
 * dialog (and nowhere else) or hands the page to the system print dialog.
 */
export type PrintService = {
  saveAsPdf(job: PrintJob): Promise<{ saved: boolean; fileName?: string }>;
  print(job: PrintJob): Promise<{ printed: boolean }>;
};

export function createPrintService({ engine, dialogs }: { engine: PrintEngine; dialogs: Dialogs }): PrintService {
  return {
    saveAsPdf(job) {
      return saveToChosenFile(dialogs, {
        title: job.title,
        extension: 'pdf',
        filterName: 'PDF',
        contents: () => engine.renderPdf(job.html, pdfRenderOptionsFor(job)),
      });
    },

    async print(job) {
      // The system print dialog takes no header/footer templates: the same header and
      // footer go into the page as CSS margin boxes instead.
      const options = pdfRenderOptionsFor(job);
      const html = withPageStyle(job.html, buildPageMarginBoxCss(job, options.marginsMm));
      const printed = await engine.printToPrinter(html, { ...options, headerTemplate: '', footerTemplate: '' });
      return { printed };
    },
  };
}

/** Page setup for a job; top and bottom margins grow so the header and footer fit. */
export function pdfRenderOptionsFor(job: PrintJob): PdfRenderOptions {
  const { top, right, bottom, left } = job.marginsMm;
  return {
    pageSize: job.pageSize,
    landscape: job.landscape,
    marginsMm: {
      top: Math.max(top, minimumHeaderFooterMarginMm),
      right,
      bottom: Math.max(bottom, minimumHeaderFooterMarginMm),
      left,
    },
    headerTemplate: buildHeaderTemplate(job),
    footerTemplate: buildFooterTemplate(job),
  };
}



/** The name the save dialog suggests for a report. */
export function suggestedPdfFileName(title: string): string {
  return safeFileName(title, 'pdf');
}
