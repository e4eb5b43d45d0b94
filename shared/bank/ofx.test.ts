import { describe, expect, it } from 'vitest';
import { readBankFixture } from '../../tests/fixtures/bank/read-fixture';
import { decodeStatement } from './encoding';
import { skipAlreadyImported } from './fingerprint';
import { parseOfx } from './ofx';
import { sniffStatementFormat } from './sniff';

function text(name: string): string {
  const decoded = decodeStatement(readBankFixture(name));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.text;
}
const withoutIds = <T extends { fingerprint: string; occurrence: number }>(lines: T[]) => lines.map(({ fingerprint: _f, occurrence: _o, ...line }) => line);

describe('parseOfx', () => {
  it('reads OFX 1 (SGML) with unclosed value tags and an empty MEMO', () => {
    const source = text('statement-v1.ofx');
    expect(sniffStatementFormat(source)).toBe('ofx');
    const result = parseOfx(source, 'checking');
    if (!result.ok) throw new Error(result.error);
    const [statement] = result.statements;
    expect(statement).toMatchObject({ account: '1234567890', currency: 'USD', closingBalance: 314585, closingDate: '2026-03-31', errors: [] });
    expect(withoutIds(statement?.lines ?? [])).toEqual([
      { date: '2026-03-03', description: 'Café Rouge POS purchase', payee: 'Café Rouge', amount: -4215, transactionId: '202603030001', sourceRow: 1 },
      { date: '2026-03-05', description: 'ACME CORP Invoice 2026-015 & 016', payee: 'ACME CORP', amount: 150000, transactionId: '202603050002', sourceRow: 2 },
      { date: '2026-03-10', description: 'J. Smith Plumbing', payee: 'J. Smith Plumbing', amount: -30000, reference: '1042', transactionId: '202603100003', sourceRow: 3 },
      { date: '2026-03-31', description: 'SERVICE CHARGE', payee: 'SERVICE CHARGE', amount: -1200, transactionId: '202603310004', sourceRow: 4 },
    ]);
  });

  it('reads OFX 2 (XML, .qfx) credit-card statements', () => {
    const source = text('creditcard-v2.qfx');
    expect(sniffStatementFormat(source)).toBe('ofx');
    const result = parseOfx(source, 'card');
    if (!result.ok) throw new Error(result.error);
    expect(result.statements[0]).toMatchObject({ account: '4111XXXXXXXX1111', currency: 'USD', closingBalance: -38019 });
    expect(result.statements[0]?.lines.map((l) => [l.date, l.payee, l.amount, l.transactionId])).toEqual([
      ['2026-04-02', 'Office Depot & Co', -6420, 'CC-2026-0001'],
      ['2026-04-11', "Zoë's Deli", -1599, 'CC-2026-0002'],
      ['2026-04-20', 'PAYMENT - THANK YOU', 10000, 'CC-2026-0003'],
    ]);
  });

  it('fingerprints by FITID, so a re-download with reworded names is still skipped', () => {
    const first = parseOfx(text('statement-v1.ofx'), 'checking');
    const reworded = parseOfx(text('statement-v1.ofx').replace('<NAME>ACME CORP', '<NAME>ACME CORPORATION'), 'checking');
    if (!first.ok || !reworded.ok) throw new Error('not read');
    const known = first.statements[0]?.lines.map((l) => l.fingerprint) ?? [];
    expect(skipAlreadyImported(reworded.statements[0]?.lines ?? [], known).fresh).toEqual([]);
  });

  it('refuses a truncated file, and a transaction without an amount names it', () => {
    const source = text('statement-v1.ofx');
    expect(parseOfx(source.slice(0, source.indexOf('</BANKTRANLIST>')), 'a')).toEqual({ ok: false, error: 'truncatedFile' });
    expect(parseOfx('Date,Amount\n', 'a')).toEqual({ ok: false, error: 'notAStatement' });
    const broken = parseOfx(source.replace('<TRNAMT>-300.00', '<TRNAMT>three hundred'), 'a');
    if (!broken.ok) throw new Error(broken.error);
    expect(broken.statements[0]?.lines).toEqual([]);
    expect(broken.statements[0]?.errors).toEqual([{ row: 3, column: null, field: 'amount', code: 'invalidEntry', text: 'three hundred' }]);
  });

  it('accepts a decimal comma in TRNAMT, as some European banks write', () => {
    const source = text('statement-v1.ofx').replace('<TRNAMT>-42.15', '<TRNAMT>-42,15');
    const result = parseOfx(source, 'a');
    expect(result.ok && result.statements[0]?.lines[0]?.amount).toBe(-4215);
  });
});
