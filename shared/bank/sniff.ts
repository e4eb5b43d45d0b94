/** Which kind of statement a decoded file is, from its first characters (not from its name, which users rename). */
export type StatementFormat = 'csv' | 'camt053' | 'ofx';

export function sniffStatementFormat(text: string): StatementFormat {
  const head = text.slice(0, 4000);
  if (/^\s*OFXHEADER\s*:/i.test(head) || /<\?OFX\b/i.test(head) || /<OFX>/i.test(head)) return 'ofx';
  if (/camt\.053|<(\w+:)?BkToCstmrStmt\b/.test(head)) return 'camt053';
  return 'csv';
}
