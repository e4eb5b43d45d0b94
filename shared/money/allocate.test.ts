import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, splitEvenly } from './allocate';
import { MoneyError } from './errors';
import { money, sumMoney } from './money';

const usd = (minor: number) => money(minor, 'USD');
const minors = (list: { minor: number }[]) => list.map((m) => m.minor);

describe('allocate', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [5, [0, 1, 1], [0, 3, 2]],
    [100, [70, 20, 10], [70, 20, 10]],
    [1, [1, 1], [1, 0]],
    [0, [3, 4], [0, 0]],
    [1000, [1, 2, 3], [167, 333, 500]],
    [Number.MAX_SAFE_INTEGER, [1, 1], [4503599627370496, 4503599627370495]],
  ])('splits %s by %j into %j', (minor, ratios, expected) => {
    expect(minors(allocate(usd(minor), ratios))).toEqual(expected);
  });

  it.each([[[]], [[0, 0]], [[-1, 2]], [[1.5, 1]]])('refuses the ratios %j', (ratios) => {
    expect(() => allocate(usd(100), ratios)).toThrow(MoneyError);
  });

  const amounts = fc.oneof(fc.integer({ min: -10_000, max: 10_000 }), fc.maxSafeInteger());

  it('parts always add up to exactly the amount, and zero ratios get nothing', () => {
    fc.assert(
      fc.property(
        amounts,
        fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((r) => r.some((x) => x > 0)),
        (minor, ratios) => {
          const parts = allocate(usd(minor), ratios);
          expect(parts).toHaveLength(ratios.length);
          expect(sumMoney(parts, 'USD').minor).toBe(minor);
          ratios.forEach((ratio, i) => {
            if (ratio === 0) expect(parts[i]?.minor).toBe(0);
          });
        },
      ),
    );
  });

  it('each part is within one unit of its exact share, on the same side of zero', () => {
    fc.assert(
      fc.property(amounts, fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 8 }).filter((r) => r.some((x) => x > 0)), (minor, ratios) => {
        const total = BigInt(ratios.reduce((a, b) => a + b, 0));
        allocate(usd(minor), ratios).forEach((part, i) => {
          const exactTimesTotal = BigInt(minor) * BigInt(ratios[i] ?? 0);
          const diff = BigInt(part.minor) * total - exactTimesTotal;
          expect(diff < 0n ? -diff : diff).toBeLessThan(total);
          expect(part.minor === 0 || part.minor < 0 === minor < 0).toBe(true);
        });
      }),
    );
  });

  it('equal ratios give parts that differ by at most one unit, larger ones first', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1000 }), (minor, count, ratio) => {
        const parts = minors(allocate(usd(minor), new Array<number>(count).fill(ratio)));
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        const byMagnitude = parts.map(Math.abs);
        expect(byMagnitude).toEqual([...byMagnitude].sort((a, b) => b - a));
      }),
    );
  });

  it('mirrors negative amounts', () => {
    fc.assert(
      fc.property(amounts, fc.array(fc.nat({ max: 100 }), { minLength: 1, maxLength: 6 }).filter((r) => r.some((x) => x > 0)), (minor, ratios) => {
        expect(minors(allocate(usd(-minor), ratios))).toEqual(minors(allocate(usd(minor), ratios)).map((m) => (m === 0 ? 0 : -m)));
      }),
    );
  });
});

describe('splitEvenly', () => {
  it('splits into equal shares', () => {
    expect(minors(splitEvenly(money(1000, 'HUF'), 3))).toEqual([334, 333, 333]);
    expect(minors(splitEvenly(money(-7, 'KWD'), 2))).toEqual([-4, -3]);
  });

  it.each([[0], [-1], [1.5]])('refuses %s parts', (parts) => {
    expect(() => splitEvenly(usd(1), parts)).toThrow(MoneyError);
  });
});
