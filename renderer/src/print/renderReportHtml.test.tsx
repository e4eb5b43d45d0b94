import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './renderReportHtml';

describe('renderReportHtml', () => {
  const html = renderReportHtml({
    title: 'Cégadatok',
    companyName: 'Kovács & Társa <Kft.>',
    language: 'hu',
    period: 'Üzleti év: 2026. január 1. – 2026. december 31.',
    body: (
      <table>
        <thead>
          <tr>
            <th>Dátum</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>2026</td>
          </tr>
        </tbody>
      </table>
    ),
  });

  it('is a complete HTML document in the report language', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="hu">')).toBe(true);
    expect(html).toContain('<meta charSet="utf-8"/>');
    expect(html).toContain('<title>Cégadatok</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has the header block and escapes what it prints', () => {
    expect(html).toContain('Kovács &amp; Társa &lt;Kft.&gt;');
    expect(html).toContain('<h1 class="report-title">Cégadatok</h1>');
    expect(html).toContain('Üzleti év: 2026. január 1.');
  });

  it('embeds the print stylesheet: repeating headers, rows not split', () => {
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('break-inside: avoid');
    expect(html).not.toContain('<script');
  });
});
