/**
 * The one place where money is rounded. Everything that divides an amount (VAT, rates,
 * discounts, conversions) calls `divideRounded`, so the rule is chosen once per document
 * and can be audited in one file.
 */

/**
 * - `half-even`: a tie goes to the even neighbour (banker's rounding; no drift over many sums).
 * - `half-up`: a tie goes away from zero (commercial rounding, as tax rules usually say:
 *   2.5 → 3 and -2.5 → -3).
 */
export const roundingModes = ['half-even', 'half-up'] as const;
export type RoundingMode = (typeof roundingModes)[number];

/** `numerator / denominator` rounded to an integer by `mode`, exactly (BigInt, no floats). */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (mode !== 'half-even' && mode !== 'half-up') throw new RangeError(`Unknown rounding mode: ${String(mode)}`);
  if (denominator === 0n) throw new RangeError('Cannot divide an amount by zero.');
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const quotient = numerator / denominator; // BigInt division truncates toward zero
  const remainder = numerator % denominator; // has the sign of the numerator
  if (remainder === 0n) return quotient;

  const awayFromZero = numerator < 0n ? quotient - 1n : quotient + 1n;
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twiceRemainder > denominator) return awayFromZero;
  if (twiceRemainder < denominator) return quotient;
  if (mode === 'half-up') return awayFromZero;
  return quotient % 2n === 0n ? quotient : awayFromZero;
}
