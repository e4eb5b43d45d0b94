import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeEntries, type BankVatCode, type ReviewedLine } from './proposals';
import type { StatementLine } from './types';

const vatCodes: Record<string, BankVatCode> = {
  V27: { rate: { numerator: 27, denominator: 100 }, accountId: 'vat-input' },
  V5: { rate: { numerator: 5, denominator: 100 }, accountId: 'vat-input' },
  V0: { rate: { numerator: 0, denominator: 100 }, accountId: 'vat-input' },
};
const vatCodeOf = (code: string) => vatCodes[code];

function statementLine(amount: number, extra: Partial<StatementLine> = {}): StatementLine {
  return { date: '2026-03-05', description: 'Line', payee: 'Payee', amount, occurrence: 1, fingerprint: `fp-${amount}`, sourceRow: 2, ...extra };
}

describe('proposeEntries', () => {
  it('money in debits the bank and credits the counter-account', () => {
    const { proposals, problems } = proposeEntries([{ line: statementLine(123456, { description: 'Invoice 14' }), accountId: 'sales' }], 'bank', 'EUR', vatCodeOf);
    expect(problems).toEqual([]);
    expect(proposals).toEqual([
      {
        fingerprint: 'fp-123456',
        sourceRow: 2,
        entry: {
          date: '2026-03-05', payee: 'Payee', memo: 'Invoice 14', currency: 'EUR', status: 'draft', origin: 'bankImport', documentIds: [],
          lines: [
            { accountId: 'bank', debit: 123456, credit: 0 },
            { accountId: 'sales', debit: 0, credit: 123456 },
          ],
        },
      },
    ]);
  });

  it('money out with VAT: net to the expense, the tax to the VAT account, gross from the bank', () => {
    const { proposals } = proposeEntries([{ line: statementLine(-12700), accountId: 'office', vatCode: 'V27', payee: 'Tesco' }], 'bank', 'HUF', vatCodeOf);
    expect(proposals[0]?.entry.payee).toBe('Tesco');
    expect(proposals[0]?.entry.lines).toEqual([
      { accountId: 'bank', debit: 0, credit: 12700 },
      { accountId: 'office', debit: 10000, credit: 0, vatCode: 'V27' },
      { accountId: 'vat-input', debit: 2700, credit: 0, vatCode: 'V27' },
    ]);
  });

  it('lists lines it cannot propose and proposes the rest', () => {
    const reviewed: ReviewedLine[] = [
      { line: statementLine(-100), accountId: null },
      { line: statementLine(0), accountId: 'x' },
      { line: statementLine(-300), accountId: 'office', vatCode: 'NOPE' },
      { line: statementLine(-400), accountId: 'bank' },
      { line: statementLine(-500), accountId: 'office', vatCode: 'V0' },
    ];
    const { proposals, problems } = proposeEntries(reviewed, 'bank', 'EUR', vatCodeOf);
    expect(problems.map((p) => [p.index, p.code])).toEqual([[0, 'noAccount'], [1, 'zeroAmount'], [2, 'unknownVatCode'], [3, 'counterIsBankAccount']]);
    expect(proposals[0]?.entry.lines).toEqual([
      { accountId: 'bank', debit: 0, credit: 500 },
      { accountId: 'office', debit: 500, credit: 0, vatCode: 'V0' }, // 0% VAT: no tax line
    ]);
  });

  it('every proposal balances and moves the bank account by the statement amount (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.integer({ min: -1e12, max: 1e12 }).filter((n) => n !== 0), vat: fc.constantFrom(undefined, 'V27', 'V5', 'V0') }), { minLength: 1, maxLength: 20 }),
        (specs) => {
          const reviewed = specs.map(({ amount, vat }): ReviewedLine => ({ line: statementLine(amount), accountId: 'counter', ...(vat ? { vatCode: vat } : {}) }));
          const { proposals, problems } = proposeEntries(reviewed, 'bank', 'USD', vatCodeOf);
          expect(problems).toEqual([]);
          proposals.forEach((proposal, i) => {
            const lines = proposal.entry.lines;
            const debits = lines.reduce((s, l) => s + l.debit, 0);
            const credits = lines.reduce((s, l) => s + l.credit, 0);
            expect(debits).toBe(credits);
            expect(lines.every((l) => Number.isSafeInteger(l.debit) && Number.isSafeInteger(l.credit) && (l.debit === 0) !== (l.credit === 0))).toBe(true);
            const bank = lines.filter((l) => l.accountId === 'bank').reduce((s, l) => s + l.debit - l.credit, 0);
            expect(bank).toBe(specs[i]?.amount);
          });
        },
      ),
    );
  });
});
