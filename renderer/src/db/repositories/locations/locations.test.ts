import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { StockLevel } from '../../../../../shared/stock/types';
import { writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { createTestDb } from '../../testing';
import { createLocationRepository, LocationRejected } from './index';

let db: BackofficeDb;
afterEach(async () => {
  await db?.delete();
});

async function holdStock(itemId: string, locationId: string, quantity: number) {
  const level: StockLevel = { itemId, quantity, value: quantity * 100, byLocation: { [locationId]: { quantity, value: quantity * 100 } }, periods: ['2026-12'] };
  await writeWithAudit(db, [db.stockLevels], 'stockMovementsRecorded', async () => {
    await db.stockLevels.put(level);
    return { result: level, recordIds: [itemId] };
  });
}

async function refusal(promise: Promise<unknown>): Promise<LocationRejected> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(LocationRejected);
  return error as LocationRejected;
}

describe('location repository', () => {
  it('adds a warehouse and places inside it, each write in the activity log', async () => {
    db = createTestDb();
    const locations = createLocationRepository(db);
    const main = await locations.addLocation({ name: ' Main warehouse ', code: 'W1', kind: 'warehouse', parentId: null });
    const room = await locations.addLocation({ name: 'Room 2', code: 'W1-R2', kind: 'room', parentId: main.id });
    expect(main.name).toBe('Main warehouse');
    expect((await locations.listLocations()).map((location) => location.id).sort()).toEqual([main.id, room.id].sort());
    const log = await db.auditLog.toArray();
    expect(log.map((entry) => entry.action)).toEqual(['locationSaved', 'locationSaved']);
    expect(log[1]!.recordIds).toEqual([room.id]);
  });

  it('renames and moves a location, refusing a move into a place inside it and leaving it as it was', async () => {
    db = createTestDb();
    const locations = createLocationRepository(db);
    const main = await locations.addLocation({ name: 'Main', code: 'W1', kind: 'warehouse', parentId: null });
    const annex = await locations.addLocation({ name: 'Annex', code: 'W2', kind: 'warehouse', parentId: null });
    const room = await locations.addLocation({ name: 'Room', code: 'R1', kind: 'room', parentId: main.id });
    const moved = await locations.updateLocation(room.id, { parentId: annex.id, name: 'Back room' });
    expect(moved).toMatchObject({ parentId: annex.id, name: 'Back room', code: 'R1' });

    const cycle = await refusal(locations.updateLocation(annex.id, { parentId: room.id }));
    expect(cycle.problems).toEqual(['cycle']);
    expect((await db.locations.get(annex.id))!.parentId).toBeNull();
    expect(await db.auditLog.count()).toBe(4);
  });

  it('refuses a code already in use', async () => {
    db = createTestDb();
    const locations = createLocationRepository(db);
    await locations.addLocation({ name: 'Main', code: 'W1', kind: 'warehouse', parentId: null });
    const taken = await refusal(locations.addLocation({ name: 'Other', code: 'w1', kind: 'warehouse', parentId: null }));
    expect(taken.problems).toEqual(['codeTaken']);
    expect(await db.locations.count()).toBe(1);
  });

  it('refuses to archive a location while stock lies in it or in a place inside it, then archives the whole branch once it is empty', async () => {
    db = createTestDb();
    const locations = createLocationRepository(db);
    const main = await locations.addLocation({ name: 'Main', code: 'W1', kind: 'warehouse', parentId: null });
    const shelf = await locations.addLocation({ name: 'Shelf A', code: 'A', kind: 'shelf', parentId: main.id });
    await holdStock('paper', shelf.id, 5);

    const refused = await refusal(locations.archiveLocation(main.id));
    expect(refused.problems).toEqual(['stockOnHand']);
    expect(refused.stockHeld).toEqual([{ locationId: shelf.id, itemCount: 1 }]);
    expect((await db.locations.get(main.id))!.archived).toBe(false);

    await holdStock('paper', shelf.id, 0);
    const archived = await locations.archiveLocation(main.id);
    expect(archived.map((location) => location.id).sort()).toEqual([main.id, shelf.id].sort());
    expect((await db.locations.toArray()).every((location) => location.archived)).toBe(true);

    const restored = await locations.restoreLocation(main.id);
    expect(restored.archived).toBe(false);
  });
});
