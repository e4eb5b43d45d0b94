import { renderToStaticMarkup } from 'react-dom/server';
import type { Report } from './report';
import { printStyles } from './printStyles';

type ReportInput = Pick<Report, 'title' | 'companyName' | 'body' | 'language' | 'period'>;

/** Builds the complete, self-contained HTML document that the print service renders to paper. */
export function renderReportHtml({ title, companyName, body, language, period }: ReportInput): string {
  const markup = renderToStaticMarkup(
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style>{printStyles}</style>
      </head>
      <body>
        <header className="report-header">
          <p className="report-company">{companyName}</p>
          <h1 className="report-title">{title}</h1>
          {period ? <p className="report-period">{period}</p> : null}
        </header>
        <main>{body}</main>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}
