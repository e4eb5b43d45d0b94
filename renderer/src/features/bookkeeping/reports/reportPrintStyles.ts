/**
 * What the ledger reports add to the print pipeline's stylesheet: compact figures in
 * tabular digits, account paths that wrap at their ':' rather than inside a name, indented
 * account trees, and totals and balance notes that stand out in black and white.
 */
export const reportPrintStyles = `
.ledger-report table { font-size: 9.5pt; }
.ledger-report.is-wide table { font-size: 8.5pt; }
.ledger-report th, .ledger-report td { padding: 2.5pt 5pt; }
/* A column heading breaks between words, never inside one ("Curre-ncy" under a narrow column). */
.ledger-report thead th { overflow-wrap: normal; word-break: normal; hyphens: manual; }
.ledger-report td.num { white-space: nowrap; width: 1%; }
.ledger-report th.num { white-space: normal; overflow-wrap: normal; min-width: 17mm; }
.ledger-report .account, .ledger-report td.text { overflow-wrap: normal; word-break: normal; }
.ledger-report th.account { font-weight: 400; }
.ledger-report tr.subtotal th.account { font-weight: 600; }
.ledger-report .account { min-width: 48mm; }
.ledger-report.is-wide .account { min-width: 40mm; }
.ledger-report td.supplier { font-weight: 600; }
.ledger-report .code { color: #555; font-variant-numeric: tabular-nums; padding-right: 4pt; }
.ledger-report tbody th { background: none; border-bottom: 0.5pt solid #c8c8c8; }
.ledger-report tr.total td, .ledger-report tr.total th { font-weight: 700; border-top: 1pt solid #333; border-bottom: 1pt solid #333; background: #f3f5f7; }
.ledger-report tr.subtotal td { font-weight: 600; }
.ledger-report tr.section th { background: none; border-bottom: 0.5pt solid #888; font-size: 10.5pt; padding-top: 9pt; }
.ledger-report tr.entry-start td { border-top: 0.8pt solid #888; }
.ledger-report tr.detail td { color: #333; font-size: 8pt; border-bottom: 0.3pt dotted #bbb; }
.ledger-report .depth-1 { padding-left: 14pt; }
.ledger-report .depth-2 { padding-left: 26pt; }
.ledger-report .depth-3 { padding-left: 38pt; }
.ledger-report .depth-4 { padding-left: 50pt; }
.ledger-report .balance-note { font-weight: 600; margin: 6pt 0 10pt; padding: 4pt 6pt; border: 0.8pt solid #2d6a3e; color: #2d6a3e; }
.ledger-report .balance-note.is-off { border: 1.5pt solid #a4262c; color: #a4262c; }
.ledger-report .legend { font-size: 8.5pt; color: #555; }
.ledger-report .muted { color: #666; }
.ledger-report .nowrap { white-space: nowrap; }
.ledger-report .currency-note { margin: 0 0 8pt; padding: 4pt 6pt; border: 0.8pt solid #8a5a00; color: #5c3d00; }
.ledger-report .currency-statement h3 { font-size: 11pt; margin: 12pt 0 4pt; }
`;

/**
 * Wide reports go across the page. The pipeline's own sheet says `@page { size: A4 }`,
 * which Chromium honours over the job's landscape flag; this rule comes later in the
 * document, so it wins (and Ctrl+P prints the report across the page too).
 */
export const landscapePage = '\n@page { size: A4 landscape; }\n';
