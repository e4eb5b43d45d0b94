import type { PrintJob } from '../../../shared/ipc/contract';

/**
 * The running header (company left, report title right) and footer (print date left,
 * "Page X of Y" right) of every printed page, in two forms:
 * - Chromium header/footer templates for PDFs (printToPDF / page.pdf). Templates start
 *   with a tiny default font and no colour adjustment, so sizes and colours are explicit.
 * - CSS @page margin boxes for the system print dialog, whose print() has no templates.
 * All user text is escaped: a title is data, never markup or CSS.
 */

type Margins = PrintJob['marginsMm'];

/** Below this the header or footer would be clipped, so the page margins grow to it. */
export const minimumHeaderFooterMarginMm = 12;

// Single quotes only: this goes into style="..." attributes.
const fontCss = "font-family: system-ui, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; font-size: 8.5px; color: #333;";

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Splits a "Page {page} of {pages}" pattern into text and page-number tokens. */
function pagePatternParts(pattern: string): ({ text: string } | { counter: 'page' | 'pages' })[] {
  return pattern
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? { counter: 'page' } : part === '{pages}' ? { counter: 'pages' } : { text: part }));
}

/** "Page {page} of {pages}" → escaped HTML with Chromium's per-page number spans. */
export function pageOfPagesHtml(pattern: string): string {
  return pagePatternParts(pattern)
    .map((part) =>
      'text' in part
        ? escapeHtml(part.text)
        : part.counter === 'page'
          ? '<span class="pageNumber"></span>'
          : '<span class="totalPages"></span>',
    )
    .join('');
}

function templateRow(leftHtml: string, rightHtml: string, margins: Margins): string {
  const cell = 'overflow: hidden; white-space: nowrap; text-overflow: ellipsis;';
  return (
    `<div style="${fontCss} -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; ` +
    `width: 100%; padding: 0 ${margins.right}mm 0 ${margins.left}mm; display: flex; justify-content: space-between; gap: 6mm;">` +
    `<span style="${cell} flex: 0 1 auto;">${leftHtml}</span>` +
    `<span style="${cell} flex: 0 1 auto; text-align: right;">${rightHtml}</span>` +
    `</div>`
  );
}

export function buildHeaderTemplate(job: PrintJob): string {
  return templateRow(escapeHtml(job.companyName), escapeHtml(job.title), job.marginsMm);
}

export function buildFooterTemplate(job: PrintJob): string {
  return templateRow(escapeHtml(job.footer.printedAt), pageOfPagesHtml(job.footer.pageOfPages), job.marginsMm);
}

/** A CSS string literal; `<` is escaped too so the text cannot close the <style> element. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, '\\$&')
    .replace(/</g, '\\3C ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${escaped}"`;
}

function pageOfPagesCss(pattern: string): string {
  return pagePatternParts(pattern)
    .map((part) => ('text' in part ? cssString(part.text) : `counter(${part.counter})`))
    .join(' ');
}

/** The same header and footer as @page margin boxes, plus the page size and margins. */
export function buildPageMarginBoxCss(job: PrintJob, margins: Margins = job.marginsMm): string {
  const box = (content: string) => `{ content: ${content}; ${fontCss} }`;
  return [
    '@page {',
    `  size: ${job.pageSize} ${job.landscape ? 'landscape' : 'portrait'};`,
    `  margin: ${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm;`,
    `  @top-left ${box(cssString(job.companyName))}`,
    `  @top-right ${box(cssString(job.title))}`,
    `  @bottom-left ${box(cssString(job.footer.printedAt))}`,
    `  @bottom-right ${box(pageOfPagesCss(job.footer.pageOfPages))}`,
    '}',
  ].join('\n');
}

/** Puts a <style> last in <head>, so it wins over the report's own @page rules. */
export function withPageStyle(html: string, css: string): string {
  const style = `<style>\n${css}\n</style>`;
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd >= 0) return html.slice(0, headEnd) + style + html.slice(headEnd);
  const bodyStart = html.search(/<body[\s>]/i);
  if (bodyStart >= 0) return html.slice(0, bodyStart) + style + html.slice(bodyStart);
  return style + html;
}
