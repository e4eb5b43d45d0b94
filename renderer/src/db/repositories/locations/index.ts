import { descendantIds, locationProblems, type LocationProblem } from '../../../../../shared/stock/locationTree';
import type { LocationKind, StockLocation } from '../../../../../shared/stock/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';

export type LocationInput = { name: string; code: string; kind: LocationKind; parentId: string | null };

/** A place still holding stock: archiving it would hide that stock from every list. */
export type StockStillHeld = { locationId: string; itemCount: number };

/** A location change refused: what is wrong (i18n keys under inventory.locations.problems) and, for archiving, where stock still lies. */
export class LocationRejected extends Error {
  readonly problems: (LocationProblem | 'stockOnHand' | 'notFound')[];
  readonly stockHeld: StockStillHeld[];
  constructor(problems: LocationRejected['problems'], stockHeld: StockStillHeld[] = []) {
    super(`Location change refused: ${problems.join(', ')}`);
    this.name = 'LocationRejected';
    this.problems = problems;
    this.stockHeld = stockHeld;
  }
}

/** Where stock is on hand (not zero) among the given locations, with how many items lie there. */
async function stockHeldIn(db: BackofficeDb, locationIds: ReadonlySet<string>): Promise<StockStillHeld[]> {
  const counts = new Map<string, number>();
  await db.stockLevels.each((level) => {
    for (const [locationId, held] of Object.entries(level.byLocation)) {
      if (locationIds.has(locationId) && held.quantity !== 0) counts.set(locationId, (counts.get(locationId) ?? 0) + 1);
    }
  });
  return [...counts].map(([locationId, itemCount]) => ({ locationId, itemCount }));
}

/** Warehouses and the places inside them: add, rename, move, archive; every write audited as 'locationSaved'. */
export function createLocationRepository(db: BackofficeDb) {
  async function listLocations(): Promise<StockLocation[]> {
    return db.locations.toArray();
  }

  async function store(next: StockLocation): Promise<StockLocation> {
    return writeWithAudit(db, [db.locations], 'locationSaved', async () => {
      const problems = locationProblems(next, await db.locations.toArray());
      if (problems.length > 0) throw new LocationRejected(problems);
      await db.locations.put(next);
      return { result: next, recordIds: [next.id] };
    });
  }

  function tidy(input: LocationInput) {
    return { name: input.name.trim(), code: input.code.trim(), kind: input.kind, parentId: input.parentId };
  }

  async function addLocation(input: LocationInput): Promise<StockLocation> {
    const at = now();
    return store({ id: newId(), createdAt: at, updatedAt: at, archived: false, ...tidy(input) });
  }

  /** Renames, recodes or moves a location (a new parent moves everything inside it along). */
  async function updateLocation(id: string, changes: Partial<LocationInput>): Promise<StockLocation> {
    const existing = await db.locations.get(id);
    if (!existing) throw new LocationRejected(['notFound']);
    return store({ ...existing, ...tidy({ ...existing, ...changes }), updatedAt: now() });
  }

  /**
   * Archives a location and every place inside it, refused while any of them still holds
   * stock (the user moves or writes it off first). The check and the write share one
   * transaction, so a receipt cannot slip in between.
   */
  async function archiveLocation(id: string): Promise<StockLocation[]> {
    return writeWithAudit(
      db,
      [db.locations],
      'locationSaved',
      async () => {
        const all = await db.locations.toArray();
        if (!all.some((location) => location.id === id)) throw new LocationRejected(['notFound']);
        const inside = descendantIds(id, all);
        const held = await stockHeldIn(db, inside);
        if (held.length > 0) throw new LocationRejected(['stockOnHand'], held);
        const at = now();
        const archived = all.filter((location) => inside.has(location.id) && !location.archived).map((location) => ({ ...location, archived: true, updatedAt: at }));
        await db.locations.bulkPut(archived);
        return { result: archived, recordIds: archived.map((location) => location.id) };
      },
      { alsoReads: [db.stockLevels] },
    );
  }

  /** Brings an archived location back (its code must still be free, its parent live). */
  async function restoreLocation(id: string): Promise<StockLocation> {
    const existing = await db.locations.get(id);
    if (!existing) throw new LocationRejected(['notFound']);
    return store({ ...existing, archived: false, updatedAt: now() });
  }

  return { listLocations, addLocation, updateLocation, archiveLocation, restoreLocation };
}

export type LocationRepository = ReturnType<typeof createLocationRepository>;
