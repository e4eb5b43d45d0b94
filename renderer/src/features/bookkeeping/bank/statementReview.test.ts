import { describe, expect, it } from 'vitest';
import { fingerprintLines, type BankRule, type ColumnMapping } from '../../../../../shared/bank';
import type { VatCode } from '../../../../../shared/ledger';
import { fieldsOfColumns, formFromMapping, mappingFromForm, previewOfForm } from './mappingForm';
import { applyRulesToReview, proposalsForReview, readStructuredStatement, reviewLinesOf, reviewTotals } from './statementReview';

const lines = fingerprintLines(
  [
    { date: '2026-03-02', description: 'Комиссия за перевод', payee: 'ПАО Сбербанк', amount: -15_000, sourceRow: 2 },
    { date: '2026-03-03', description: 'Оплата по договору', payee: 'ИП Иванов', amount: 12_000_000, sourceRow: 3 },
    { date: '2026-03-04', description: 'Аренда', payee: 'ООО Арендодатель', amount: -8_500_000, sourceRow: 4 },
  ],
  'bank',
);
const rule = (id: string, pattern: string, accountId: string, vatCode?: string): BankRule => ({ id, match: { field: 'description', kind: 'contains', pattern }, accountId, ...(vatCode ? { vatCode } : {}) });

describe('review lines', () => {
  it('marks lines already in the books and fills the others from the rules', () => {
    const { lines: rows } = reviewLinesOf(lines, new Set([lines[0]!.fingerprint]), [rule('r1', 'комиссия', 'fees'), rule('r2', 'аренда', 'rent')]);
    expect(rows.map((row) => [row.alreadyImported, row.include, row.accountId, row.ruleId])).toEqual([
      [true, false, '', null],
      [false, true, '', null],
      [false, true, 'rent', 'r2'],
    ]);
    expect(reviewTotals(rows)).toEqual({ lines: 3, alreadyImported: 1, toPost: 2, withoutAccount: 1, moneyIn: 12_000_000, moneyOut: 8_500_000 });
  });

  it('re-applies rules only to lines not chosen by hand, and clears a rule that no longer matches', () => {
    const { lines: first } = reviewLinesOf(lines, new Set(), [rule('r2', 'аренда', 'rent')]);
    const edited = first.map((row, index) => (index === 1 ? { ...row, accountId: 'sales', chosenByHand: true } : row));
    const { lines: again } = applyRulesToReview(edited, [rule('r3', 'оплата', 'other')]);
    expect(again.map((row) => [row.accountId, row.ruleId])).toEqual([
      ['', null],
      ['sales', null],
      ['', null],
    ]);
  });

  it('proposes entries for ticked lines with a VAT split, naming problems by row', () => {
    const vat: VatCode = { id: 'v20', code: 'V20', name: 'VAT 20%', rate: { numerator: 20, denominator: 100 }, kind: 'input', accountId: 'vatIn', archived: false, createdAt: '', updatedAt: '' };
    const { lines: rows } = reviewLinesOf(lines, new Set(), [rule('r2', 'аренда', 'rent', 'v20')]);
    const { proposals, problems } = proposalsForReview(rows, 'bank', 'RUB', [vat]);
    expect(problems.map((problem) => [problem.sourceRow, problem.code])).toEqual([
      [2, 'noAccount'],
      [3, 'noAccount'],
    ]);
    expect(proposals[0]?.entry.lines).toEqual([
      { accountId: 'bank', debit: 0, credit: 8_500_000 },
      { accountId: 'rent', debit: 7_083_333, credit: 0, vatCode: 'v20' },
      { accountId: 'vatIn', debit: 1_416_667, credit: 0, vatCode: 'v20' },
    ]);
    const unticked = rows.map((row) => ({ ...row, include: false }));
    expect(proposalsForReview(unticked, 'bank', 'RUB', [vat])).toEqual({ proposals: [], problems: [] });
  });

  it('refuses a structured statement in another currency', () => {
    const ofx = 'OFXHEADER:100\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>';
    expect(readStructuredStatement(ofx, 'ofx', 'bank', 'EUR')).toEqual({ ok: false, error: 'currencyMismatch' });
  });
});

describe('mapping form', () => {
  const mapping: ColumnMapping = {
    delimiter: ';',
    skipRows: 1,
    hasHeader: true,
    date: 0,
    description: 2,
    payee: 1,
    amount: { kind: 'withIndicator', column: 3, indicator: 4, debitMarks: ['T'] },
    dateFormat: 'yyyy.MM.dd',
    decimalStyle: '1 234,56',
  };

  it('turns a mapping into the form and back', () => {
    const form = formFromMapping(mapping, ',');
    expect(form).toMatchObject({ delimiter: ';', amountKind: 'withIndicator', amount: 3, indicator: 4, debitMarks: 'T', balance: null });
    expect(mappingFromForm(form)).toEqual({ ok: true, mapping });
    expect(fieldsOfColumns(form)).toEqual(new Map([[0, ['date']], [2, ['description']], [1, ['payee']], [3, ['amount']], [4, ['indicator']]]));
  });

  it('says what is missing and refuses one column for two things', () => {
    const empty = formFromMapping({}, ',');
    expect(mappingFromForm(empty)).toEqual({ ok: false, missing: ['date', 'description', 'amount', 'dateFormat', 'decimalStyle'], sameColumnTwice: false });
    const clash = { ...formFromMapping(mapping, ','), description: 0 };
    expect(mappingFromForm(clash)).toEqual({ ok: false, missing: [], sameColumnTwice: true });
  });

  it('previews the table as the form reads it', () => {
    const text = 'Bank Ltd statement\nDátum;Partner;Közlemény;Összeg;T/J\n2026.03.01;A;x;1,00;T\n2026.03.02;B;y;2,00;J\n';
    expect(previewOfForm(text, formFromMapping(mapping, ','))).toEqual({
      titles: ['Dátum', 'Partner', 'Közlemény', 'Összeg', 'T/J'],
      rows: [
        ['2026.03.01', 'A', 'x', '1,00', 'T'],
        ['2026.03.02', 'B', 'y', '2,00', 'J'],
      ],
      columnCount: 5,
    });
  });
});
