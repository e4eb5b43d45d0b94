import { payeeKey, type AgedPayablesRow } from '../../../../../shared/ledger/agedPayables';
import { supplierOfPayee } from '../../../../../shared/purchasing/suppliers';
import type { Supplier } from '../../../../../shared/purchasing/types';

/**
 * What the party field of a bill or bill payment offers and finds: the suppliers still in
 * use and whoever has open bills, by name; the supplier typed (by any of its names, so an
 * earlier spelling counts) and its row of open bills.
 */
export function partyChoices(suppliers: readonly Supplier[], openRows: readonly AgedPayablesRow[], party: string) {
  const live = suppliers.filter((supplier) => !supplier.archived);
  const supplier = supplierOfPayee(live, party);
  const row = openRows.find((candidate) => payeeKey(candidate.payee) === payeeKey(party) || (supplier !== undefined && candidate.supplierId === supplier.id));
  const names = [...new Set([...live.map((known) => known.name), ...openRows.map((candidate) => candidate.payee)])].sort((a, b) => a.localeCompare(b));
  /** The name to book: the supplier's name of today when one was typed by an earlier name. */
  const payee = supplier ? supplier.name : party;
  return { names, supplier, row, payee };
}
