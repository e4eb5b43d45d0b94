/** Page setup after the print service has built the header and footer. */
export type PdfRenderOptions = {
  pageSize: 'A4' | 'Letter';
  landscape: boolean;
  marginsMm: { top: number; right: number; bottom: number; left: number };
  /** Chromium header/footer templates (classes pageNumber, totalPages are filled per page). */
  headerTemplate: string;
  footerTemplate: string;
};

/**
 * What renders HTML to paper. In Electron: a hidden window's printToPDF / print
 * (electron/glue). In the test harness and dev host: Playwright's page.pdf() in Chromium.
 */
export interface PrintEngine {
  renderPdf(html: string, options: PdfRenderOptions): Promise<Uint8Array>;
  /** Shows the system print dialog; resolves false when the user cancels. */
  printToPrinter(html: string, options: PdfRenderOptions): Promise<boolean>;
}
