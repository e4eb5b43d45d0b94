import { describe, expect, it } from 'vitest';
import { readBankFixture } from '../../tests/fixtures/bank/read-fixture';
import { parseCamt053 } from './camt053';
import { decodeStatement } from './encoding';
import { skipAlreadyImported } from './fingerprint';
import { sniffStatementFormat } from './sniff';

function camtText(): string {
  const decoded = decodeStatement(readBankFixture('camt053.xml'));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.text;
}

describe('parseCamt053', () => {
  it('reads the statement, its balances and its booked entries', () => {
    const text = camtText();
    expect(sniffStatementFormat(text)).toBe('camt053');
    const result = parseCamt053(text, 'bank-eur');
    if (!result.ok) throw new Error(result.error);
    expect(result.statements).toHaveLength(1);
    const [statement] = result.statements;
    expect(statement).toMatchObject({
      account: 'HU42117730161111101800000000',
      currency: 'EUR',
      statementId: '2026-03-31-001',
      openingBalance: 500000,
      closingBalance: 607916,
      closingDate: '2026-03-31',
      skippedEntries: 1, // the pending card payment
      errors: [],
    });
    expect(statement?.totalsMismatch).toBeUndefined();
    expect(statement?.lines.map(({ fingerprint: _f, occurrence: _o, ...line }) => line)).toEqual([
      { date: '2026-03-03', description: 'Számla INV-2026-014', payee: 'Kovács és Társa Kft.', amount: 123456, reference: 'INV-2026-014', transactionId: '2026030300017', sourceRow: 1 },
      { date: '2026-03-10', description: 'Rechnung 77 Büromaterial & Toner', payee: 'Müller GmbH', amount: -15040, transactionId: '0002026031000042', sourceRow: 2 },
      { date: '2026-03-31', description: 'Számlavezetési díj', payee: '', amount: -500, sourceRow: 4 },
    ]);
  });

  it('a second import skips every entry', () => {
    const first = parseCamt053(camtText(), 'bank-eur');
    const again = parseCamt053(camtText(), 'bank-eur');
    if (!first.ok || !again.ok) throw new Error('not read');
    const known = first.statements.flatMap((s) => s.lines.map((l) => l.fingerprint));
    expect(skipAlreadyImported(again.statements[0]?.lines ?? [], known).fresh).toEqual([]);
  });

  it('reports lines that do not add up to the closing balance', () => {
    const result = parseCamt053(camtText().replace('<Amt Ccy="EUR">6079.16</Amt>', '<Amt Ccy="EUR">6079.00</Amt>'), 'bank-eur');
    expect(result.ok && result.statements[0]?.totalsMismatch).toEqual({ expected: 607916, found: 607900 });
  });

  it('refuses an entry without a readable amount, naming the entry, and gives no lines', () => {
    const result = parseCamt053(camtText().replace('<Amt Ccy="EUR">150.40</Amt>', '<Amt Ccy="EUR">150,40</Amt>'), 'bank-eur');
    if (!result.ok) throw new Error(result.error);
    expect(result.statements[0]?.lines).toEqual([]);
    expect(result.statements[0]?.errors).toEqual([{ row: 2, column: null, field: 'amount', code: 'invalidEntry', text: '150,40 EUR' }]);
  });

  it('refuses a truncated file and a file that is not a statement', () => {
    const text = camtText();
    expect(parseCamt053(text.slice(0, text.length / 2), 'a')).toMatchObject({ ok: false, error: 'truncatedFile' });
    expect(parseCamt053('<?xml version="1.0"?><Document><Other/></Document>', 'a')).toEqual({ ok: false, error: 'notAStatement' });
    expect(parseCamt053('<Document><a></b></Document>', 'a')).toMatchObject({ ok: false, error: 'malformedFile', line: 1 });
  });

  it('reads the newer layout: status as a code, names under Pty, prefixed namespaces', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><c:BkToCstmrStmt><c:Stmt><c:Id>S1</c:Id>
<c:Acct><c:Id><c:Othr><c:Id>40702810938000012345</c:Id></c:Othr></c:Id><c:Ccy>RUB</c:Ccy></c:Acct>
<c:Ntry><c:Amt Ccy="RUB">1500.00</c:Amt><c:CdtDbtInd>CRDT</c:CdtDbtInd><c:Sts><c:Cd>BOOK</c:Cd></c:Sts><c:BookgDt><c:Dt>2026-03-03</c:Dt></c:BookgDt>
<c:NtryDtls><c:TxDtls><c:RltdPties><c:Dbtr><c:Pty><c:Nm>ИП Иванов</c:Nm></c:Pty></c:Dbtr></c:RltdPties><c:RmtInf><c:Ustrd>Оплата по счёту № 7</c:Ustrd></c:RmtInf></c:TxDtls></c:NtryDtls></c:Ntry>
</c:Stmt></c:BkToCstmrStmt></c:Document>`;
    const result = parseCamt053(xml, 'a');
    expect(result.ok && result.statements[0]?.account).toBe('40702810938000012345');
    expect(result.ok && result.statements[0]?.lines[0]).toMatchObject({ payee: 'ИП Иванов', description: 'Оплата по счёту № 7', amount: 150000 });
  });
});
