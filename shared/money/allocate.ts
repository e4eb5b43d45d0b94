import { MoneyError } from './errors';
import { money, type Money } from './money';

/**
 * Splits an amount by integer ratios so the parts add up to exactly the amount: each part
 * gets its share rounded down, and the minor units left over go one each to the parts with
 * the largest remainders (earlier parts win ties). A negative amount splits like its
 * positive counterpart, negated, so refunds mirror charges. A zero ratio gets zero.
 */
export function allocate(m: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0) throw new MoneyError('invalidRatios', 'Cannot split an amount into no parts');
  for (const ratio of ratios) {
    if (!Number.isSafeInteger(ratio) || ratio < 0) {
      throw new MoneyError('invalidRatios', `Ratios must be non-negative integers, got ${ratio}`);
    }
  }
  const total = ratios.reduce((sum, ratio) => sum + BigInt(ratio), 0n);
  if (total === 0n) throw new MoneyError('invalidRatios', 'At least one ratio must be above zero');
  money(m.minor, m.currency); // validates the amount

  const whole = BigInt(Math.abs(m.minor));
  const shares = ratios.map((ratio) => whole * BigInt(ratio));
  const parts = shares.map((share) => share / total);
  let left = whole - parts.reduce((sum, part) => sum + part, 0n);

  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share % total }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  // Fewer units are left than parts with a remainder, so zero ratios never receive one.
  for (const { index } of byRemainder) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  const sign = m.minor < 0 ? -1 : 1;
  return parts.map((part) => money(sign * Number(part), m.currency));
}

/** Splits an amount into `parts` equal shares that differ by at most one minor unit. */
export function splitEvenly(m: Money, parts: number): Money[] {
  if (!Number.isSafeInteger(parts) || parts < 1) {
    throw new MoneyError('invalidRatios', `Cannot split an amount into ${parts} parts`);
  }
  return allocate(m, new Array<number>(parts).fill(1));
}
