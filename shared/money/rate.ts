import { MoneyError } from './errors';
import { moneyFromBigInt, type Money } from './money';
import { divideRounded, type RoundingMode } from './rounding';

/** An exact rate as a fraction: VAT 27% is {27, 100}, 5.5% is {55, 1000}. */
export type Rate = { readonly numerator: number; readonly denominator: number };

/** `m × rate`, rounded once to whole minor units by `mode` (e.g. the VAT on a net amount). */
export function multiplyByRate(m: Money, rate: Rate, mode: RoundingMode): Money {
  const { numerator, denominator } = rate;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new MoneyError('invalidRate', `A rate needs an integer numerator and a positive integer denominator, got ${numerator}/${denominator}`);
  }
  if (!Number.isSafeInteger(m.minor)) throw new MoneyError('notSafeInteger', `Not an amount of minor units: ${m.minor}`);
  const product = BigInt(m.minor) * BigInt(numerator);
  return moneyFromBigInt(divideRounded(product, BigInt(denominator), mode), m.currency);
}
