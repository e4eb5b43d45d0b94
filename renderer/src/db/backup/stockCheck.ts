import { isIsoDate } from '../../../../shared/dates';
import { applyMovements, type StockBlock, type StockLevel, type StockMovement } from '../../../../shared/stock';
import { finding, type ContentFinding } from './contentFindings';

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isMovement(value: unknown): value is StockMovement {
  if (typeof value !== 'object' || value === null) return false;
  const movement = value as Partial<StockMovement>;
  return isText(movement.id) && isText(movement.itemId) && isText(movement.locationId) && isWhole(movement.quantity) && isWhole(movement.value) && isText(movement.date) && isIsoDate(movement.date);
}

/**
 * The stock tables of a backup: each block's movements readable and whole, and the kept
 * levels equal to the movements summed (the same sum the app keeps with every movement),
 * so a restore never brings back stock figures its movements do not explain.
 */
export class StockContentCheck {
  private readonly rebuilt = new Map<string, StockLevel>();
  private readonly stored: StockLevel[] = [];

  readBlocks(records: readonly unknown[]): ContentFinding | null {
    for (const record of records) {
      const block = record as Partial<StockBlock>;
      const where = { period: String(block.period ?? '?'), block: String(block.block ?? '?') };
      if (!Array.isArray(block.movements) || !Array.isArray(block.ids) || !block.movements.every(isMovement)) return finding('stockBlocks', 'stockMovementInvalid', where);
      if (block.ids.length !== block.movements.length || block.movements.some((movement, index) => movement.id !== block.ids![index] || movement.date.slice(0, 7) !== block.period)) {
        return finding('stockBlocks', 'stockMovementInvalid', where);
      }
      for (const level of applyMovements(this.rebuilt, block.movements)) this.rebuilt.set(level.itemId, level);
    }
    return null;
  }

  readLevels(records: readonly unknown[]): ContentFinding | null {
    for (const record of records) {
      const level = record as Partial<StockLevel>;
      if (!isText(level.itemId) || !isWhole(level.quantity) || !isWhole(level.value) || typeof level.byLocation !== 'object' || level.byLocation === null) return finding('stockLevels', 'recordUnreadable');
      this.stored.push(level as StockLevel);
    }
    return null;
  }

  /** After every part: each kept level against its rebuilt one, and no movements without a level. */
  finish(itemName: (itemId: string) => string): ContentFinding | null {
    const seen = new Set<string>();
    for (const level of this.stored) {
      seen.add(level.itemId);
      const rebuilt = this.rebuilt.get(level.itemId);
      const same = rebuilt ? rebuilt.quantity === level.quantity && rebuilt.value === level.value && sameHoldings(rebuilt, level) : level.quantity === 0 && level.value === 0;
      if (!same) return finding('stockLevels', 'stockLevelDiffers', { item: itemName(level.itemId) });
    }
    for (const [itemId, level] of this.rebuilt) {
      if (!seen.has(itemId) && (level.quantity !== 0 || level.value !== 0)) return finding('stockLevels', 'stockLevelDiffers', { item: itemName(itemId) });
    }
    return null;
  }
}

function sameHoldings(a: StockLevel, b: StockLevel): boolean {
  const places = new Set([...Object.keys(a.byLocation), ...Object.keys(b.byLocation)]);
  for (const place of places) {
    const left = a.byLocation[place] ?? { quantity: 0, value: 0 };
    const right = b.byLocation[place] ?? { quantity: 0, value: 0 };
    if (left.quantity !== right.quantity || left.value !== right.value) return false;
  }
  return true;
}
