import { describe, expect, it } from 'vitest';
import { readBankFixture } from '../../tests/fixtures/bank/read-fixture';
import { readCsvRows } from './csv';
import { decodeStatement } from './encoding';
import type { ColumnMapping } from './mapping';
import { parseStatement } from './parse-csv';
import { suggestMapping } from './suggest';

function fixture(name: string): { text: string; mapping: ColumnMapping } {
  const decoded = decodeStatement(readBankFixture(name));
  if (!decoded.ok) throw new Error(decoded.error);
  const { mapping } = suggestMapping(readCsvRows(decoded.text));
  if (!mapping) throw new Error(`no mapping for ${name}`);
  return { text: decoded.text, mapping };
}
const total = (amounts: number[]) => amounts.reduce((a, b) => a + b, 0);

describe('parseStatement on the fixture statements', () => {
  it.each([
    // name, currency, lines, sum of amounts, last balance
    ['otp-iso-8859-2.csv', 'HUF', 9, 1212842, 2612842],
    ['otp-eur-windows-1250.csv', 'EUR', 6, 115210, 1115210],
    ['sberbank-windows-1251.csv', 'RUB', 7, -1105544, 23894456],
    ['english-utf8-bom.csv', 'USD', 6, 89139, 589139],
  ])('%s gives %d lines in %s', (name, currency, count, sum, lastBalance) => {
    const { text, mapping } = fixture(name);
    const result = parseStatement(text, mapping, currency, 'bank-1');
    expect(result.errors).toEqual([]);
    expect(result.balanceBreaks).toEqual([]);
    expect(result.lines).toHaveLength(count);
    expect(total(result.lines.map((l) => l.amount))).toBe(sum);
    expect(result.lines.at(-1)?.balance).toBe(lastBalance);
  });

  it('reads every field of a Russian line, with the quoted cell whole', () => {
    const { text, mapping } = fixture('sberbank-windows-1251.csv');
    const { lines } = parseStatement(text, mapping, 'RUB', 'bank-1');
    expect(lines[4]).toMatchObject({
      date: '2026-03-10',
      payee: 'ООО "Арендодатель"',
      description: 'Арендная плата за март; НДС не облагается',
      amount: -8500000,
      balance: 23970000,
      reference: '121',
      sourceRow: 10,
    });
    // Two identical fee lines on one day stay two lines, told apart by their occurrence.
    expect(lines.filter((l) => l.description === 'Комиссия за перевод').map((l) => l.occurrence)).toEqual([1, 2]);
    expect(new Set(lines.map((l) => l.fingerprint)).size).toBe(lines.length);
  });

  it('reads T/J marked amounts with their sign', () => {
    const { text, mapping } = fixture('otp-eur-windows-1250.csv');
    const { lines } = parseStatement(text, mapping, 'EUR', 'bank-1');
    expect(lines.map((l) => l.amount)).toEqual([-125000, 340050, -1299, -123456, 25000, -85]);
    expect(lines[0]?.description).toBe('„Bérleti díj” április');
  });
});

