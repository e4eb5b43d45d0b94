import { basename, extname, isAbsolute } from 'node:path';
import { IpcFailure } from '../../../shared/ipc/errors';
import type { PrintJob } from '../../../shared/ipc/contract';
import type { Dialogs } from '../dialogs';
import { writeFileAtomic } from '../atomic-file';
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
    async saveAsPdf(job) {
      const chosen = await dialogs.chooseSavePath({
        title: job.title,
        defaultFileName: suggestedPdfFileName(job.title),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (chosen === null) return { saved: false };
      const target = pdfTargetPath(chosen);
      const pdf = await engine.renderPdf(job.html, pdfRenderOptionsFor(job));
      try {
        await writeFileAtomic(target, pdf);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
        throw new IpcFailure('IO_ERROR', `Could not save the PDF as "${target}" (${reason}). Choose another folder or file name.`, {
          fileName: basename(target),
          reason,
        });
      }
      return { saved: true, fileName: basename(target) };
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

/** The dialog's answer, made a .pdf; a relative path means a broken dialog, not a user choice. */
function pdfTargetPath(chosen: string): string {
  if (!isAbsolute(chosen)) throw new Error(`The save dialog returned a relative path: ${chosen}`);
  return extname(chosen).toLowerCase() === '.pdf' ? chosen : `${chosen}.pdf`;
}

// Characters Windows forbids in names (macOS and Linux forbid a subset of them).
const illegalInFileName = /[<>:"/\\|?*]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const controlCharacters = /[\u0000-\u001f\u007f]/g;
// Names Windows reserves for devices, with or without an extension (CON, con.txt, COM1).
const windowsDeviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const maxBaseNameLength = 100;

/**
 * A file name for the save dialog to suggest, from the report title: legal on Windows,
 * macOS and Linux, no path separators, no leading dot, never a device name, never empty.
 */
export function suggestedPdfFileName(title: string): string {
  let name = title
    .normalize('NFC')
    .replace(controlCharacters, ' ')
    .replace(illegalInFileName, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    // Leading dots hide files (or climb folders); trailing dots and spaces vanish on Windows.
    .replace(/^[\s.-]+/, '')
    .replace(/[\s.]+$/, '');
  name = Array.from(name).slice(0, maxBaseNameLength).join('').replace(/[\s.]+$/, '');
  if (name === '') name = 'report';
  if (windowsDeviceName.test(name)) name = `_${name}`;
  return `${name}.pdf`;
}
