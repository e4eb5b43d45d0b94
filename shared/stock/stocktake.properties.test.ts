import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendToStockBlocks } from './blocks';
import { countAdjustments, movedSinceInBlocks, stocktakeVariances } from './countVariance';
import { applyMovements, quantityAt } from './levels';
import { snapshotLines } from './stocktakeScope';
import { testItem, testLocation } from './stocktakeTesting';
import { priceMovements, type MovementDraft } from './valuation';
import type { StockBlock, StockLevel, StockMovement, StocktakeSheet } from './types';

// A stocktake over random stock: receipts before the snapshot, receipts and issues while
// people count, then counts on some lines. Approving must leave every counted place at
// exactly its counted figure, and every uncounted place as the movements left it.

const itemIds = ['paper', 'toner', 'coffee'];
const placeIds = ['main', 'shelf', 'kitchen'];
const move = fc.record({ item: fc.constantFrom(...itemIds), place: fc.constantFrom(...placeIds), quantity: fc.integer({ min: -50, max: 200 }).filter((q) => q !== 0), cost: fc.integer({ min: 0, max: 10_000 }) });

type State = { levels: Map<string, StockLevel>; blocks: StockBlock[]; clock: number };

function record(state: State, drafts: MovementDraft[]): void {
  const movements = priceMovements(drafts, state.levels).map((draft, index): StockMovement => ({ ...draft, id: `m${state.clock}-${index}`, at: `2026-03-10T10:00:${String(state.clock).padStart(2, '0')}.000Z` }));
  state.clock += 1;
  for (const level of applyMovements(state.levels, movements)) state.levels.set(level.itemId, level);
  const last = (period: string) => state.blocks.filter((block) => block.period === period).at(-1);
  const written = appendToStockBlocks(movements, last);
  state.blocks = [...state.blocks.filter((block) => !written.some((w) => w.period === block.period && w.block === block.block)), ...written];
}

const draft = (m: { item: string; place: string; quantity: number; cost: number }): MovementDraft =>
  m.quantity > 0
    ? { date: '2026-03-10', kind: 'receipt', itemId: m.item, locationId: m.place, quantity: m.quantity, value: m.cost, source: { kind: 'manual' } }
    : { date: '2026-03-10', kind: 'issue', itemId: m.item, locationId: m.place, quantity: m.quantity, source: { kind: 'manual' } };

describe('approving a stocktake', () => {
  it('brings on hand exactly to the counted figure, adjusted for movements during the count', () => {
    fc.assert(
      fc.property(
        fc.array(move.map((m) => ({ ...m, quantity: Math.abs(m.quantity) })), { minLength: 1, maxLength: 12 }),
        fc.array(move, { maxLength: 12 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 400 })), { minLength: 9, maxLength: 9 }),
        fc.boolean(),
        (before, during, counts, uncountedMeansZero) => {
          const state: State = { levels: new Map(), blocks: [], clock: 0 };
          record(state, before.map(draft));
          const snapshotAt = `2026-03-10T10:00:${String(state.clock).padStart(2, '0')}.000Z`;
          state.clock += 1;
          const lines = snapshotLines({ scope: { kind: 'all' }, items: itemIds.map((id) => testItem(id)), locations: placeIds.map((id) => testLocation(id)), levels: [...state.levels.values()], today: '2026-03-10' });
          const sheets: StocktakeSheet[] = [...lines].map(([locationId, found]) => ({ stocktakeId: 'st', locationId, updatedAt: snapshotAt, lines: found }));
          for (const m of during) record(state, [draft(m)]);
          let next = 0;
          for (const sheet of sheets) for (const line of sheet.lines) line.counted = counts[next++ % counts.length] ?? null;

          const variances = stocktakeVariances({ tolerancePercent: 5 }, sheets, movedSinceInBlocks(state.blocks, snapshotAt), state.levels);
          const beforeApproval = new Map(state.levels);
          record(state, countAdjustments('st', '2026-03-11', variances, { uncountedMeansZero }));

          for (const sheet of sheets) {
            for (const line of sheet.lines) {
              const onHand = quantityAt(state.levels.get(line.itemId), sheet.locationId);
              const expected = line.counted ?? (uncountedMeansZero ? 0 : quantityAt(beforeApproval.get(line.itemId), sheet.locationId));
              expect(onHand).toBe(expected);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
