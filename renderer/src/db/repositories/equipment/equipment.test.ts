import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { EquipmentInput } from '../../../../../shared/equipment';
import { EquipmentRejected } from '../../../../../shared/equipment';
import { writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { ledgerTestBook } from '../ledger/ledgerTesting';
import { createEquipmentRepository } from '.';

let db: BackofficeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function book() {
  const made = await ledgerTestBook();
  db = made.db;
  return { ...made, equipment: createEquipmentRepository(made.db) };
}

const printer: EquipmentInput = {
  name: '  Laser printer ',
  category: 'printer',
  serialNumber: 'HP-4410',
  locationId: null,
  where: 'Reception',
  responsible: 'Anna Kovács',
  purchaseDate: '2026-01-31',
  purchaseCost: 45_000,
  warrantyEnd: '2028-01-31',
  condition: 'working',
  serviceIntervalMonths: 6,
  notes: '',
};

const problemsOf = (work: Promise<unknown>) =>
  work.then(
    () => [],
    (error: unknown) => {
      if (!(error instanceof EquipmentRejected)) throw error;
      return error.problems.map((problem) => `${problem.field}:${problem.key}`);
    },
  );

describe('the equipment register', () => {
  it('registers an item with its history begun, audited as saved', async () => {
    const { db, equipment } = await book();
    const saved = await equipment.saveEquipment(printer, '2026-02-02');
    expect(saved).toMatchObject({ name: 'Laser printer', where: 'Reception', condition: 'working', conditionHistory: [{ date: '2026-02-02', condition: 'working' }] });
    expect(saved.notes).toBeUndefined();
    expect(await equipment.listEquipment()).toEqual([saved]);
    const audit = await db.auditLog.toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'equipmentSaved', tables: ['equipment'], recordIds: [saved.id] });
  });

  it('refuses bad input with every reason and stores nothing', async () => {
    const { db, equipment } = await book();
    const before = await db.auditLog.count();
    expect(await problemsOf(equipment.saveEquipment({ ...printer, warrantyEnd: '2025-12-31', purchaseCost: -100, serviceIntervalMonths: 0 }, '2026-02-02'))).toEqual([
      'warrantyEnd:warrantyBeforePurchase',
      'purchaseCost:costNegative',
      'serviceIntervalMonths:intervalOutOfRange',
    ]);
    expect(await problemsOf(equipment.saveEquipment({ ...printer, locationId: 'nowhere' }, '2026-02-02'))).toEqual(['locationId:locationNotFound']);
    expect(await problemsOf(equipment.saveEquipment({ ...printer, id: 'missing' }, '2026-02-02'))).toEqual(['name:equipmentNotFound']);
    expect(await db.equipment.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
  });

  it('keeps a warehouse location it stands in', async () => {
    const { db, equipment } = await book();
    await writeWithAudit(db, [db.locations], 'locationSaved', async () => {
      await db.locations.add({ id: 'loc-1', createdAt: '', updatedAt: '', name: 'Main office', code: 'OF', kind: 'room', parentId: null, archived: false });
      return { result: undefined, recordIds: ['loc-1'] };
    });
    const saved = await equipment.saveEquipment({ ...printer, locationId: 'loc-1', where: '' }, '2026-02-02');
    expect(saved.locationId).toBe('loc-1');
    expect(saved.where).toBeUndefined();
    expect((await equipment.listLocations()).map((location) => location.name)).toEqual(['Main office']);
  });

  it('records each change of condition in the history, and keeps disposed equipment', async () => {
    const { equipment } = await book();
    const saved = await equipment.saveEquipment(printer, '2026-02-02');
    await equipment.saveEquipment({ ...printer, id: saved.id, notes: 'Toner in the cupboard' }, '2026-02-10');
    await equipment.saveEquipment({ ...printer, id: saved.id, condition: 'outOfService' }, '2026-03-01');
    const disposed = await equipment.saveEquipment({ ...printer, id: saved.id, condition: 'disposed' }, '2026-03-20');
    expect(disposed.notes).toBeUndefined();
    expect(disposed.createdAt).toBe(saved.createdAt);
    expect(disposed.conditionHistory).toEqual([
      { date: '2026-02-02', condition: 'working' },
      { date: '2026-03-01', condition: 'outOfService' },
      { date: '2026-03-20', condition: 'disposed' },
    ]);
    expect((await equipment.listEquipment()).map((item) => item.condition)).toEqual(['disposed']);
  });
});

