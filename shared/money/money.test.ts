import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError } from './errors';
import {
  add,
  compareMoney,
  isZero,
  money,
  moneyFromBigInt,
  moneySchema,
  negate,
  subtract,
  sumMoney,
  toDecimalString,
} from './money';
import { multiplyByRate } from './rate';

const MAX = Number.MAX_SAFE_INTEGER;

function errorCodeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof MoneyError ? error.code : `not a MoneyError: ${String(error)}`;
  }
  return undefined;
}

describe('money', () => {
  it('keeps integer minor units and the currency', () => {
    expect(money(12345, 'EUR')).toEqual({ minor: 12345, currency: 'EUR' });
    expect(Object.is(money(-0, 'EUR').minor, 0)).toBe(true);
  });

  it.each([[1.5], [Number.NaN], [Infinity], [MAX + 1]])('refuses %s minor units', (minor) => {
    expect(errorCodeOf(() => money(minor, 'USD'))).toBe('notSafeInteger');
  });

  it.each([['usd'], ['XYZ'], ['EURO'], ['']])('refuses the currency %j', (currency) => {
    expect(errorCodeOf(() => money(1, currency))).toBe('unknownCurrency');
  });

  it('moneyFromBigInt refuses amounts past the safe range', () => {
    expect(moneyFromBigInt(BigInt(-MAX), 'USD').minor).toBe(-MAX);
    expect(errorCodeOf(() => moneyFromBigInt(BigInt(MAX) + 1n, 'USD'))).toBe('overflow');
  });
});

describe('arithmetic', () => {
  const eur = (minor: number) => money(minor, 'EUR');

  it('adds, subtracts, negates and compares', () => {
    expect(add(eur(150), eur(-50))).toEqual(eur(100));
    expect(subtract(eur(150), eur(200))).toEqual(eur(-50));
    expect(negate(eur(7))).toEqual(eur(-7));
    expect(isZero(subtract(eur(3), eur(3)))).toBe(true);
    expect([eur(3), eur(-1), eur(2)].sort(compareMoney)).toEqual([eur(-1), eur(2), eur(3)]);
    expect(compareMoney(eur(2), eur(2))).toBe(0);
  });

  it('refuses to mix currencies', () => {
    const usd = money(1, 'USD');
    expect(errorCodeOf(() => add(eur(1), usd))).toBe('currencyMismatch');
    expect(errorCodeOf(() => subtract(eur(1), usd))).toBe('currencyMismatch');
    expect(errorCodeOf(() => compareMoney(eur(1), usd))).toBe('currencyMismatch');
    expect(errorCodeOf(() => sumMoney([eur(1), usd], 'EUR'))).toBe('currencyMismatch');
    expect(errorCodeOf(() => sumMoney([eur(1)], 'USD'))).toBe('currencyMismatch');
  });

  it('refuses results past the safe integer range', () => {
    expect(errorCodeOf(() => add(eur(MAX), eur(1)))).toBe('overflow');
    expect(errorCodeOf(() => subtract(eur(-MAX), eur(1)))).toBe('overflow');
    expect(errorCodeOf(() => sumMoney([eur(MAX), eur(MAX)], 'EUR'))).toBe('overflow');
  });

  it('sums exactly, even through a running total past the safe range', () => {
    expect(sumMoney([], 'HUF')).toEqual(money(0, 'HUF'));
    expect(sumMoney([eur(MAX), eur(MAX), eur(-MAX)], 'EUR')).toEqual(eur(MAX));
  });

  it('sums like BigInt does', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeInteger(), { maxLength: 20 }), (minors) => {
        const exact = minors.reduce((s, m) => s + BigInt(m), 0n);
        const list = minors.map(eur);
        if (exact > BigInt(MAX) || exact < BigInt(-MAX)) {
          expect(errorCodeOf(() => sumMoney(list, 'EUR'))).toBe('overflow');
        } else {
          expect(BigInt(sumMoney(list, 'EUR').minor)).toBe(exact);
        }
      }),
    );
  });
});

describe('multiplyByRate', () => {
  it.each([
    [10000, 27, 100, 'half-up', 2700], // VAT 27% on 100.00
    [12345, 27, 100, 'half-up', 3333], // 33.3315
    [50, 5, 100, 'half-up', 3], // 2.5 → 3
    [50, 5, 100, 'half-even', 2], // 2.5 → 2
    [-50, 5, 100, 'half-up', -3],
    [-50, 5, 100, 'half-even', -2],
    [150, 55, 1000, 'half-even', 8], // 5.5% of 1.50 = 0.0825
  ] as const)('%s × %s/%s (%s) = %s', (minor, numerator, denominator, mode, expected) => {
    expect(multiplyByRate(money(minor, 'EUR'), { numerator, denominator }, mode)).toEqual(money(expected, 'EUR'));
  });

  it('refuses bad rates and overflow', () => {
    const m = money(100, 'EUR');
    expect(errorCodeOf(() => multiplyByRate(m, { numerator: 1, denominator: 0 }, 'half-up'))).toBe('invalidRate');
    expect(errorCodeOf(() => multiplyByRate(m, { numerator: 0.27, denominator: 1 }, 'half-up'))).toBe('invalidRate');
    expect(errorCodeOf(() => multiplyByRate(m, { numerator: 1, denominator: -100 }, 'half-up'))).toBe('invalidRate');
    expect(errorCodeOf(() => multiplyByRate(money(MAX, 'EUR'), { numerator: 2, denominator: 1 }, 'half-up'))).toBe('overflow');
  });
});

describe('toDecimalString and moneySchema', () => {
  it('writes plain decimal text with every minor digit', () => {
    expect(toDecimalString(money(-123450, 'EUR'))).toBe('-1234.50');
    expect(toDecimalString(money(5, 'EUR'))).toBe('0.05');
    expect(toDecimalString(money(-5, 'KWD'))).toBe('-0.005');
    expect(toDecimalString(money(1234, 'JPY'))).toBe('1234');
  });

  it('accepts stored amounts and refuses floats or unknown currencies', () => {
    expect(moneySchema.safeParse({ minor: 5, currency: 'HUF' }).success).toBe(true);
    expect(moneySchema.safeParse({ minor: 5.5, currency: 'HUF' }).success).toBe(false);
    expect(moneySchema.safeParse({ minor: 5, currency: 'huf' }).success).toBe(false);
  });
});
