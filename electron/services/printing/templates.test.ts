import { describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../shared/ipc/contract';
import {
  buildFooterTemplate,
  buildHeaderTemplate,
  buildPageMarginBoxCss,
  cssString,
  escapeHtml,
  pageOfPagesHtml,
  withPageStyle,
} from './templates';

const job: PrintJob = {
  title: 'Trial balance',
  companyName: 'Acme & Sons',
  html: '<html><head><title>r</title></head><body>x</body></html>',
  pageSize: 'A4',
  landscape: false,
  marginsMm: { top: 15, right: 12, bottom: 15, left: 14 },
  footer: { pageOfPages: 'Page {page} of {pages}', printedAt: 'Printed 25 Nov 2026 12:00' },
};

describe('header and footer templates', () => {
  it('put the company left and the title right, escaped', () => {
    const header = buildHeaderTemplate(job);
    expect(header).toMatch(/<span[^>]*>Acme &amp; Sons<\/span><span[^>]*>Trial balance<\/span>/);
  });

  it('set a readable font size, colour adjustment and the page side margins', () => {
    for (const template of [buildHeaderTemplate(job), buildFooterTemplate(job)]) {
      expect(template).toMatch(/font-size: 8\.5px/);
      expect(template).toContain('-webkit-print-color-adjust: exact');
      expect(template).toContain('padding: 0 12mm 0 14mm');
    }
  });

  it('fill the page numbers through Chromium’s pageNumber and totalPages spans', () => {
    expect(buildFooterTemplate(job)).toMatch(
      /Printed 25 Nov 2026 12:00<\/span><span[^>]*>Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span><\/span>/,
    );
    expect(pageOfPagesHtml('Страница {page} из {pages}')).toBe(
      'Страница <span class="pageNumber"></span> из <span class="totalPages"></span>',
    );
    expect(pageOfPagesHtml('{pages}. oldal / {page}')).toBe(
      '<span class="totalPages"></span>. oldal / <span class="pageNumber"></span>',
    );
  });

  it('never let user text become markup', () => {
    const hostile: PrintJob = {
      ...job,
      title: '<img src=x onerror=alert(1)>',
      companyName: '"><script>alert(2)</script>',
      footer: { pageOfPages: '<b>{page}</b>', printedAt: "it's <now>" },
    };
    const html = buildHeaderTemplate(hostile) + buildFooterTemplate(hostile);
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    expect(html).toContain('&lt;b&gt;<span class="pageNumber"></span>&lt;/b&gt;');
    expect(html).toContain('it&#39;s &lt;now&gt;');
  });

  it('escapeHtml escapes the five HTML specials', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('page margin boxes for the system print dialog', () => {
  it('carry the same header and footer, page size and margins', () => {
    const css = buildPageMarginBoxCss({ ...job, landscape: true, pageSize: 'Letter' });
    expect(css).toContain('size: Letter landscape;');
    expect(css).toContain('margin: 15mm 12mm 15mm 14mm;');
    expect(css).toMatch(/@top-left \{ content: "Acme & Sons";/);
    expect(css).toMatch(/@top-right \{ content: "Trial balance";/);
    expect(css).toMatch(/@bottom-left \{ content: "Printed 25 Nov 2026 12:00";/);
    expect(css).toMatch(/@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\);/);
  });

  it('keep user text inside CSS strings', () => {
    expect(cssString('say "hi" \\ </style><script>')).toBe('"say \\"hi\\" \\\\ \\3C /style>\\3C script>"');
    expect(cssString('line\nbreak')).toBe('"line break"');
    const css = buildPageMarginBoxCss({ ...job, title: '"; } body { display: none } @top-left { content: "x' });
    expect(css).toContain('@top-right { content: "\\"; } body { display: none } @top-left { content: \\"x";');
  });

  it('go last into <head>, or before <body>, or first', () => {
    expect(withPageStyle('<html><head><style>a{}</style></HEAD><body>x</body></html>', 'CSS')).toBe(
      '<html><head><style>a{}</style><style>\nCSS\n</style></HEAD><body>x</body></html>',
    );
    expect(withPageStyle('<body class="r">x</body>', 'CSS')).toBe('<style>\nCSS\n</style><body class="r">x</body>');
    expect(withPageStyle('<p>x</p>', 'CSS')).toBe('<style>\nCSS\n</style><p>x</p>');
  });
});
