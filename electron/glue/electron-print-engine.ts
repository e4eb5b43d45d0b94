import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfRenderOptions, PrintEngine } from '../services/printing/engine';

/**
 * Renders report HTML in a hidden window: printToPDF for files, print() for the system
 * dialog. The HTML goes through a temp file because data: URLs are limited in size.
 */

const inches = (mm: number) => mm / 25.4;
/** print() takes margins in CSS pixels (96 per inch). */
const pixels = (mm: number) => Math.round((mm / 25.4) * 96);

async function withReportWindow<T>(html: string, work: (reportWindow: BrowserWindow) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'backoffice-print-'));
  // Report HTML needs no scripts; with them off it can do nothing but be laid out.
  const reportWindow = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    const file = join(folder, 'report.html');
    await writeFile(file, html, 'utf8');
    await reportWindow.loadFile(file);
    return await work(reportWindow);
  } finally {
    reportWindow.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

export function createElectronPrintEngine(): PrintEngine {
  return {
    renderPdf: (html: string, page: PdfRenderOptions) =>
      withReportWindow(html, async (reportWindow) => {
        const pdf = await reportWindow.webContents.printToPDF({
          pageSize: page.pageSize,
          landscape: page.landscape,
          margins: {
            top: inches(page.marginsMm.top),
            right: inches(page.marginsMm.right),
            bottom: inches(page.marginsMm.bottom),
            left: inches(page.marginsMm.left),
          },
          displayHeaderFooter: page.headerTemplate !== '' || page.footerTemplate !== '',
          headerTemplate: page.headerTemplate,
          footerTemplate: page.footerTemplate,
          printBackground: true,
        });
        return new Uint8Array(pdf);
      }),

    printToPrinter: (html: string, page: PdfRenderOptions) =>
      withReportWindow(
        html,
        (reportWindow) =>
          new Promise<boolean>((resolve, reject) => {
            reportWindow.webContents.print(
              {
                silent: false,
                printBackground: true,
                pageSize: page.pageSize,
                landscape: page.landscape,
                margins: {
                  marginType: 'custom',
                  top: pixels(page.marginsMm.top),
                  right: pixels(page.marginsMm.right),
                  bottom: pixels(page.marginsMm.bottom),
                  left: pixels(page.marginsMm.left),
                },
              },
              (success, failureReason) => {
                if (success) resolve(true);
                else if (/cancel/i.test(failureReason)) resolve(false);
                else reject(new Error(`Printing failed: ${failureReason}`));
              },
            );
          }),
      ),
  };
}
