import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PurchasingRejected } from '../../../../../shared/purchasing/problems';
import { emptySupplierForm, supplierFormOf, type SupplierFormValues } from '../../../../../shared/purchasing/suppliers';
import { createSuppliersFromPayees, deleteSupplier, readPayeeProposals, saveSupplier, setSupplierArchived } from './suppliers';
import { purchasingTestBook, storeSuppliers, testSupplier } from './purchasingTesting';
import { saveSupplierPrice } from './prices';

const form = (change: Partial<SupplierFormValues>): SupplierFormValues => ({ ...emptySupplierForm('EUR'), ...change });

async function refusal(write: Promise<unknown>): Promise<string[]> {
  try {
    await write;
  } catch (error) {
    if (error instanceof PurchasingRejected) return error.problems.map((problem) => problem.code);
    throw error;
  }
  throw new Error('The write was not refused');
}

describe('suppliers', () => {
  it('adds a supplier in one audited write and refuses a second one of the same name, writing nothing', async () => {
    const { db } = await purchasingTestBook();
    const saved = await saveSupplier(db, form({ name: 'Paper & Co', email: 'orders@paper.example', paymentTermsDays: '15' }));
    expect(saved).toMatchObject({ name: 'Paper & Co', paymentTermsDays: 15, archived: false });
    expect((await db.auditLog.toArray()).at(-1)).toMatchObject({ action: 'supplierSaved', recordIds: [saved.id] });
    const before = await db.suppliers.count();
    expect(await refusal(saveSupplier(db, form({ name: ' PAPER &  co ', currency: 'XXY' })))).toEqual(['supplierNameTaken', 'supplierCurrencyUnknown']);
    expect(await db.suppliers.count()).toBe(before);
  });

  it('keeps the old name as another name when a supplier is renamed, so a new supplier cannot take it', async () => {
    const { db, suppliers } = await purchasingTestBook();
    const renamed = await saveSupplier(db, { ...supplierFormOf(suppliers.toner), name: 'Toner World Kft.' }, suppliers.toner.id);
    expect(renamed).toMatchObject({ id: suppliers.toner.id, name: 'Toner World Kft.', otherNames: ['Toner World'], createdAt: suppliers.toner.createdAt });
    expect(await refusal(saveSupplier(db, form({ name: 'toner world' })))).toEqual(['supplierNameTaken']);
  });

  it('archives and restores; deletes only a supplier never used, else says to archive', async () => {
    const { db, suppliers, ledger, entry, items } = await purchasingTestBook();
    expect(await setSupplierArchived(db, suppliers.office.id, true)).toMatchObject({ archived: true });
    expect(await setSupplierArchived(db, suppliers.office.id, false)).toMatchObject({ archived: false });

    const unused = await saveSupplier(db, form({ name: 'Never Used Bt.' }));
    await deleteSupplier(db, unused.id);
    expect(await db.suppliers.get(unused.id)).toBeUndefined();

    // A bill in bookkeeping under an earlier spelling is a use.
    await ledger.postNewEntry(entry('2026-02-01', [['rent', 1_000], ['payable', -1_000]], { payee: 'toner  WORLD' }));
    expect(await refusal(deleteSupplier(db, suppliers.toner.id))).toEqual(['supplierInUse']);
    // So is a price.
    await saveSupplierPrice(db, { itemId: items.paper.id, supplierId: suppliers.office.id, preferred: true, supplierSku: '', price: 450, priceUnit: 500, currency: 'EUR', packSize: 500, minimumQuantity: 0 });
    expect(await refusal(deleteSupplier(db, suppliers.office.id))).toEqual(['supplierInUse']);
    expect(await db.suppliers.count()).toBe(2);
  });

  it('turns payees of posted bills and payments into suppliers, spellings of one name as one supplier', async () => {
    const { db, ledger, entry, suppliers } = await purchasingTestBook();
    await ledger.postNewEntry(entry('2026-02-01', [['rent', 1_000], ['payable', -1_000]], { payee: 'Corner Shop' }));
    await ledger.postNewEntry(entry('2026-02-02', [['rent', 2_000], ['payable', -2_000]], { payee: 'corner  shop' }));
    await ledger.postNewEntry(entry('2026-02-03', [['payable', 1_000], ['bank', -1_000]], { payee: 'Corner Shop' }));
    await ledger.postNewEntry(entry('2026-02-04', [['rent', 500], ['payable', -500]], { payee: 'Toner World' }));
    await ledger.postNewEntry(entry('2026-02-05', [['rent', 700], ['bank', -700]], { payee: 'Not a supplier: paid at once' }));
    await ledger.postNewEntry(entry('2026-02-06', [['rent', 300], ['payable', -300]], { payee: 'Alder Timber' }));

    const proposals = await readPayeeProposals(db);
    expect(proposals.map((proposal) => [proposal.name, proposal.spellings, proposal.postings])).toEqual([
      ['Alder Timber', ['Alder Timber'], 1],
      ['Corner Shop', ['Corner Shop', 'corner  shop'], 3],
    ]);

    const created = await createSuppliersFromPayees(db, [{ name: 'Corner Shop', spellings: ['Corner Shop', 'corner  shop'] }], 'EUR');
    expect(created).toEqual([expect.objectContaining({ name: 'Corner Shop', otherNames: ['corner  shop'], currency: 'EUR' })]);
    expect((await db.auditLog.toArray()).at(-1)).toMatchObject({ action: 'suppliersFromPayees', recordIds: [created[0]!.id] });
    expect((await readPayeeProposals(db)).map((proposal) => proposal.name)).toEqual(['Alder Timber']);

    // Refused as a whole when one name is taken meanwhile: nothing is created.
    const before = await db.suppliers.count();
    expect(await refusal(createSuppliersFromPayees(db, [{ name: 'Alder Timber', spellings: ['Alder Timber'] }, { name: 'TONER WORLD', spellings: ['TONER WORLD'] }], 'EUR'))).toEqual(['supplierNameTaken']);
    expect(await db.suppliers.count()).toBe(before);
    expect(suppliers.toner.name).toBe('Toner World');
  });

  it('stores suppliers for tests through the audited write', async () => {
    const { db } = await purchasingTestBook();
    await storeSuppliers(db, [testSupplier('Extra')]);
    expect(await db.suppliers.count()).toBe(3);
  });
});
