/**
 * The stylesheet embedded in every printed report. Paper size and margins come from the
 * print job; this sheet keeps tables readable across pages: headers repeat on each page
 * and rows are never cut in half or clipped.
 */
export const printStyles = `
@page { size: A4; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: "Segoe UI", system-ui, -apple-system, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 10.5pt;
  line-height: 1.4;
  color: #111;
  background: #fff;
}
.report-header { border-bottom: 1.5pt solid #1f4e79; padding-bottom: 8pt; margin-bottom: 14pt; }
.report-company { font-size: 10pt; color: #444; margin: 0 0 2pt; }
.report-title { font-size: 17pt; font-weight: 600; margin: 0; color: #111; }
.report-period { margin: 3pt 0 0; color: #333; }
h2 { font-size: 12.5pt; margin: 16pt 0 6pt; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
table { width: 100%; border-collapse: collapse; margin: 0 0 10pt; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td {
  text-align: left;
  vertical-align: top;
  padding: 3.5pt 6pt;
  border-bottom: 0.5pt solid #c8c8c8;
  overflow-wrap: anywhere;
}
th { font-weight: 600; background: #eef2f6; border-bottom: 1pt solid #888; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.ids { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 8.5pt; }
table.details th { width: 32%; background: none; border-bottom: 0.5pt solid #c8c8c8; font-weight: 600; }
.muted { color: #555; }
.multiline { white-space: pre-line; }
.col-at { width: 26%; }
td.nowrap { white-space: nowrap; }
.col-action { width: 34%; }
`;
