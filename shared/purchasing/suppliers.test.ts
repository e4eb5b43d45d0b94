import { describe, expect, it } from 'vitest';
import { emptySupplierForm, readSupplierForm, supplierFormOf, supplierMatches, supplierOfPayee, type SupplierFormValues } from './suppliers';
import type { Supplier } from './types';

const supplier = (name: string, extra: Partial<Supplier> = {}): Supplier => ({
  id: name, createdAt: '', updatedAt: '', name, otherNames: [], taxNumber: '', contacts: [], address: '', email: '', phone: '',
  paymentTermsDays: 30, leadTimeDays: 7, currency: 'EUR', tolerance: null, notes: '', archived: false, ...extra,
});
const form = (change: Partial<SupplierFormValues>): SupplierFormValues => ({ ...emptySupplierForm('EUR'), name: 'Paper & Co', ...change });
const codes = (values: SupplierFormValues, others: Supplier[] = [], existing?: Supplier) =>
  readSupplierForm(values, { others, ...(existing ? { existing } : {}) }).problems.map((problem) => `${problem.params?.field}:${problem.code}`);

describe('supplier validation', () => {
  it('accepts a plain supplier and tidies what was typed', () => {
    const { draft, problems } = readSupplierForm(
      form({ name: '  Paper   & Co ', currency: 'huf', paymentTermsDays: ' 15', tolerance: '2,5', contacts: [{ name: ' Anna ', role: '', email: 'anna@paper.example', phone: '' }, { name: '', role: '', email: '', phone: '' }] }),
      { others: [] },
    );
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({ name: 'Paper & Co', currency: 'HUF', paymentTermsDays: 15, tolerance: 250, contacts: [{ name: 'Anna', email: 'anna@paper.example' }], otherNames: [], archived: false });
  });

  it('needs a name that no other supplier has, ignoring case and spaces, earlier names included', () => {
    const others = [supplier('Paper & Co'), supplier('Toner World', { otherNames: ['TONER  world kft'] })];
    expect(codes(form({ name: ' ' }))).toEqual(['name:supplierNameMissing']);
    expect(codes(form({ name: 'paper  &  CO' }), others)).toEqual(['name:supplierNameTaken']);
    expect(codes(form({ name: 'Toner World Kft' }), others)).toEqual(['name:supplierNameTaken']);
    // Saving a supplier under its own name again is no clash.
    expect(codes(form({ name: 'PAPER & CO' }), others, others[0])).toEqual([]);
  });

  it('says which field is wrong: currency, days 0–365, e-mail shape, tolerance 0–100 %', () => {
    expect(codes(form({ currency: 'EURO', paymentTermsDays: '366', leadTimeDays: '1.5', email: 'orders@', tolerance: '100,01' }))).toEqual([
      'currency:supplierCurrencyUnknown',
      'paymentTermsDays:supplierDaysInvalid',
      'leadTimeDays:supplierDaysInvalid',
      'tolerance:supplierToleranceInvalid',
      'email:supplierEmailInvalid',
    ]);
    expect(codes(form({ paymentTermsDays: '0', leadTimeDays: '365', tolerance: '100', email: 'a@b.hu' }))).toEqual([]);
    expect(codes(form({ paymentTermsDays: '-1' }))).toEqual(['paymentTermsDays:supplierDaysInvalid']);
    expect(codes(form({ contacts: [{ name: '', role: 'Sales', email: 'x', phone: '' }] }))).toEqual(['contacts:supplierEmailInvalid', 'contacts:supplierContactNameMissing']);
  });

  it('keeps the old name among the other names when a supplier is renamed', () => {
    const old = supplier('Paper and Co', { otherNames: ['PAPER & CO.'] });
    const { draft } = readSupplierForm(form({ name: 'Paper & Co Kft.' }), { existing: old, others: [old] });
    expect(draft.otherNames).toEqual(['PAPER & CO.', 'Paper and Co']);
    // Renaming back to an earlier name takes it out of the other names.
    const back = readSupplierForm(form({ name: 'paper & co.' }), { existing: { ...old, ...draft }, others: [] }).draft;
    expect(back.otherNames).toEqual(['Paper and Co', 'Paper & Co Kft.']);
  });

  it('reads back what it wrote', () => {
    const stored = supplier('Paper & Co', { tolerance: 250, paymentTermsDays: 8 });
    expect(readSupplierForm(supplierFormOf(stored), { existing: stored, others: [stored] }).draft).toMatchObject({ tolerance: 250, paymentTermsDays: 8, name: 'Paper & Co' });
  });
});

describe('finding suppliers', () => {
  const suppliers = [supplier('Paper & Co', { taxNumber: '12345678-2-41', contacts: [{ name: 'Kovács Anna', role: '', email: 'anna@paper.hu', phone: '' }] }), supplier('Old Paper', { archived: true, otherNames: ['paper & co'] })];
  it('matches every word typed against name, tax number, e-mails and contact names', () => {
    expect(supplierMatches(suppliers[0]!, 'kovács 12345')).toBe(true);
    expect(supplierMatches(suppliers[0]!, 'anna@paper')).toBe(true);
    expect(supplierMatches(suppliers[0]!, 'toner')).toBe(false);
  });
  it('finds the supplier of a payee by any name, the live supplier first', () => {
    expect(supplierOfPayee(suppliers, ' PAPER  & CO ')?.name).toBe('Paper & Co');
    expect(supplierOfPayee(suppliers, 'Nobody')).toBeUndefined();
  });
});
