import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalStyles, readStatementAmount, writeStatementAmount } from './amounts';

describe('readStatementAmount', () => {
  it.each([
    ['1,234.56', '1,234.56', 'USD', 123456],
    ['-1,234,567.89', '1,234.56', 'USD', -123456789],
    ['$1,234.56', '1,234.56', 'USD', 123456],
    ['(12.50)', '1,234.56', 'USD', -1250],
    ['.5', '1,234.56', 'USD', 50],
    ['1 234,56', '1 234,56', 'RUB', 123456],
    ['-1\u00a0234,56', '1 234,56', 'RUB', -123456],
    ['1 234,56 ₽', '1 234,56', 'RUB', 123456],
    ['150,00 руб.', '1 234,56', 'RUB', 15000],
    ['1.234,56', '1.234,56', 'EUR', 123456],
    ['1.234', '1.234,56', 'EUR', 123400], // the style says '.' groups
    ['1.234', '1,234.56', 'KWD', 1234], // the style says '.' is decimal
    ['1.234,56-', '1.234,56', 'EUR', -123456], // a trailing minus, as some ledgers print
    ['-12.345,00', '1.234,56', 'HUF', -12345], // HUF has no minor digits; zero decimals are fine
    ['12 345 Ft', '1 234,56', 'HUF', 12345],
    ['+7,5', '1 234,56', 'EUR', 750],
    ['\u22125,00', '1 234,56', 'EUR', -500],
    ['0,00', '1 234,56', 'EUR', 0],
    ['-0,00', '1 234,56', 'EUR', 0],
  ] as const)('%s in %s (%s) is %d', (text, style, currency, minor) => {
    expect(readStatementAmount(text, style, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['', '1,234.56', 'emptyAmount'],
    ['   ', '1,234.56', 'emptyAmount'],
    ['abc', '1,234.56', 'invalidAmount'],
    ['12a', '1 234,56', 'invalidAmount'],
    ['1,2,3', '1 234,56', 'invalidAmount'],
    ['1.23,45', '1.234,56', 'invalidAmount'],
    ['12,34', '1,234.56', 'invalidAmount'], // "12,34" is not grouped by threes
    ['1.234 567', '1 234,56', 'invalidAmount'], // two kinds of grouping
    ['--5', '1,234.56', 'invalidAmount'],
    ['-(5)', '1,234.56', 'invalidAmount'],
    ['12.345', '1,234.56', 'tooManyDecimals'],
    ['12,5', '1 234,56', 'tooManyDecimals'], // in HUF below
    ['99999999999999999', '1,234.56', 'amountTooLarge'],
  ] as const)('refuses %j in %s', (text, style, error) => {
    const currency = text === '12,5' ? 'HUF' : 'USD';
    expect(readStatementAmount(text, style, currency)).toEqual({ ok: false, error });
  });
});

describe('writeStatementAmount', () => {
  it('writes each style as banks do', () => {
    expect(writeStatementAmount(-123456789, '1,234.56', 'USD')).toBe('-1,234,567.89');
    expect(writeStatementAmount(-123456789, '1 234,56', 'USD')).toBe('-1 234 567,89');
    expect(writeStatementAmount(-123456789, '1.234,56', 'USD')).toBe('-1.234.567,89');
    expect(writeStatementAmount(5, '1,234.56', 'USD')).toBe('0.05');
    expect(writeStatementAmount(1234567, '1.234,56', 'HUF')).toBe('1.234.567');
  });

  it('round-trips through readStatementAmount for every style and currency digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...decimalStyles),
        fc.constantFrom('USD', 'HUF', 'KWD'),
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (style, currency, minor) => {
          const text = writeStatementAmount(minor, style, currency);
          expect(readStatementAmount(text, style, currency)).toEqual({ ok: true, minor: minor === 0 ? 0 : minor });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
