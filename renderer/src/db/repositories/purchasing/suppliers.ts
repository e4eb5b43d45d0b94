import { payablesPayees, type PayablesPayee } from '../../../../../shared/ledger/agedPayables';
import { payablesAccounts } from '../../../../../shared/ledger/payablesAccounts';
import { PurchasingRejected, refuseIfAny } from '../../../../../shared/purchasing/problems';
import { readSupplierForm, supplierNameKey, suppliesAs, type SupplierFormValues } from '../../../../../shared/purchasing/suppliers';
import { otherSpellings, payeeProposals, type PayeeChoice, type PayeeProposal } from '../../../../../shared/purchasing/suppliersFromPayees';
import type { Supplier } from '../../../../../shared/purchasing/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';

/** Every supplier posting on the payables accounts (all periods): the same register reads aged payables make. */
async function readPayablesPayees(db: BackofficeDb): Promise<PayablesPayee[]> {
  const accounts = await db.accounts.toArray();
  const ids = [...payablesAccounts(accounts).keys()];
  const chunks = (await Promise.all(ids.map((accountId) => db.registers.where('[accountId+period]').between([accountId, ''], [accountId, '\uffff'], true, true).toArray()))).flat();
  return payablesPayees({ accounts, chunks });
}

const notFound = (id: string) => new PurchasingRejected([{ code: 'supplierMissing', params: { supplier: id } }]);

/**
 * Adds a supplier (no id) or changes one, checked again inside the transaction against the
 * suppliers as they are then. A new name keeps the old one among `otherNames`, so the bills
 * bookkeeping has under it still count as this supplier's. Refuses with PurchasingRejected.
 */
export async function saveSupplier(db: BackofficeDb, values: SupplierFormValues, id?: string): Promise<Supplier> {
  return writeWithAudit(db, [db.suppliers], 'supplierSaved', async () => {
    const all = await db.suppliers.toArray();
    const existing = id === undefined ? undefined : all.find((supplier) => supplier.id === id);
    if (id !== undefined && !existing) throw notFound(id);
    const { draft, problems } = readSupplierForm(values, { ...(existing ? { existing } : {}), others: all });
    refuseIfAny(problems);
    const at = now();
    const supplier: Supplier = { ...draft, id: existing?.id ?? newId(), createdAt: existing?.createdAt ?? at, updatedAt: at };
    await db.suppliers.put(supplier);
    return { result: supplier, recordIds: [supplier.id] };
  });
}

/** Archives a supplier (it stays on its orders, bills and payments, and leaves the pickers) or brings it back. */
export async function setSupplierArchived(db: BackofficeDb, id: string, archived: boolean): Promise<Supplier> {
  return writeWithAudit(db, [db.suppliers], 'supplierSaved', async () => {
    const existing = await db.suppliers.get(id);
    if (!existing) throw notFound(id);
    const supplier: Supplier = { ...existing, archived, updatedAt: now() };
    await db.suppliers.put(supplier);
    return { result: supplier, recordIds: [id] };
  });
}

/** What a supplier is used on; a supplier used anywhere is archived, never deleted. */
export type SupplierUse = { orders: number; bills: number; prices: number; postings: number };

async function supplierUse(db: BackofficeDb, supplier: Supplier): Promise<SupplierUse> {
  const [orders, bills, prices, payees] = await Promise.all([
    db.purchaseOrders.where('supplierId').equals(supplier.id).count(),
    db.purchaseBills.where('supplierId').equals(supplier.id).count(),
    db.supplierPrices.where('supplierId').equals(supplier.id).count(),
    readPayablesPayees(db),
  ]);
  const postings = payees.filter((payee) => suppliesAs(supplier, payee.name)).reduce((sum, payee) => sum + payee.postings, 0);
  return { orders, bills, prices, postings };
}

/** Deletes a supplier nothing refers to; one with orders, bills, prices or bookkeeping entries is refused (archive it instead). */
export async function deleteSupplier(db: BackofficeDb, id: string): Promise<void> {
  await writeWithAudit(
    db,
    [db.suppliers],
    'supplierSaved',
    async () => {
      const existing = await db.suppliers.get(id);
      if (!existing) throw notFound(id);
      const use = await supplierUse(db, existing);
      if (Object.values(use).some((count) => count > 0)) {
        throw new PurchasingRejected([{ code: 'supplierInUse', params: { supplier: existing.name, ...Object.fromEntries(Object.entries(use).map(([key, count]) => [key, String(count)])) } }]);
      }
      await db.suppliers.delete(id);
      return { result: undefined, recordIds: [id] };
    },
    { alsoReads: [db.purchaseOrders, db.purchaseBills, db.supplierPrices, db.accounts, db.registers] },
  );
}

/** Payees of bills and payments no supplier has yet, spellings of one name put together. */
export async function readPayeeProposals(db: BackofficeDb): Promise<PayeeProposal[]> {
  return db.transaction('r', [db.accounts, db.registers, db.suppliers], async () => payeeProposals(await readPayablesPayees(db), await db.suppliers.toArray()));
}

/**
 * Makes the payees the user confirmed into suppliers, in one audited write: each gets the
 * name chosen and keeps its other spellings as earlier names, in the book's currency.
 * Refused as a whole when a name is empty, repeats, or a supplier has it by now.
 */
export async function createSuppliersFromPayees(db: BackofficeDb, choices: readonly PayeeChoice[], currency: string): Promise<Supplier[]> {
  if (choices.length === 0) return [];
  return writeWithAudit(db, [db.suppliers], 'suppliersFromPayees', async () => {
    const existing = await db.suppliers.toArray();
    const taken = new Map(existing.flatMap((supplier) => [supplier.name, ...supplier.otherNames].map((name) => [supplierNameKey(name), supplier.name] as const)));
    const at = now();
    const created: Supplier[] = choices.map((choice) => {
      const name = choice.name.trim().replace(/\s+/g, ' ');
      const owner = name === '' ? undefined : taken.get(supplierNameKey(name));
      if (name === '') throw new PurchasingRejected([{ code: 'supplierNameMissing', params: { field: 'name' } }]);
      if (owner !== undefined) throw new PurchasingRejected([{ code: 'supplierNameTaken', params: { name, supplier: owner, field: 'name' } }]);
      const otherNames = otherSpellings(choice);
      for (const spelling of [name, ...otherNames]) taken.set(supplierNameKey(spelling), name);
      return {
        id: newId(), createdAt: at, updatedAt: at, name, otherNames, taxNumber: '', contacts: [], address: '', email: '', phone: '',
        paymentTermsDays: 30, leadTimeDays: 7, currency, tolerance: null,
        notes: '', archived: false,
      };
    });
    await db.suppliers.bulkAdd(created);
    return { result: created, recordIds: created.map((supplier) => supplier.id) };
  });
}
