import type { BalanceBreak } from './types';

type Balanced = { amount: number; balance?: number; sourceRow: number };

/**
 * Checks a statement's running balance column: each balance must be the previous one plus
 * the line's amount. A break means a line is missing from the file or an amount was read
 * wrongly (a sign, a decimal style), so the review screen shows it before anything is
 * posted. Banks list newest first as often as oldest first, so both orders are tried and
 * the one that fits better is reported.
 */
export function checkRunningBalance(lines: readonly Balanced[]): { order: 'oldestFirst' | 'newestFirst'; breaks: BalanceBreak[] } {
  const oldestFirst = breaksInOrder(lines);
  const newestFirst = breaksInOrder([...lines].reverse()).reverse();
  return newestFirst.length < oldestFirst.length ? { order: 'newestFirst', breaks: newestFirst } : { order: 'oldestFirst', breaks: oldestFirst };
}

function breaksInOrder(lines: readonly Balanced[]): BalanceBreak[] {
  const breaks: BalanceBreak[] = [];
  let running: number | null = null;
  for (const line of lines) {
    if (running !== null) running += line.amount;
    if (line.balance === undefined) continue;
    if (running !== null && running !== line.balance) breaks.push({ row: line.sourceRow, expected: running, found: line.balance });
    // Carry on from the bank's figure, so one missing line is reported once, not on every row after it.
    running = line.balance;
  }
  return breaks;
}
