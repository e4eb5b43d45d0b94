import { describe, expect, it } from 'vitest';
import { parseJournal } from './parse';

/** Parses one posting's amount in a two-posting transaction, after optional directives. */
function amountOf(amount: string, directives = ''): { minor: number; currency: string } {
  const result = parseJournal(`${directives}\n2024-01-01 t\n    a  ${amount}\n    b\n`);
  expect(result.errors).toEqual([]);
  const posting = result.transactions[0]!.postings[0]!;
  return { minor: posting.amount, currency: posting.currency };
}

function errorOf(amount: string, directives = '') {
  const result = parseJournal(`${directives}\n2024-01-01 t\n    a  ${amount}\n    b\n`);
  expect(result.transactions).toEqual([]);
  return result.errors[0]!;
}

describe('amounts', () => {
  it.each([
    ['$1,234.56', 123456, 'USD'],
    ['-$5', -500, 'USD'],
    ['$-5.5', -550, 'USD'],
    ['$ 12', 1200, 'USD'],
    ['US$2', 200, 'USD'],
    ['USD -10', -1000, 'USD'],
    ['1.234,56 EUR', 123456, 'EUR'],
    ['-€5', -500, 'EUR'],
    ['€-5', -500, 'EUR'],
    ['EUR -5', -500, 'EUR'],
    ['5EUR', 500, 'EUR'],
    ['"EUR" 7', 700, 'EUR'],
    ['7 "EUR"', 700, 'EUR'],
    ['+7 EUR', 700, 'EUR'],
    ['£12.34', 1234, 'GBP'],
    ['5 Ft', 5, 'HUF'],
    ['HUF 1 000', 1000, 'HUF'],
    ['12 500 Ft', 12500, 'HUF'],
    ['-1 000 000 HUF', -1000000, 'HUF'],
    ['1\u00a0000 HUF', 1000, 'HUF'],
    ['1\u202f000,50 EUR', 100050, 'EUR'],
    ['₽100', 10000, 'RUB'],
    ['1 234,56 руб', 123456, 'RUB'],
    ['.5 GBP', 50, 'GBP'],
    ['5. GBP', 500, 'GBP'],
    ['1.000 KWD', 1000, 'KWD'],
    ['2,5 KWD', 2500, 'KWD'],
    ['JPY 1,000,000', 1000000, 'JPY'],
    ['1000.00 HUF', 1000, 'HUF'],
    ['0.10 EUR', 10, 'EUR'],
    ['-0 EUR', 0, 'EUR'],
    ['0', 0, ''],
  ])('%s is %i minor units of %s', (text, minor, currency) => {
    expect(amountOf(text)).toEqual({ minor, currency });
  });

  // Each row was checked against hledger 1.25 (`hledger bal` with the same directives).
  describe('decimal marks as hledger reads them', () => {
    const table: [string, number, number, number][] = [
      // number, no directive, after `commodity 1.000,00 EUR`, after `decimal-mark .`  (EUR cents)
      ['1,000.50', 100050, 100050, 100050],
      ['1.000,50', 100050, 100050, 100050],
      ['1,000,000', 100000000, 100000000, 100000000],
      ['1.000.000', 100000000, 100000000, 100000000],
      ['1,5', 150, 150, 1500],
      ['1.5', 150, 1500, 150],
      ['1,000', 100, 100, 100000],
      ['1.000', 100, 100000, 100],
      ['1.000.000,5', 100000050, 100000050, 100000050],
      ['1,000,000.5', 100000050, 100000050, 100000050],
      ['1 000,5', 100050, 100050, 100050],
      ['1 000.5', 100050, 100050, 100050],
      ['12,34,567.5', 123456750, 123456750, 123456750],
    ];
    it.each(table)('%s', (number, plain, commodity, decimalMark) => {
      expect(amountOf(`${number} EUR`).minor).toBe(plain);
      expect(amountOf(`${number} EUR`, 'commodity 1.000,00 EUR').minor).toBe(commodity);
      expect(amountOf(`${number} EUR`, 'decimal-mark .').minor).toBe(decimalMark);
      expect(amountOf(`${number} EUR`, 'decimal-mark ,').minor).toBe(commodity);
    });

    it('a decimal-mark directive wins over a commodity directive, as in hledger', () => {
      expect(amountOf('1,5 EUR', 'commodity 1.000,00 EUR\ndecimal-mark .').minor).toBe(1500);
      expect(amountOf('1,5 EUR', 'decimal-mark .\ncommodity 1.000,00 EUR').minor).toBe(1500);
    });

    it('a commodity directive applies to its symbol only, from its line on', () => {
      expect(amountOf('1.000 €', 'commodity 1.000,00 EUR').minor).toBe(100);
      const result = parseJournal('2024-01-01 t\n    a  1.000 EUR\n    b\ncommodity 1.000,00 EUR\n2024-01-02 t\n    a  1.000 EUR\n    b\n');
      expect(result.transactions.map((t) => t.postings[0]!.amount)).toEqual([100, 100000]);
    });

    it('a format line under a commodity directive works like a sample amount', () => {
      expect(amountOf('1.000 EUR', 'commodity EUR\n    format 1.000,00 EUR').minor).toBe(100000);
    });
  });

  it.each([
    ['5', 'noCommodity'],
    ['5 XYZ', 'unknownCommodity'],
    ['5 ¥', 'unknownCommodity'],
    ['5 eur', 'unknownCommodity'],
    ['$1.005', 'tooPrecise'],
    ['1.5 HUF', 'tooPrecise'],
    ['99999999999999999 EUR', 'amountTooLarge'],
    ['$', 'badAmount'],
    ['EUR abc', 'badAmount'],
    ['-$-5', 'badAmount'],
    ['"EUR 5', 'badAmount'],
    ['1.000,000,5 EUR', 'badAmount'],
    ['5 EUR EUR', 'badPosting'],
  ])('%s is refused (%s) on its line', (text, code) => {
    const error = errorOf(text);
    expect(error.code).toBe(code);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^Line 3: /);
  });

  it('warns once per symbol where hledger and ledger read a number differently ("$1,000")', () => {
    const result = parseJournal('2024-01-01 t\n    a  $1,000\n    b  $2,000\n    c  $3.5\n    d\n2024-01-02 t\n    a  1.000 EUR\n    b  0,000 EUR\n    c\n');
    expect(result.errors).toEqual([]);
    expect(result.transactions[0]!.postings[0]!.amount).toBe(100);
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 2, column: 8, code: 'ambiguousNumber', params: { symbol: '$', text: '$1,000', count: '2' } }),
      expect.objectContaining({ line: 7, code: 'ambiguousNumber', params: { symbol: 'EUR', text: '1.000 EUR', count: '1' } }),
    ]);
    expect(result.warnings[0]!.message).toContain('commodity 1,000.00 $');
    expect(parseJournal('commodity $1,000.00\n2024-01-01 t\n    a  $1,000\n    b\n').warnings).toEqual([]);
    expect(parseJournal('2024-01-01 t\n    a  $1,000.00\n    b  $1,5\n    c\n').warnings).toEqual([]);
  });

  it('a trailing zero beyond the minor digits is fine, a real fraction is not', () => {
    expect(amountOf('$1.2500').minor).toBe(125);
    expect(errorOf('$1.2501').code).toBe('tooPrecise');
  });
});
