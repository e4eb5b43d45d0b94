import { parseQuantity, quantityDecimalText } from '../catalog/quantities';
import { supplierNameKey } from '../ledger/agedPayables';
import { isCurrencyCode } from '../money/currencies';
import type { PurchasingProblem } from './problems';
import type { Supplier, SupplierContact } from './types';

/** A supplier as the form hands it over: everything but the record's own id and times. */
export type SupplierDraft = Omit<Supplier, 'id' | 'createdAt' | 'updatedAt'>;

export const supplierFields = ['name', 'taxNumber', 'contacts', 'address', 'email', 'phone', 'paymentTermsDays', 'leadTimeDays', 'currency', 'tolerance', 'notes'] as const;
export type SupplierField = (typeof supplierFields)[number];

/** The supplier form as typed: numbers stay text, so a refusal never loses what was typed. */
export type SupplierFormValues = Omit<SupplierDraft, 'paymentTermsDays' | 'leadTimeDays' | 'tolerance' | 'otherNames' | 'archived'> & {
  paymentTermsDays: string;
  leadTimeDays: string;
  /** In per cent with up to two decimals ("2,5"); empty: the purchasing settings' tolerance. */
  tolerance: string;
};

export { supplierNameKey };

/** Every name bookkeeping may know the supplier by: its name and its earlier spellings. */
export const namesOf = (supplier: Pick<Supplier, 'name' | 'otherNames'>) => [supplier.name, ...supplier.otherNames];

const problem = (code: string, field: SupplierField, params: Record<string, string> = {}): PurchasingProblem => ({ code, params: { ...params, field } });

/** The field a supplier problem belongs to (the form shows it there). */
export const problemField = (found: PurchasingProblem): string | undefined => found.params?.field;

const toleranceUnit = { code: '%', decimals: 2 } as const;

/** A new supplier's form, in the book's currency, paying in 30 days. */
export function emptySupplierForm(currency: string): SupplierFormValues {
  return { name: '', taxNumber: '', contacts: [], address: '', email: '', phone: '', paymentTermsDays: '30', leadTimeDays: '7', currency, tolerance: '', notes: '' };
}

export function supplierFormOf(supplier: Supplier): SupplierFormValues {
  const { paymentTermsDays, leadTimeDays, tolerance, ...rest } = supplier;
  return {
    name: rest.name, taxNumber: rest.taxNumber, contacts: rest.contacts.map((contact) => ({ ...contact })), address: rest.address, email: rest.email, phone: rest.phone,
    currency: rest.currency, notes: rest.notes,
    paymentTermsDays: String(paymentTermsDays),
    leadTimeDays: String(leadTimeDays),
    tolerance: tolerance === null ? '' : quantityDecimalText(tolerance, toleranceUnit).replace(/\.?0+$/, ''),
  };
}

/** Whole days 0–365 as typed; null when not. */
function daysOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days <= 365 ? days : null;
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const blankContact = (contact: SupplierContact) => Object.values(contact).every((value) => value.trim() === '');

/**
 * The form read as a supplier, tidied (names trimmed, empty contact rows dropped), with the
 * problems of each field. `existing` keeps its other names and archived mark; `others` are
 * the rest of the suppliers, whose names and earlier names this one may not take.
 */
