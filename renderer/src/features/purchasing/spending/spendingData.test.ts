import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { storeInventory, storePurchasing } from '../../../db/backup/testing';
import type { BackofficeDb } from '../../../db/database';
import { createTestDb, unguardedConnection } from '../../../db/testing';
import { loadOpenDeliveries, loadSpending } from './spendingData';

const dbs: BackofficeDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** The backup's purchasing records, the order's draft bill posted and a second, later one. */
async function book(): Promise<BackofficeDb> {
  const db = createTestDb();
  dbs.push(db);
  await storeInventory(db, 3);
  await storePurchasing(db);
  const raw = unguardedConnection(db);
  const bill = (await raw.purchaseBills.get('bill-1'))!;
  await raw.purchaseBills.bulkPut([
    { ...bill, status: 'posted', entryId: 'e1', postedAt: '2026-03-07T10:00:00.000Z' },
    { ...bill, id: 'bill-2', number: 'INV-5002', billDate: '2026-04-02', status: 'posted', lines: [{ ...bill.lines[0]!, id: 'bill-2-l1', quantity: 4 }] },
  ]);
  raw.close();
  return db;
}

describe('loadSpending', () => {
  it("reads the period's posted bills with each line's category, department and supplier", async () => {
    const db = await book();
    const data = await loadSpending(db, { from: '2026-03-01', to: '2026-03-31' });
    expect(data.lines).toEqual([{ billId: 'bill-1', supplierId: 'sup-paper', month: '2026-03', category: 'category:stationery', department: 'Sales', net: 1_250 }]);
    expect(data.supplierNames.get('sup-paper')).toBe('Paper & Co');
    expect(data.categories.map((category) => category.id)).toEqual(['stationery']);
    expect((await loadSpending(db, { from: null, to: null })).lines.map((line) => line.net)).toEqual([1_250, 500]);
  });

  it('finds bills by their date, so a period reads only its own bills', async () => {
    const db = await book();
    const april = await db.purchaseBills.where('billDate').between('2026-04-01', '2026-04-30', true, true).primaryKeys();
    expect(april).toEqual(['bill-2']);
    expect((await loadSpending(db, { from: '2026-04-01', to: null })).lines.map((line) => line.billId)).toEqual(['bill-2']);
    expect((await loadSpending(db, { from: null, to: '2026-03-31' })).lines.map((line) => line.billId)).toEqual(['bill-1']);
  });
});

describe('loadOpenDeliveries', () => {
  it('lists the partly received order, late after its expected day', async () => {
    const db = await book();
    expect(await loadOpenDeliveries(db, '2026-03-09')).toEqual([
      expect.objectContaining({ number: 'PO-2026-0001', expectedDate: '2026-03-06', daysLate: 3, overdue: true, openLines: 1, valueToReceive: 1_250 }),
    ]);
  });
});