describe('the service log', () => {
  it('logs a service and the repair it made in one audited transaction, linked to a posted bill', async () => {
    const { db, ledger, entry, equipment } = await book();
    const bill = await ledger.postNewEntry(entry('2026-03-05', [['officeSupplies', 8_900], ['payable', -8_900]], { payee: 'PrintFix', memo: 'Drum' }));
    const saved = await equipment.saveEquipment({ ...printer, condition: 'needsRepair' }, '2026-03-01');
    const found = await equipment.findPostedEntries(` ${bill.number} `);
    expect(found.map((candidate) => candidate.id)).toEqual([bill.id]);

    const { service, equipment: after } = await equipment.logService(
      { equipmentId: saved.id, date: '2026-03-06', work: 'New drum', cost: 8_900, by: 'PrintFix', entryId: bill.id, conditionAfter: 'working' },
      '2026-03-07',
    );
    expect(service).toMatchObject({ entryId: bill.id, entryNumber: bill.number, conditionAfter: 'working', cost: 8_900 });
    expect(after).toMatchObject({ condition: 'working', lastServiceDate: '2026-03-06' });
    expect(after.conditionHistory?.at(-1)).toEqual({ date: '2026-03-06', condition: 'working' });
    expect(await equipment.getEquipment(saved.id)).toEqual(after);
    expect(await equipment.serviceLogOf(saved.id)).toEqual([service]);
    expect((await db.auditLog.toArray()).at(-1)).toMatchObject({ action: 'equipmentServiced', tables: ['serviceLog', 'equipment'], recordIds: [service.id, saved.id] });
  });

  it('keeps the latest service date when an older service is logged later', async () => {
    const { equipment } = await book();
    const saved = await equipment.saveEquipment(printer, '2026-02-01');
    await equipment.logService({ equipmentId: saved.id, date: '2026-05-10', work: 'Cleaning', cost: null, by: '' }, '2026-05-10');
    const { equipment: after } = await equipment.logService({ equipmentId: saved.id, date: '2026-04-01', work: 'Toner', cost: 2_000, by: '' }, '2026-05-10');
    expect(after.lastServiceDate).toBe('2026-05-10');
    expect((await equipment.serviceLogOf(saved.id)).map((record) => record.date)).toEqual(['2026-05-10', '2026-04-01']);
  });

  it('refuses an unknown entry, a future date and a repair dated before the last change, storing nothing', async () => {
    const { db, equipment } = await book();
    const registered = await equipment.saveEquipment(printer, '2026-02-01');
    const saved = await equipment.saveEquipment({ ...printer, id: registered.id, condition: 'outOfService' }, '2026-03-01');
    const audit = await db.auditLog.count();
    const service = { equipmentId: saved.id, date: '2026-02-20', work: 'Fuser', cost: 1_000, by: 'PrintFix' };
    expect(await problemsOf(equipment.logService({ ...service, entryId: 'no-such-entry', conditionAfter: 'working' }, '2026-03-10'))).toEqual([
      'entryId:entryNotPosted',
      'conditionAfter:conditionChangeBeforeLast',
    ]);
    expect(await problemsOf(equipment.logService({ ...service, date: '2026-03-11' }, '2026-03-10'))).toEqual(['date:dateInFuture']);
    expect(await problemsOf(equipment.logService({ ...service, equipmentId: 'gone' }, '2026-03-10'))).toEqual(['equipmentId:equipmentNotFound']);
    expect(await db.serviceLog.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(audit);
    expect((await equipment.getEquipment(saved.id))?.condition).toBe('outOfService');
  });

  it('lets a repair dated before the registration replace the condition it was registered in', async () => {
    const { equipment } = await book();
    const saved = await equipment.saveEquipment({ ...printer, condition: 'needsRepair' }, '2026-03-15');
    const { equipment: after } = await equipment.logService({ equipmentId: saved.id, date: '2026-03-10', work: 'Drum', cost: null, by: '', conditionAfter: 'working' }, '2026-03-15');
    expect(after.conditionHistory).toEqual([{ date: '2026-03-10', condition: 'working' }]);
  });

  it('stores neither the service nor the condition when the equipment cannot be written', async () => {
    const { db, equipment } = await book();
    const saved = await equipment.saveEquipment({ ...printer, condition: 'needsRepair' }, '2026-03-01');
    const failing = () => {
      throw new Error('The disk is full.');
    };
    db.equipment.hook('updating', failing);
    try {
      await expect(equipment.logService({ equipmentId: saved.id, date: '2026-03-02', work: 'Roller', cost: 500, by: '', conditionAfter: 'working' }, '2026-03-02')).rejects.toThrow('The disk is full.');
    } finally {
      db.equipment.hook('updating').unsubscribe(failing);
    }
    expect(await db.serviceLog.count()).toBe(0);
    expect((await equipment.getEquipment(saved.id))?.condition).toBe('needsRepair');
  });
});