export function readSupplierForm(values: SupplierFormValues, context: { existing?: Supplier; others: readonly Supplier[] }): { draft: SupplierDraft; problems: PurchasingProblem[] } {
  const problems: PurchasingProblem[] = [];
  const name = values.name.trim().replace(/\s+/g, ' ');
  if (name === '') problems.push(problem('supplierNameMissing', 'name'));
  else {
    const twin = context.others.find((other) => other.id !== context.existing?.id && namesOf(other).some((known) => supplierNameKey(known) === supplierNameKey(name)));
    if (twin) problems.push(problem(twin.archived ? 'supplierNameTakenArchived' : 'supplierNameTaken', 'name', { name, supplier: twin.name }));
  }
  const currency = values.currency.trim().toUpperCase();
  if (!isCurrencyCode(currency)) problems.push(problem('supplierCurrencyUnknown', 'currency', { currency: values.currency.trim() }));
  const paymentTermsDays = daysOf(values.paymentTermsDays);
  if (paymentTermsDays === null) problems.push(problem('supplierDaysInvalid', 'paymentTermsDays', { value: values.paymentTermsDays.trim() }));
  const leadTimeDays = daysOf(values.leadTimeDays);
  if (leadTimeDays === null) problems.push(problem('supplierDaysInvalid', 'leadTimeDays', { value: values.leadTimeDays.trim() }));
  let tolerance: number | null = null;
  if (values.tolerance.trim() !== '') {
    const read = parseQuantity(values.tolerance.replace('%', ''), toleranceUnit);
    if (read.ok && read.value <= 10_000) tolerance = read.value;
    else problems.push(problem('supplierToleranceInvalid', 'tolerance', { value: values.tolerance.trim() }));
  }
  const email = values.email.trim();
  if (email !== '' && !emailShape.test(email)) problems.push(problem('supplierEmailInvalid', 'email', { email }));
  const contacts = values.contacts
    .map((contact) => ({ name: contact.name.trim(), role: contact.role.trim(), email: contact.email.trim(), phone: contact.phone.trim() }))
    .filter((contact) => !blankContact(contact));
  const badContact = contacts.find((contact) => contact.email !== '' && !emailShape.test(contact.email));
  if (badContact) problems.push(problem('supplierEmailInvalid', 'contacts', { email: badContact.email }));
  const nameless = contacts.find((contact) => contact.name === '');
  if (nameless) problems.push(problem('supplierContactNameMissing', 'contacts'));

  const existing = context.existing;
  // A renamed supplier keeps its old name, so bookkeeping's bills under it still group here.
  const otherNames = existing ? [...existing.otherNames] : [];
  if (existing && supplierNameKey(existing.name) !== supplierNameKey(name) && name !== '') otherNames.push(existing.name);
  const draft: SupplierDraft = {
    name,
    otherNames: otherNames.filter((other, index) => supplierNameKey(other) !== supplierNameKey(name) && otherNames.findIndex((same) => supplierNameKey(same) === supplierNameKey(other)) === index),
    taxNumber: values.taxNumber.trim(),
    contacts,
    address: values.address.trim(),
    email,
    phone: values.phone.trim(),
    paymentTermsDays: paymentTermsDays ?? 0,
    leadTimeDays: leadTimeDays ?? 0,
    currency,
    tolerance,
    notes: values.notes.trim(),
    archived: existing?.archived ?? false,
  };
  return { draft, problems };
}

/** Whether the supplier goes by this payee in bookkeeping (its name or an earlier one). */
export function suppliesAs(supplier: Pick<Supplier, 'name' | 'otherNames'>, payee: string): boolean {
  const key = supplierNameKey(payee);
  return key !== '' && namesOf(supplier).some((name) => supplierNameKey(name) === key);
}

/** The supplier a payee name belongs to, by name or earlier names; the live one before an archived one. */
export function supplierOfPayee<S extends Pick<Supplier, 'name' | 'otherNames' | 'archived'>>(suppliers: readonly S[], payee: string): S | undefined {
  const found = suppliers.filter((supplier) => suppliesAs(supplier, payee));
  return found.find((supplier) => !supplier.archived) ?? found[0];
}

/** Words the supplier list is searched by: name, earlier names, tax number, e-mails and contacts. */
export function supplierSearchText(supplier: Supplier): string {
  return [...namesOf(supplier), supplier.taxNumber, supplier.email, supplier.phone, ...supplier.contacts.flatMap((contact) => [contact.name, contact.email])]
    .join(' ')
    .toLocaleLowerCase();
}

/** True when every word typed is found in the supplier (in any order). */
export function supplierMatches(supplier: Supplier, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = supplierSearchText(supplier);
  return words.every((word) => text.includes(word));
}
