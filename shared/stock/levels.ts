import type { StockLevel, StockMovement } from './types';

/**
 * Stock on hand is the sum of movements. The levels kept per item (in the same
 * transaction as every movement) are that sum maintained, and `levelsFromMovements`
 * rebuilds it from scratch; tests hold the two equal.
 */

export function emptyLevel(itemId: string): StockLevel {
  return { itemId, quantity: 0, value: 0, byLocation: {}, periods: [] };
}

function copyOf(level: StockLevel): StockLevel {
  const byLocation: StockLevel['byLocation'] = {};
  for (const [location, held] of Object.entries(level.byLocation)) byLocation[location] = { ...held };
  return { ...level, byLocation, periods: [...level.periods] };
}

/** Adds one movement to a level (a working copy, changed in place). */
function addMovement(level: StockLevel, movement: StockMovement): void {
  level.quantity += movement.quantity;
  level.value += movement.value;
  const held = level.byLocation[movement.locationId] ?? { quantity: 0, value: 0 };
  held.quantity += movement.quantity;
  held.value += movement.value;
  // A place the item has left entirely is dropped, so the record lists where it is.
  if (held.quantity === 0 && held.value === 0) delete level.byLocation[movement.locationId];
  else level.byLocation[movement.locationId] = held;
  const period = movement.date.slice(0, 7);
  if (!level.periods.includes(period)) level.periods = [...level.periods, period].sort();
  if (level.lastMovement === undefined || movement.date > level.lastMovement) level.lastMovement = movement.date;
}

/**
 * The levels after `movements`, for the items they touch (new records; `current` is not
 * changed). `current` holds the stored levels of those items; a missing one starts empty.
 */
export function applyMovements(current: ReadonlyMap<string, StockLevel>, movements: readonly StockMovement[]): StockLevel[] {
  const changed = new Map<string, StockLevel>();
  for (const movement of movements) {
    let level = changed.get(movement.itemId);
    if (!level) {
      const stored = current.get(movement.itemId);
      level = stored ? copyOf(stored) : emptyLevel(movement.itemId);
      changed.set(movement.itemId, level);
    }
    addMovement(level, movement);
  }
  return [...changed.values()];
}

/** Every item's level from its movements alone (no `lastCounted`, which counts set, not movements). */
export function levelsFromMovements(movements: readonly StockMovement[]): StockLevel[] {
  return applyMovements(new Map(), movements);
}

/** On hand at a location (0 where the item is not held there). */
export function quantityAt(level: StockLevel | undefined, locationId: string): number {
  return level?.byLocation[locationId]?.quantity ?? 0;
}

/** Levels as of the end of `date`: the movements dated on or before it, summed. */
export function levelsAsOfDate(movements: readonly StockMovement[], date: string): StockLevel[] {
  return levelsFromMovements(movements.filter((movement) => movement.date <= date));
}

/** A place where a batch of movements would leave less than nothing. */
export type NegativeStock = { itemId: string; locationId: string; quantity: number };

/** Where the levels after a batch fall below zero at a place the batch takes stock from. */
export function negativeStockAfter(after: readonly StockLevel[], movements: readonly StockMovement[]): NegativeStock[] {
  const byItem = new Map(after.map((level) => [level.itemId, level]));
  const found = new Map<string, NegativeStock>();
  for (const movement of movements) {
    if (movement.quantity >= 0) continue;
    const quantity = quantityAt(byItem.get(movement.itemId), movement.locationId);
    if (quantity < 0) found.set(`${movement.itemId}\u0000${movement.locationId}`, { itemId: movement.itemId, locationId: movement.locationId, quantity });
  }
  return [...found.values()];
}
