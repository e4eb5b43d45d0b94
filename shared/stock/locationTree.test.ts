import { describe, expect, it } from 'vitest';
import { childKindOf, descendantIds, flattenTree, locationPath, locationPaths, locationProblems, locationTree } from './locationTree';
import type { LocationKind, StockLocation } from './types';

const at = '2026-12-01T10:00:00.000Z';
function place(id: string, code: string, name: string, parentId: string | null, kind: LocationKind = 'shelf', archived = false): StockLocation {
  return { id, code, name, parentId, kind, archived, createdAt: at, updatedAt: at };
}

const main = place('w1', 'W1', 'Main warehouse', null, 'warehouse');
const room2 = place('r2', 'W1-R2', 'Room 2', 'w1', 'room');
const room10 = place('r10', 'W1-R10', 'Room 10', 'w1', 'room');
const shelfA = place('sA', 'W1-R2-A', 'Shelf A', 'r2', 'shelf');
const annex = place('w2', 'W2', 'Annex', null, 'warehouse');
const all = [shelfA, room10, annex, room2, main];

describe('location tree', () => {
  it('nests places under their parents and sorts each level by code as people read it', () => {
    const tree = locationTree(all);
    expect(tree.map((node) => node.location.code)).toEqual(['W1', 'W2']);
    expect(tree[0]!.children.map((node) => node.location.code)).toEqual(['W1-R2', 'W1-R10']);
    expect(flattenTree(tree).map((node) => [node.location.id, node.depth])).toEqual([
      ['w1', 0],
      ['r2', 1],
      ['sA', 2],
      ['r10', 1],
      ['w2', 0],
    ]);
  });

  it('names a place by its path from the warehouse down', () => {
    expect(locationPath('sA', all)).toBe('Main warehouse › Room 2 › Shelf A');
    expect(locationPaths(all).get('r10')).toBe('Main warehouse › Room 10');
  });

  it('shows a place whose parent is gone, or that sits in a loop, at the top instead of losing it', () => {
    const orphan = place('o', 'O', 'Orphan', 'gone');
    const loopA = place('la', 'LA', 'Loop A', 'lb');
    const loopB = place('lb', 'LB', 'Loop B', 'la');
    const ids = flattenTree(locationTree([orphan, loopA, loopB])).map((node) => node.location.id);
    expect(ids.sort()).toEqual(['la', 'lb', 'o']);
    expect(locationPath('la', [loopA, loopB])).toBe('Loop B › Loop A');
  });

  it('finds every place inside a location', () => {
    expect([...descendantIds('w1', all)].sort()).toEqual(['r10', 'r2', 'sA', 'w1']);
  });

  it('suggests the next kind down for a new place inside another', () => {
    expect(childKindOf(null)).toBe('warehouse');
    expect(childKindOf(main)).toBe('room');
    expect(childKindOf(shelfA)).toBe('bin');
  });
});

describe('location problems', () => {
  it('accepts a well-formed place', () => {
    expect(locationProblems(place('b1', 'W1-R2-A-1', 'Bin 1', 'sA', 'bin'), all)).toEqual([]);
  });

  it('asks for a name and a code', () => {
    expect(locationProblems(place('x', ' ', ' ', null, 'warehouse'), all)).toEqual(['nameMissing', 'codeMissing']);
  });

  it('refuses a code another live location uses, whatever its case, but not an archived one’s', () => {
    expect(locationProblems(place('x', 'w1-r2', 'Copy', 'w1', 'room'), all)).toContain('codeTaken');
    const archived = place('old', 'OLD', 'Old store', null, 'warehouse', true);
    expect(locationProblems(place('x', 'old', 'New store', null, 'warehouse'), [...all, archived])).toEqual([]);
  });

  it('refuses moving a location into itself or into a place inside it', () => {
    expect(locationProblems({ ...main, parentId: 'sA' }, all)).toContain('cycle');
    expect(locationProblems({ ...room2, parentId: 'r2' }, all)).toContain('cycle');
  });

  it('refuses a parent that is missing or archived, and a warehouse inside a shelf', () => {
    expect(locationProblems(place('x', 'X', 'X', 'nowhere'), all)).toEqual(['parentMissing']);
    const archivedRoom = place('ar', 'AR', 'Closed room', 'w1', 'room', true);
    expect(locationProblems(place('x', 'X', 'X', 'ar'), [...all, archivedRoom])).toEqual(['parentArchived']);
    expect(locationProblems(place('x', 'X', 'X', 'sA', 'warehouse'), all)).toEqual(['kindBelowParent']);
  });
});
