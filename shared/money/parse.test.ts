import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError } from './errors';
import { formatMoney } from './format';
import { parseMoney, type ParseMoneyError } from './parse';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('parseMoney accepts the ways people type amounts', () => {
  it.each([
    // en-US
    ['1,234.56', 'USD', 'en-US', 123456],
    ['1234.56', 'USD', 'en-US', 123456],
    ['  12  ', 'USD', 'en-US', 1200],
    ['0.5', 'USD', 'en-US', 50],
    ['.5', 'USD', 'en-US', 50],
    ['5.', 'USD', 'en-US', 500],
    ['1,234,567', 'USD', 'en-US', 123456700],
    ['-1,234.56', 'USD', 'en-US', -123456],
    ['\u22121.50', 'USD', 'en-US', -150],
    ['+3', 'USD', 'en-US', 300],
    ['(1,234.56)', 'USD', 'en-US', -123456],
    ['($1,234.56)', 'USD', 'en-US', -123456],
    ['$1,234.56', 'USD', 'en-US', 123456],
    ['-$1.50', 'USD', 'en-US', -150],
    ['$-1.50', 'USD', 'en-US', -150],
    ['USD 12', 'USD', 'en-US', 1200],
    ['12 usd', 'USD', 'en-US', 1200],
    ['HUF 1,234', 'HUF', 'en-US', 1234],
    ['-HUF 1,234', 'HUF', 'en-US', -1234],
    ['€1,234.56', 'EUR', 'en-US', 123456],
    ['1.234', 'KWD', 'en-US', 1234], // the locale's own reading: a decimal point
    ['1,234', 'KWD', 'en-US', 1234000], // the locale's own reading: grouping
    // the other common form where only one reading exists
    ['1,5', 'USD', 'en-US', 150],
    ['1.234,56', 'USD', 'en-US', 123456],
    ['1 234.56', 'USD', 'en-US', 123456],
    ['1.234.567', 'USD', 'en-US', 123456700],
    // ru-RU
    [`1${NBSP}234,56`, 'RUB', 'ru-RU', 123456],
    [`1${NNBSP}234,56`, 'RUB', 'ru-RU', 123456],
    ['1 234 567,89', 'RUB', 'ru-RU', 123456789],
    ['1234,5', 'RUB', 'ru-RU', 123450],
    [`-1${NBSP}234,56${NBSP}₽`, 'RUB', 'ru-RU', -123456],
    ['1 234,56 руб', 'RUB', 'ru-RU', null],
    ['1 234,56 RUB', 'RUB', 'ru-RU', 123456],
    ['12.5', 'RUB', 'ru-RU', 1250],
    ['1,234.56', 'RUB', 'ru-RU', 123456],
    // hu-HU
    ['1.234,56', 'EUR', 'hu-HU', 123456],
    ['1 234,56', 'EUR', 'hu-HU', 123456],
    [`1${NBSP}234${NBSP}567 Ft`, 'HUF', 'hu-HU', 1234567],
    ['1.234.567', 'HUF', 'hu-HU', 1234567],
    ['-1 234 Ft', 'HUF', 'hu-HU', -1234],
    ['(1 234 Ft)', 'HUF', 'hu-HU', -1234],
    ['1234,5 EUR', 'EUR', 'hu-HU', 123450],
    ['0,005', 'BHD', 'hu-HU', 5],
    ['100', 'JPY', 'hu-HU', 100],
    ["1'234.50", 'USD', 'en-US', 123450],
  ] as const)('%j %s in %s → %s', (input, currency, locale, minor) => {
    const result = parseMoney(input, currency, locale);
    if (minor === null) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: { minor, currency } });
  });
});

describe('parseMoney refuses what it cannot read exactly', () => {
  it.each<[string, string, string, ParseMoneyError]>([
    ['', 'USD', 'en-US', 'empty'],
    [`  ${NBSP} `, 'USD', 'en-US', 'empty'],
    ['abc', 'USD', 'en-US', 'notANumber'],
    ['$', 'USD', 'en-US', 'notANumber'],
    ['-', 'USD', 'en-US', 'notANumber'],
    ['()', 'USD', 'en-US', 'notANumber'],
    ['1e5', 'USD', 'en-US', 'notANumber'],
    ['0x10', 'USD', 'en-US', 'notANumber'],
    ['Infinity', 'USD', 'en-US', 'notANumber'],
    ['--5', 'USD', 'en-US', 'notANumber'],
    ['(-5)', 'USD', 'en-US', 'notANumber'],
    ['5-', 'USD', 'en-US', 'notANumber'],
    ['€5', 'USD', 'en-US', 'notANumber'], // another currency's symbol
    ['$5 USD', 'USD', 'en-US', 'notANumber'],
    ['1.2.3', 'USD', 'en-US', 'notANumber'],
    ['1,23,456', 'USD', 'en-US', 'notANumber'],
    ['1,234,56', 'USD', 'en-US', 'notANumber'],
    ['1 23', 'USD', 'en-US', 'notANumber'],
    ['1 234.567,89', 'EUR', 'hu-HU', 'notANumber'],
    ['1.234.567,8.9', 'EUR', 'hu-HU', 'notANumber'],
    ['1,2 3', 'EUR', 'hu-HU', 'notANumber'],
    // ambiguous: a thousands point or a decimal point?
    ['1.234', 'EUR', 'hu-HU', 'notANumber'],
    ['1.234', 'KWD', 'ru-RU', 'notANumber'],
    // excess decimals are refused, never rounded
    ['1.234', 'USD', 'en-US', 'tooManyDecimals'],
    ['1.5', 'JPY', 'en-US', 'tooManyDecimals'],
    ['100,00', 'HUF', 'hu-HU', 'tooManyDecimals'],
    ['1.234,56', 'HUF', 'hu-HU', 'tooManyDecimals'],
    ['0.0001', 'KWD', 'en-US', 'tooManyDecimals'],
    ['1,234', 'EUR', 'hu-HU', 'tooManyDecimals'],
    ['90071992547409.92', 'USD', 'en-US', 'tooLarge'],
    ['-9007199254740992', 'JPY', 'en-US', 'tooLarge'],
    ['1' + '0'.repeat(400), 'USD', 'en-US', 'tooLarge'],
  ])('%j %s in %s → %s', (input, currency, locale, error) => {
    expect(parseMoney(input, currency, locale)).toEqual({ ok: false, error });
  });

  it('takes the largest safe amount exactly', () => {
    expect(parseMoney('90,071,992,547,409.91', 'USD', 'en-US')).toEqual({
      ok: true,
      value: { minor: Number.MAX_SAFE_INTEGER, currency: 'USD' },
    });
  });

  it('throws for an unknown currency, which is a programming error', () => {
    expect(() => parseMoney('1', 'XYZ', 'en-US')).toThrow(MoneyError);
  });
});

describe('parseMoney on any text', () => {
  const pieces = ['0', '1', '5', '9', '.', ',', ' ', NBSP, NNBSP, '-', '+', '(', ')', '$', '€', 'Ft', 'EUR', 'e', "'"];
  const texts = fc.oneof(fc.string(), fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join('')));

  it('never throws, and what it accepts it reads back the same after formatting', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('en-US', 'ru-RU', 'hu-HU'), fc.constantFrom('USD', 'EUR', 'HUF', 'KWD'), (text, locale, currency) => {
        const result = parseMoney(text, currency, locale);
        if (result.ok) expect(parseMoney(formatMoney(result.value, locale), currency, locale)).toEqual(result);
      }),
      { numRuns: 3000 },
    );
  });
});
