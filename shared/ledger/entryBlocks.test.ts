import { describe, expect, it } from 'vitest';
import { appendToBlocks, entriesBetween, entriesOfBlocks, entryBlocksOf, entryBlockSize, forbiddenBlockChange, withEntryReplaced } from './entryBlocks';
import { cr, dr, testEntry } from './testing';

const entry = (id: string, date: string, number = '') => testEntry(id, date, [dr('rent', 100), cr('bank', 100)], { number });

describe('entry blocks', () => {
  it('keeps each month apart, in posting order, and starts a new block when one is full', () => {
    const march = Array.from({ length: entryBlockSize + 3 }, (_, i) => entry(`m${i}`, `2026-03-${String((i % 28) + 1).padStart(2, '0')}`, `2026-${i}`));
    const april = entry('a1', '2026-04-02', 'A-1');
    const blocks = entryBlocksOf([march[0]!, april, ...march.slice(1)]);
    expect(blocks.map((block) => [block.period, block.block, block.entries.length])).toEqual([
      ['2026-03', 0, entryBlockSize],
      ['2026-03', 1, 3],
      ['2026-04', 0, 1],
    ]);
    expect(blocks[0]!.ids.slice(0, 3)).toEqual(['m0', 'm1', 'm2']);
    expect(blocks[2]!.numbers).toEqual(['A-1']);
    expect(entriesOfBlocks(blocks)).toHaveLength(entryBlockSize + 4);
  });

  it('fills the last block of a month before numbering a new one, and leaves other months alone', () => {
    const [last] = entryBlocksOf(Array.from({ length: entryBlockSize - 1 }, (_, i) => entry(`old${i}`, '2026-05-10')));
    const changed = appendToBlocks([entry('n1', '2026-05-11'), entry('n2', '2026-05-12'), entry('j1', '2026-06-01')], (period) =>
      period === '2026-05' ? last : undefined,
    );
    expect(changed.map((block) => [block.period, block.block, block.entries.length])).toEqual([
      ['2026-05', 0, entryBlockSize],
      ['2026-05', 1, 1],
      ['2026-06', 0, 1],
    ]);
    expect(changed[1]!.ids).toEqual(['n2']);
    expect(last!.entries).toHaveLength(entryBlockSize - 1);
  });

  it('finds the entries of a date range by date, then by id', () => {
    const blocks = entryBlocksOf([entry('b', '2026-03-31'), entry('c', '2026-04-01'), entry('a', '2026-03-31'), entry('d', '2026-03-01')]);
    expect(entriesBetween(blocks, '2026-03-02', '2026-04-01').map((found) => found.id)).toEqual(['a', 'b', 'c']);
    expect(entriesBetween(blocks, '2026-05-01', '2026-05-31')).toEqual([]);
  });

  it('allows only new entries after the old ones and the first link to a reversal', () => {
    const [block] = entryBlocksOf([entry('e1', '2026-03-01'), entry('e2', '2026-03-02')]);
    const linked = withEntryReplaced(block!, { ...block!.entries[0]!, reversedBy: 'r1', updatedAt: '2026-04-01T00:00:00.000Z' });
    expect(forbiddenBlockChange(block!, linked)).toBeNull();
    const [grown] = appendToBlocks([entry('e3', '2026-03-03')], () => block);
    expect(forbiddenBlockChange(block!, grown!)).toBeNull();

    expect(forbiddenBlockChange(linked, withEntryReplaced(linked, { ...linked.entries[0]!, reversedBy: 'r2' }))).toBe('e1');
    expect(forbiddenBlockChange(block!, withEntryReplaced(block!, { ...block!.entries[1]!, memo: 'changed' }))).toBe('e2');
    expect(forbiddenBlockChange(block!, { ...block!, entries: block!.entries.slice(1) })).not.toBeNull();
    expect(forbiddenBlockChange(block!, { ...block!, entries: [...block!.entries].reverse() })).toBe('e1');
  });
});
