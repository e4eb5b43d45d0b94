import { subtract, sumMoney, type Money } from '../../../../../shared/money';

/** Debit and credit totals of an entry's lines and the difference between them (debit − credit). */
export type EntryTotals = { debit: Money; credit: Money; difference: Money };

/**
 * The running totals the entry editor shows, added up by shared/money (exact integer
 * minor units). Lines in another currency than the entry's are left out.
 */
export function entryTotalsOf(lines: ReadonlyArray<{ debit: number; credit: number; currency?: string }>, currency: string): EntryTotals {
  const own = lines.filter((line) => line.currency === undefined || line.currency === currency);
  const debit = sumMoney(own.map((line) => ({ minor: line.debit, currency })), currency);
  const credit = sumMoney(own.map((line) => ({ minor: line.credit, currency })), currency);
  return { debit, credit, difference: subtract(debit, credit) };
}