describe('a CSV that does not fit the mapping', () => {
  it("refuses another bank's file with errors naming row and column, and gives no lines", () => {
    const sber = fixture('sberbank-windows-1251.csv');
    const english = fixture('english-utf8-bom.csv');
    const result = parseStatement(english.text, { ...sber.mapping, delimiter: ',', skipRows: 0 }, 'RUB', 'bank-1');
    expect(result.lines).toEqual([]);
    expect(result.errorCount).toBeGreaterThan(0);
    // Row 2 is the first transaction; its 6 cells cannot fill the Russian mapping's 8 columns.
    expect(result.errors).toContainEqual({ row: 2, column: 7, field: 'credit', code: 'missingCell' });
    expect(result.errors).toContainEqual({ row: 2, column: 1, columnName: 'Date', field: 'date', code: 'invalidDate', text: '03/02/2026' });
  });

  it("refuses another bank's file read with this bank's mapping as it is", () => {
    const otp = fixture('otp-iso-8859-2.csv');
    const sber = fixture('sberbank-windows-1251.csv');
    const result = parseStatement(sber.text, otp.mapping, 'HUF', 'bank-1');
    expect(result.lines).toEqual([]);
    expect(result.errors[0]).toEqual({ row: 6, column: 1, columnName: 'Дата операции', field: 'date', code: 'invalidDate', text: '02.03.2026' });
    expect(new Set(result.errors.map((e) => e.row))).toEqual(new Set([6, 7, 8, 9, 10, 11, 12]));
  });

  it('names a text cell in the amount column', () => {
    const text = 'Date,Description,Amount\n2026-01-02,Rent,-500.00\n2026-01-03,Sale,twenty\n';
    const mapping: ColumnMapping = { delimiter: ',', skipRows: 0, hasHeader: true, date: 0, description: 1, amount: { kind: 'signed', column: 2 }, dateFormat: 'yyyy-MM-dd', decimalStyle: '1,234.56' };
    expect(parseStatement(text, mapping, 'USD', 'a')).toEqual({
      lines: [],
      errors: [{ row: 3, column: 3, columnName: 'Amount', field: 'amount', code: 'invalidAmount', text: 'twenty' }],
      errorCount: 1,
      balanceBreaks: [],
    });
  });

  it('refuses a file cut off in the middle of a row', () => {
    const bytes = readBankFixture('sberbank-windows-1251.csv');
    const decoded = decodeStatement(bytes.subarray(0, bytes.length - 40));
    if (!decoded.ok) throw new Error(decoded.error);
    const { mapping } = fixture('sberbank-windows-1251.csv');
    const result = parseStatement(decoded.text, mapping, 'RUB', 'bank-1');
    expect(result.lines).toEqual([]);
    expect(result.errors.every((e) => e.row === 12)).toBe(true);
    expect(result.errors.map((e) => e.code)).toContain('missingCell');
  });

  it('refuses a file cut inside a quoted cell', () => {
    const text = 'Date,Description,Amount\n2026-01-02,Rent,-500.00\n2026-01-03,"Sale of';
    const mapping: ColumnMapping = { delimiter: ',', skipRows: 0, hasHeader: true, date: 0, description: 1, amount: { kind: 'signed', column: 2 }, dateFormat: 'yyyy-MM-dd', decimalStyle: '1,234.56' };
    const result = parseStatement(text, mapping, 'USD', 'a');
    expect(result.lines).toEqual([]);
    expect(result.errors).toContainEqual({ row: 3, column: null, code: 'unclosedQuote' });
  });

  it('reports debit and credit both filled, unknown T/J marks, empty amounts', () => {
    const rows = 'D;T;Out;In\n02.01.2026;a;5,00;7,00\n03.01.2026;b;;\n';
    const mapping: ColumnMapping = { delimiter: ';', skipRows: 0, hasHeader: true, date: 0, description: 1, amount: { kind: 'debitCredit', debit: 2, credit: 3 }, dateFormat: 'dd.MM.yyyy', decimalStyle: '1 234,56' };
    expect(parseStatement(rows, mapping, 'EUR', 'a').errors.map((e) => [e.row, e.code])).toEqual([[2, 'bothDebitAndCredit'], [3, 'emptyAmount']]);
    const marked = 'D;Text;T/J;Sum\n02.01.2026;a;X;5,00\n';
    const withMark: ColumnMapping = { ...mapping, amount: { kind: 'withIndicator', column: 3, indicator: 2, debitMarks: ['T'] } };
    expect(parseStatement(marked, withMark, 'EUR', 'a').errors).toEqual([{ row: 2, column: 3, columnName: 'T/J', field: 'indicator', code: 'unknownIndicator', text: 'X' }]);
  });

  it('says when there is nothing under the header', () => {
    const mapping: ColumnMapping = { delimiter: ',', skipRows: 0, hasHeader: true, date: 0, description: 1, amount: { kind: 'signed', column: 2 }, dateFormat: 'yyyy-MM-dd', decimalStyle: '1,234.56' };
    expect(parseStatement('Date,Description,Amount\n', mapping, 'USD', 'a').errors).toEqual([{ row: 2, column: null, code: 'noTransactions' }]);
  });

  it('throws for a mapping the form should never let through', () => {
    const bad = { delimiter: ',', skipRows: 0, hasHeader: true, date: 0, description: 0, amount: { kind: 'signed', column: 0 }, dateFormat: 'yyyy-MM-dd', decimalStyle: '1,234.56' } as const;
    expect(() => parseStatement('x', bad, 'USD', 'a')).toThrow(RangeError);
  });
});

describe('running balance', () => {
  const mapping: ColumnMapping = { delimiter: ',', skipRows: 0, hasHeader: true, date: 0, description: 1, amount: { kind: 'signed', column: 2 }, balance: 3, dateFormat: 'yyyy-MM-dd', decimalStyle: '1,234.56', skipTrailingRows: 1 };

  it('reports a break where a line is missing, once', () => {
    const text = 'Date,Text,Amount,Balance\n2026-01-01,a,-10.00,90.00\n2026-01-02,b,-5.00,80.00\n2026-01-03,c,1.00,81.00\nClosing,,,81.00\n';
    const result = parseStatement(text, mapping, 'USD', 'a');
    expect(result.lines).toHaveLength(3);
    expect(result.balanceBreaks).toEqual([{ row: 3, expected: 8500, found: 8000 }]);
  });

  it('accepts a statement listed newest first', () => {
    const text = 'Date,Text,Amount,Balance\n2026-01-03,c,1.00,86.00\n2026-01-02,b,-5.00,85.00\n2026-01-01,a,-10.00,90.00\nOpening,,,100.00\n';
    expect(parseStatement(text, mapping, 'USD', 'a').balanceBreaks).toEqual([]);
  });
});
