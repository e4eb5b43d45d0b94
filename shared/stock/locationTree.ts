import { locationKinds, type LocationKind, type StockLocation } from './types';

/**
 * The warehouse's places as a tree: warehouses at the top, rooms, shelves and bins inside.
 * Pure: the repository checks a change with these before it writes, the screens draw with them.
 */

/** One place in the tree, with its depth and the names from its warehouse down to it. */
export type LocationNode = { location: StockLocation; depth: number; path: string; children: LocationNode[] };

/** Why a location change is refused; each is an i18n key under inventory.locations.problems. */
export type LocationProblem = 'nameMissing' | 'codeMissing' | 'codeTaken' | 'parentMissing' | 'parentArchived' | 'cycle' | 'kindBelowParent';

export const pathSeparator = ' › ';

/** Codes sort as people read them: "A-2" before "A-10". */
const codeOrder = new Intl.Collator('en', { numeric: true });
const nameOrder = new Intl.Collator();

export function byCode(a: StockLocation, b: StockLocation): number {
  return codeOrder.compare(a.code, b.code) || nameOrder.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The tree of locations, each level sorted by code. A location whose parent is unknown
 * (or that sits in a loop, which the repository never stores) is shown at the top rather
 * than lost.
 */
export function locationTree(locations: readonly StockLocation[]): LocationNode[] {
  const byId = new Map(locations.map((location) => [location.id, location]));
  const childrenOf = new Map<string | null, StockLocation[]>();
  for (const location of locations) {
    const parent = location.parentId !== null && byId.has(location.parentId) && !inLoop(location, byId) ? location.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(location);
    childrenOf.set(parent, list);
  }
  const build = (parentId: string | null, depth: number, parentPath: string): LocationNode[] =>
    (childrenOf.get(parentId) ?? []).sort(byCode).map((location) => {
      const path = parentPath ? `${parentPath}${pathSeparator}${location.name}` : location.name;
      return { location, depth, path, children: build(location.id, depth + 1, path) };
    });
  return build(null, 0, '');
}

/** The tree flattened in reading order (parents before their children), e.g. for a picker or a printed list. */
export function flattenTree(nodes: readonly LocationNode[]): LocationNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

function inLoop(location: StockLocation, byId: ReadonlyMap<string, StockLocation>): boolean {
  const seen = new Set<string>([location.id]);
  let parentId = location.parentId;
  while (parentId !== null) {
    if (seen.has(parentId)) return true;
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return false;
}

/** "Main warehouse › Room 2 › Shelf A": the names from the warehouse down to the location. */
export function locationPath(id: string, locations: readonly StockLocation[]): string {
  const byId = new Map(locations.map((location) => [location.id, location]));
  const names: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return names.join(pathSeparator);
}

/** Every location's full path by id, computed once for a list or a report. */
export function locationPaths(locations: readonly StockLocation[]): Map<string, string> {
  return new Map(flattenTree(locationTree(locations)).map((node) => [node.location.id, node.path]));
}

/** The location and every place inside it, at any depth. */
export function descendantIds(id: string, locations: readonly StockLocation[]): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const location of locations) {
    if (location.parentId === null) continue;
    childrenOf.set(location.parentId, [...(childrenOf.get(location.parentId) ?? []), location.id]);
  }
  const found = new Set<string>();
  const visit = (at: string) => {
    if (found.has(at)) return;
    found.add(at);
    for (const child of childrenOf.get(at) ?? []) visit(child);
  };
  visit(id);
  return found;
}

/** The kind a new place inside `parent` usually is: a room in a warehouse, a shelf in a room, a bin on a shelf. */
export function childKindOf(parent: StockLocation | null): LocationKind {
  if (!parent) return 'warehouse';
  const index = locationKinds.indexOf(parent.kind);
  return locationKinds[Math.min(index + 1, locationKinds.length - 1)]!;
}

/**
 * What is wrong with storing `next` among `locations` (which may hold its older version):
 * a name and a code, a code no other live location uses, a parent that exists, is not
 * archived and is not the location itself or a place inside it.
 */
export function locationProblems(next: StockLocation, locations: readonly StockLocation[]): LocationProblem[] {
  const problems: LocationProblem[] = [];
  if (!next.name.trim()) problems.push('nameMissing');
  if (!next.code.trim()) problems.push('codeMissing');
  const code = next.code.trim().toLocaleLowerCase();
  if (code && locations.some((other) => other.id !== next.id && !other.archived && other.code.trim().toLocaleLowerCase() === code)) problems.push('codeTaken');
  if (next.parentId !== null) {
    const parent = locations.find((location) => location.id === next.parentId);
    if (!parent) problems.push('parentMissing');
    else {
      if (descendantIds(next.id, locations).has(parent.id)) problems.push('cycle');
      else {
        if (parent.archived && !next.archived) problems.push('parentArchived');
        if (parent.kind === 'bin' || locationKinds.indexOf(next.kind) < locationKinds.indexOf(parent.kind)) problems.push('kindBelowParent');
      }
    }
  }
  return problems;
}
