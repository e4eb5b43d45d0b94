import type { Browser } from '@playwright/test';
import type { PdfRenderOptions, PrintEngine } from './engine';

/**
 * A PrintEngine on Playwright's Chromium, for the unit tests and the test harness, where
 * no Electron exists. It renders exactly as main's engine does (same HTML, templates and
 * page setup through page.pdf(), which maps 1:1 to printToPDF). Only types come from
 * Playwright, so this module has no runtime dependency on it.
 */

/**
 * Stands in for the printer: receives what would be printed, as a PDF. Returning false
 * plays a user who cancels the print dialog.
 */
export type PrintSpool = (pdf: Uint8Array) => Promise<boolean | void> | boolean | void;

export function createChromiumPrintEngine(
  browserProvider: () => Browser | Promise<Browser>,
  spool?: PrintSpool,
): PrintEngine {
  async function renderPdf(html: string, page: PdfRenderOptions): Promise<Uint8Array> {
    const browser = await browserProvider();
    // Like main's hidden print window: no scripts, no network; a fresh context per job.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const tab = await context.newPage();
      await tab.setContent(html, { waitUntil: 'load' });
      const pdf = await tab.pdf({
        format: page.pageSize,
        landscape: page.landscape,
        margin: {
          top: `${page.marginsMm.top}mm`,
          right: `${page.marginsMm.right}mm`,
          bottom: `${page.marginsMm.bottom}mm`,
          left: `${page.marginsMm.left}mm`,
        },
        displayHeaderFooter: page.headerTemplate !== '' || page.footerTemplate !== '',
        headerTemplate: page.headerTemplate,
        footerTemplate: page.footerTemplate,
        printBackground: true,
      });
      // A plain Uint8Array: a Node Buffer would not survive Playwright's serializer.
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  }

  return {
    renderPdf,
    async printToPrinter(html, page) {
      // Without a spool there is no printer to fall back to.
      if (!spool) throw new Error('No printer is available: this print engine has no spool.');
      return (await spool(await renderPdf(html, page))) !== false;
    },
  };
}
