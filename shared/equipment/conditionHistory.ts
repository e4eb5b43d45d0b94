import type { IsoDate } from '../dates';
import { daysBetween } from './due';
import type { ConditionChange, EquipmentCondition } from './types';

/**
 * An item's conditions over time. A change is dated the day it happened; changes are kept
 * in date order, so a change cannot be dated before the last one (that would rewrite what
 * the office already recorded as the current state).
 */

/** The history with the item's condition as of `date`; unchanged when it already is in it. */
export function withCondition(history: readonly ConditionChange[], condition: EquipmentCondition, date: IsoDate): ConditionChange[] {
  const last = history[history.length - 1];
  if (last?.condition === condition) return [...history];
  return [...history, { date, condition }];
}

/**
 * The history with a change to `condition` on `date`, or the date it may not precede. A
 * change dated before the registration (the history's only entry) replaces it: the
 * condition typed when the item was registered was already out of date.
 */
export function withConditionOn(
  history: readonly ConditionChange[],
  condition: EquipmentCondition,
  date: IsoDate,
): { history: ConditionChange[] } | { notBefore: IsoDate } {
  const last = history[history.length - 1];
  if (!last || last.condition === condition || date >= last.date) return { history: withCondition(history, condition, date) };
  if (history.length === 1) return { history: [{ date, condition }] };
  return { notBefore: last.date };
}

/** The date of the latest change, before which no new change may be dated. */
export function lastChangeDate(history: readonly ConditionChange[]): IsoDate | null {
  return history[history.length - 1]?.date ?? null;
}

/** Since when the item has been in its current condition; null without a history. */
export function conditionSince(history: readonly ConditionChange[]): IsoDate | null {
  return lastChangeDate(history);
}

/**
 * Days spent out of service up to `today`: each stretch from a change to 'outOfService'
 * until the next change (or today, when it is still out of service).
 */
export function daysOutOfService(history: readonly ConditionChange[], today: IsoDate): number {
  let days = 0;
  history.forEach((change, index) => {
    if (change.condition !== 'outOfService') return;
    const until = history[index + 1]?.date ?? today;
    days += Math.max(0, daysBetween(change.date, until < change.date ? change.date : until));
  });
  return days;
}
