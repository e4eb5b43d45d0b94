import type { PayablesPayee } from '../ledger/agedPayables';
import { supplierNameKey, suppliesAs } from './suppliers';
import type { Supplier } from './types';

/**
 * Payees bookkeeping owes money to that no supplier has yet, spellings that differ only in
 * case or spaces put together (they are one party: supplier names are unique that way).
 * `name` is the proposed name (the spelling used most); `spellings` are all of them.
 */
export type PayeeProposal = { key: string; name: string; spellings: string[]; postings: number; lastDate: string };

export function payeeProposals(payees: readonly PayablesPayee[], suppliers: readonly Pick<Supplier, 'name' | 'otherNames'>[]): PayeeProposal[] {
  const groups = new Map<string, PayablesPayee[]>();
  for (const payee of payees) {
    if (suppliers.some((supplier) => suppliesAs(supplier, payee.name))) continue;
    const key = supplierNameKey(payee.name);
    groups.set(key, [...(groups.get(key) ?? []), payee]);
  }
  return [...groups.entries()]
    .map(([key, spellings]) => {
      const used = [...spellings].sort((a, b) => b.postings - a.postings || (a.lastDate < b.lastDate ? 1 : -1));
      return {
        key,
        name: used[0]!.name,
        spellings: used.map((payee) => payee.name),
        postings: spellings.reduce((sum, payee) => sum + payee.postings, 0),
        lastDate: spellings.reduce((last, payee) => (payee.lastDate > last ? payee.lastDate : last), ''),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A payee to turn into a supplier: the name it gets and its other spellings, kept as earlier names. */
export type PayeeChoice = { name: string; spellings: readonly string[] };

/** The other names a supplier made from payees keeps: every spelling but its own name. */
export const otherSpellings = (choice: PayeeChoice) => choice.spellings.filter((spelling) => spelling !== choice.name.trim());
