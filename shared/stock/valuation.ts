import { divideRounded } from '../money/rounding';
import { emptyLevel } from './levels';
import type { StockLevel, StockMovement } from './types';

/**
 * Moving-average cost. A receipt adds its quantity at its cost, so the item's average
 * (value ÷ quantity over all its locations) moves with each receipt; everything that
 * takes stock out or finds more is priced at that average. Rounding happens here, once
 * per movement (half-even, the money helpers' rule), and taking out all that is left
 * takes exactly the value that is left, so no cent stays behind.
 */

/** A movement to record: its id and time are given when stored; `value` is computed when left out. */
export type MovementDraft = Omit<StockMovement, 'id' | 'at' | 'value'> & { value?: number };

/** The value of `quantity` (signed) of an item at its average cost now. */
export function valueAtAverage(level: StockLevel, quantity: number): number {
  if (level.quantity <= 0 || quantity === 0) return 0;
  if (quantity === -level.quantity) return -level.value;
  return Number(divideRounded(BigInt(level.value) * BigInt(quantity), BigInt(level.quantity), 'half-even'));
}

/** The average cost of one smallest unit, in minor units (a fraction; for display only). */
export function averageUnitCost(level: StockLevel): number | null {
  return level.quantity > 0 ? level.value / level.quantity : null;
}

/**
 * Gives each draft its value, in order, against the levels as the earlier drafts leave
 * them: a draft with a value keeps it (a receipt or opening at its cost); a transfer's
 * incoming half takes what its outgoing half took; anything else is priced at the average.
 */
export function priceMovements(drafts: readonly MovementDraft[], levels: ReadonlyMap<string, StockLevel>): (MovementDraft & { value: number })[] {
  const running = new Map<string, { quantity: number; value: number }>();
  const transferValues = new Map<string, number>();
  return drafts.map((draft) => {
    const level = running.get(draft.itemId) ?? { ...pick(levels.get(draft.itemId) ?? emptyLevel(draft.itemId)) };
    let value: number;
    if (draft.value !== undefined) value = draft.value;
    else if (draft.kind === 'transferIn' && draft.transferId !== undefined && transferValues.has(draft.transferId)) value = -transferValues.get(draft.transferId)!;
    else value = valueAtAverage({ ...emptyLevel(draft.itemId), ...level }, draft.quantity);
    if (draft.kind === 'transferOut' && draft.transferId !== undefined) transferValues.set(draft.transferId, value);
    running.set(draft.itemId, { quantity: level.quantity + draft.quantity, value: level.value + value });
    return { ...draft, value };
  });
}

const pick = (level: StockLevel) => ({ quantity: level.quantity, value: level.value });
