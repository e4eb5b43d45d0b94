import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRounded, type RoundingMode } from './rounding';

/** Independent reference: floor division, then decide the tie on the exact fraction. */
function reference(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator < 0n) [numerator, denominator] = [-numerator, -denominator];
  let floor = numerator / denominator;
  if (numerator % denominator !== 0n && numerator < 0n) floor -= 1n;
  const twiceFraction = (numerator - floor * denominator) * 2n; // in [0, 2·denominator)
  if (twiceFraction < denominator) return floor;
  if (twiceFraction > denominator) return floor + 1n;
  if (mode === 'half-even') return floor % 2n === 0n ? floor : floor + 1n;
  return floor >= 0n ? floor + 1n : floor; // half away from zero
}

const modes = fc.constantFrom<RoundingMode>('half-even', 'half-up');
const nonZero = (max: bigint) => fc.bigInt({ min: -max, max }).filter((d) => d !== 0n);

describe('divideRounded', () => {
  it.each([
    [5n, 2n, 'half-even', 2n],
    [7n, 2n, 'half-even', 4n],
    [-5n, 2n, 'half-even', -2n],
    [-7n, 2n, 'half-even', -4n],
    [5n, 2n, 'half-up', 3n],
    [-5n, 2n, 'half-up', -3n],
    [5n, -2n, 'half-up', -3n],
    [-5n, -2n, 'half-even', 2n],
    [26n, 10n, 'half-even', 3n],
    [-24n, 10n, 'half-up', -2n],
    [0n, 7n, 'half-up', 0n],
    [12345n * 27n, 100n, 'half-up', 3333n], // VAT 27% of 123.45 = 33.3315
  ] as const)('%s / %s (%s) = %s', (numerator, denominator, mode, expected) => {
    expect(divideRounded(numerator, denominator, mode)).toBe(expected);
  });

  it('refuses a zero denominator and an unknown mode', () => {
    expect(() => divideRounded(1n, 0n, 'half-up')).toThrow(RangeError);
    expect(() => divideRounded(1n, 2n, 'down' as RoundingMode)).toThrow(RangeError);
  });

  it('matches the reference on small numbers, where ties are frequent', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -200n, max: 200n }), nonZero(12n), modes, (n, d, mode) => {
        expect(divideRounded(n, d, mode)).toBe(reference(n, d, mode));
      }),
    );
  });

  it('matches the reference on large numbers', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), nonZero(10n ** 12n), modes, (n, d, mode) => {
        expect(divideRounded(n, d, mode)).toBe(reference(n, d, mode));
      }),
    );
  });

  it('is odd-symmetric: rounding -x gives -(rounding x)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), nonZero(1000n), modes, (n, d, mode) => {
        expect(divideRounded(-n, d, mode)).toBe(-divideRounded(n, d, mode));
      }),
    );
  });
});
