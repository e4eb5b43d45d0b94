import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyCodes } from './currencies';
import { formatAmount, formatMoney, type MoneyDisplay } from './format';
import { money } from './money';
import { parseMoney } from './parse';

// Intl writes no-break spaces; compare with plain ones for readable expectations.
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('formatMoney', () => {
  it.each([
    [-123456, 'USD', 'en-US', 'symbol', '-$1,234.56'],
    [123456, 'USD', 'en-US', 'code', 'USD 1,234.56'],
    [123456, 'RUB', 'ru-RU', 'symbol', '1 234,56 ₽'],
    [1234567, 'HUF', 'hu-HU', 'symbol', '1 234 567 Ft'],
    // Four digits are grouped like longer amounts, so a column of forints lines up.
    [1234, 'HUF', 'hu-HU', 'symbol', '1 234 Ft'],
    [-5, 'JPY', 'en-US', 'symbol', '-¥5'],
    [1234567, 'KWD', 'en-US', 'none', '1,234.567'],
    [-1, 'BHD', 'ru-RU', 'code', '-0,001 BHD'],
    [0, 'EUR', 'hu-HU', 'symbol', '0,00 EUR'],
    [0, 'EUR', 'ru-RU', 'symbol', '0,00 €'],
    [Number.MAX_SAFE_INTEGER, 'USD', 'en-US', 'symbol', '$90,071,992,547,409.91'],
  ] as const)('%s %s in %s (%s) → %s', (minor, currency, locale, display, expected) => {
    expect(plain(formatMoney(money(minor, currency), locale, { display }))).toBe(expected);
  });

  it('formatAmount writes the number only, with every minor digit', () => {
    expect(plain(formatAmount(123450, 'EUR', 'en-US'))).toBe('1,234.50');
    expect(plain(formatAmount(-123450, 'EUR', 'ru-RU'))).toBe('-1 234,50');
    expect(plain(formatAmount(1000000, 'HUF', 'hu-HU'))).toBe('1 000 000');
    expect([123400, 1234500].map((minor) => plain(formatAmount(minor, 'EUR', 'hu-HU')))).toEqual(['1 234,00', '12 345,00']);
  });

  it('refuses amounts that are not money', () => {
    expect(() => formatMoney({ minor: 1.5, currency: 'USD' }, 'en-US')).toThrow();
    expect(() => formatAmount(1, 'XYZ', 'en-US')).toThrow();
  });
});

describe('format → parse round trip', () => {
  const locales = fc.constantFrom('en-US', 'ru-RU', 'hu-HU');
  const displays = fc.constantFrom<MoneyDisplay>('symbol', 'code', 'none');
  const minors = fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.maxSafeInteger());

  it('reads back what it wrote, for the main currencies', () => {
    const currencies = fc.constantFrom('USD', 'EUR', 'HUF', 'RUB', 'JPY', 'KWD', 'BHD', 'GBP', 'CHF', 'CAD');
    fc.assert(
      fc.property(minors, currencies, locales, displays, (minor, currency, locale, display) => {
        const text = formatMoney(money(minor, currency), locale, { display });
        expect(parseMoney(text, currency, locale)).toEqual({ ok: true, value: { minor, currency } });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what it wrote, for every known currency', () => {
    fc.assert(
      fc.property(minors, fc.constantFrom(...currencyCodes), locales, displays, (minor, currency, locale, display) => {
        const text = formatMoney(money(minor, currency), locale, { display });
        expect(parseMoney(text, currency, locale)).toEqual({ ok: true, value: { minor, currency } });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back table amounts', () => {
    fc.assert(
      fc.property(minors, fc.constantFrom('USD', 'HUF', 'JPY', 'KWD'), locales, (minor, currency, locale) => {
        expect(parseMoney(formatAmount(minor, currency, locale), currency, locale)).toEqual({ ok: true, value: { minor, currency } });
      }),
    );
  });
});
