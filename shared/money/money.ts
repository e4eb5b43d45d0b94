import { z } from 'zod';
import { isCurrencyCode, minorDigits } from './currencies';
import { MoneyError } from './errors';

/**
 * An amount of money: an integer count of the currency's minor units (cents, fillér,
 * kopecks) and its ISO 4217 code. Never a float, so sums are exact.
 */
export type Money = { readonly minor: number; readonly currency: string };

/** For data crossing a boundary (IPC, backups, imports). */
export const moneySchema = z.object({
  minor: z.number().refine(Number.isSafeInteger, { error: 'Amount must be a safe integer of minor units' }),
  currency: z.string().refine(isCurrencyCode, { error: 'Unknown currency code' }),
});

/** Makes an amount; throws on a non-integer (or unsafe) count or an unknown currency. */
export function money(minor: number, currency: string): Money {
  if (!Number.isSafeInteger(minor)) {
    throw new MoneyError('notSafeInteger', `An amount must be a safe integer of minor units, got ${minor}`);
  }
  if (!isCurrencyCode(currency)) throw new MoneyError('unknownCurrency', `Unknown currency code: ${JSON.stringify(currency)}`);
  return { minor: minor === 0 ? 0 : minor, currency }; // no -0
}

/** Makes an amount from an exact BigInt result; throws when it no longer fits a safe integer. */
export function moneyFromBigInt(minor: bigint, currency: string): Money {
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError('overflow', `Amount ${minor} ${currency} is too large to keep exactly`);
  }
  return money(Number(minor), currency);
}

function checkedResult(a: Money, b: Money, minor: number): Money {
  // With safe-integer inputs, any result past the safe range shows up as unsafe here.
  if (!Number.isSafeInteger(minor) && Number.isSafeInteger(a.minor) && Number.isSafeInteger(b.minor)) {
    throw new MoneyError('overflow', `Amount is too large to keep exactly (${a.currency})`);
  }
  return money(minor, a.currency);
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError('currencyMismatch', `Cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return checkedResult(a, b, a.minor + b.minor);
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return checkedResult(a, b, a.minor - b.minor);
}

export function negate(m: Money): Money {
  return money(-m.minor, m.currency);
}

export function isZero(m: Money): boolean {
  return m.minor === 0;
}

/** -1, 0 or 1, usable as a sort comparator; throws on different currencies. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

/**
 * Total of a list in one currency (the currency makes an empty list's total well defined).
 * Adds as numbers for speed; only if a running total leaves the safe range does it redo the
 * sum exactly with BigInt, so a list whose total fits is never refused.
 */
export function sumMoney(list: readonly Money[], currency: string): Money {
  let total = 0;
  let exact = true;
  for (const m of list) {
    if (m.currency !== currency) throw new MoneyError('currencyMismatch', `Cannot add ${m.currency} to a ${currency} total`);
    if (!Number.isSafeInteger(m.minor)) throw new MoneyError('notSafeInteger', `Not an amount of minor units: ${m.minor}`);
    total += m.minor;
    if (!Number.isSafeInteger(total)) exact = false;
  }
  if (exact) return money(total, currency);
  return moneyFromBigInt(
    list.reduce((sum, m) => sum + BigInt(m.minor), 0n),
    currency,
  );
}

/** Plain decimal text with a dot and all minor digits ("-1234.50", "12" for JPY): for files, not for people. */
export function toDecimalString(m: Money): string {
  return decimalTextOf(BigInt(m.minor), minorDigits(m.currency));
}

/** `minor` shifted left by `digits` places, as an exact decimal string. */
export function decimalTextOf(minor: bigint, digits: number): string {
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  return (negative ? '-' : '') + whole + (digits > 0 ? `.${fraction}` : '');
}
