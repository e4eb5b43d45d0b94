import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendToStockBlocks, movementsOfBlocks, stockBlockSize } from './blocks';
import { applyMovements, levelsAsOfDate, levelsFromMovements, negativeStockAfter } from './levels';
import { priceMovements, valueAtAverage, type MovementDraft } from './valuation';
import type { StockBlock, StockLevel, StockMovement } from './types';

// Random warehouse days: receipts at a cost, issues, transfers and write-offs, recorded
// in batches as the repository does. The kept levels must equal the movements summed.

const items = ['paper', 'toner', 'coffee'];
const places = ['main', 'shelf-a', 'kitchen'];

const step = fc.oneof(
  fc.record({ kind: fc.constant('receipt' as const), item: fc.constantFrom(...items), place: fc.constantFrom(...places), quantity: fc.integer({ min: 1, max: 500 }), cost: fc.integer({ min: 0, max: 100_000 }) }),
  fc.record({ kind: fc.constantFrom('issue' as const, 'writeOff' as const), item: fc.constantFrom(...items), place: fc.constantFrom(...places), quantity: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('transfer' as const), item: fc.constantFrom(...items), place: fc.constantFrom(...places), to: fc.constantFrom(...places), quantity: fc.integer({ min: 1, max: 200 }) }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

let counter = 0;
function draftsOf(move: Step, date: string): MovementDraft[] {
  const base = { date, itemId: move.item, source: { kind: 'manual' as const } };
  switch (move.kind) {
    case 'receipt':
      return [{ ...base, kind: 'receipt', locationId: move.place, quantity: move.quantity, value: move.cost }];
    case 'issue':
    case 'writeOff':
      return [{ ...base, kind: move.kind, locationId: move.place, quantity: -move.quantity }];
    case 'transfer': {
      const transferId = `t${(counter += 1)}`;
      return [
        { ...base, kind: 'transferOut', locationId: move.place, quantity: -move.quantity, transferId },
        { ...base, kind: 'transferIn', locationId: move.to, quantity: move.quantity, transferId },
      ];
    }
  }
}

/** What the repository does per batch: price against the kept levels, apply, append to blocks. */
function record(state: { levels: Map<string, StockLevel>; blocks: Map<string, StockBlock>; all: StockMovement[] }, drafts: MovementDraft[]) {
  const movements = priceMovements(drafts, state.levels).map((draft, index): StockMovement => ({ ...draft, id: `m${state.all.length + index}`, at: `t${state.all.length + index}` }));
  for (const level of applyMovements(state.levels, movements)) state.levels.set(level.itemId, level);
  const lastOf = (period: string) => [...state.blocks.values()].filter((block) => block.period === period).sort((a, b) => b.block - a.block)[0];
  for (const block of appendToStockBlocks(movements, lastOf)) state.blocks.set(`${block.period}/${block.block}`, block);
  state.all.push(...movements);
  return movements;
}

describe('the stock ledger', () => {
  it('keeps on hand = sum of movements per item and place, and stock value = sum of movement values', () => {
    fc.assert(
      fc.property(fc.array(fc.array(step, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }), (days) => {
        const state = { levels: new Map<string, StockLevel>(), blocks: new Map<string, StockBlock>(), all: [] as StockMovement[] };
        days.forEach((batch, day) => record(state, batch.flatMap((move) => draftsOf(move, `2026-${String(1 + (day % 12)).padStart(2, '0')}-15`))));
        const rebuilt = new Map(levelsFromMovements(movementsOfBlocks([...state.blocks.values()])).map((level) => [level.itemId, level]));
        for (const item of items) {
          const kept = state.levels.get(item);
          const mine = state.all.filter((movement) => movement.itemId === item);
          expect(kept?.quantity ?? 0).toBe(mine.reduce((sum, movement) => sum + movement.quantity, 0));
          expect(kept?.value ?? 0).toBe(mine.reduce((sum, movement) => sum + movement.value, 0));
          for (const place of places) {
            const here = mine.filter((movement) => movement.locationId === place);
            expect(kept?.byLocation[place]?.quantity ?? 0).toBe(here.reduce((sum, movement) => sum + movement.quantity, 0));
            expect(kept?.byLocation[place]?.value ?? 0).toBe(here.reduce((sum, movement) => sum + movement.value, 0));
          }
          expect(rebuilt.get(item)?.quantity ?? 0).toBe(kept?.quantity ?? 0);
          expect(rebuilt.get(item)?.byLocation ?? {}).toEqual(kept?.byLocation ?? {});
          expect(rebuilt.get(item)?.periods ?? []).toEqual(kept?.periods ?? []);
        }
        // Every value is whole minor units, a transfer moves value without changing the item's total.
        for (const movement of state.all) expect(Number.isSafeInteger(movement.value)).toBe(true);
        for (const block of state.blocks.values()) expect(block.movements.length).toBeLessThanOrEqual(stockBlockSize);
      }),
      { numRuns: 150 },
    );
  });

  it('prices an issue at the moving average, and taking out everything takes exactly the value left', () => {
    const state = { levels: new Map<string, StockLevel>(), blocks: new Map<string, StockBlock>(), all: [] as StockMovement[] };
    const base = { date: '2026-03-01', itemId: 'toner', locationId: 'main', source: { kind: 'manual' as const } };
    record(state, [{ ...base, kind: 'receipt', quantity: 3, value: 10_000 }]);
    record(state, [{ ...base, kind: 'receipt', quantity: 1, value: 4_000 }]); // average 3,500 per piece
    const [issued] = record(state, [{ ...base, kind: 'issue', quantity: -1 }]);
    expect(issued!.value).toBe(-3_500);
    const [rest] = record(state, [{ ...base, kind: 'issue', quantity: -3 }]);
    expect(rest!.value).toBe(-10_500);
    expect(state.levels.get('toner')).toMatchObject({ quantity: 0, value: 0 });
    // A third of 10,000 cannot be exact: the rounding is once per movement and nothing is lost.
    record(state, [{ ...base, kind: 'receipt', quantity: 3, value: 10_000 }]);
    const thirds = [record(state, [{ ...base, kind: 'issue', quantity: -1 }])[0]!.value, record(state, [{ ...base, kind: 'issue', quantity: -1 }])[0]!.value, record(state, [{ ...base, kind: 'issue', quantity: -1 }])[0]!.value];
    expect(thirds.reduce((sum, value) => sum + value, 0)).toBe(-10_000);
  });

  it('a transfer carries value from one place to the other; nothing is priced from an empty shelf', () => {
    const level: StockLevel = { itemId: 'x', quantity: 10, value: 1_000, byLocation: { main: { quantity: 10, value: 1_000 } }, periods: ['2026-01'] };
    const priced = priceMovements(
      [
        { date: '2026-02-01', kind: 'transferOut', itemId: 'x', locationId: 'main', quantity: -4, transferId: 't', source: { kind: 'manual' } },
        { date: '2026-02-01', kind: 'transferIn', itemId: 'x', locationId: 'shelf', quantity: 4, transferId: 't', source: { kind: 'manual' } },
      ],
      new Map([['x', level]]),
    );
    expect(priced.map((movement) => movement.value)).toEqual([-400, 400]);
    expect(valueAtAverage({ ...level, quantity: 0, value: 0 }, -5)).toBe(0);
  });

  it('names each place a batch would take below zero', () => {
    const movements: StockMovement[] = [{ id: 'a', at: 't', date: '2026-01-02', kind: 'issue', itemId: 'x', locationId: 'main', quantity: -3, value: 0, source: { kind: 'manual' } }];
    expect(negativeStockAfter(applyMovements(new Map(), movements), movements)).toEqual([{ itemId: 'x', locationId: 'main', quantity: -3 }]);
  });

  it('levels as of a date sum only the movements up to it', () => {
    const base = { at: 't', kind: 'receipt' as const, itemId: 'x', locationId: 'main', source: { kind: 'manual' as const } };
    const movements: StockMovement[] = [
      { ...base, id: '1', date: '2026-01-10', quantity: 5, value: 500 },
      { ...base, id: '2', date: '2026-02-10', quantity: 5, value: 700 },
    ];
    expect(levelsAsOfDate(movements, '2026-01-31')).toMatchObject([{ itemId: 'x', quantity: 5, value: 500 }]);
  });
});
