import { describe, expect, it } from 'vitest';
import type { AgedPayablesRow } from '../../../../../shared/ledger/agedPayables';
import type { Supplier } from '../../../../../shared/purchasing/types';
import { partyChoices } from './partyChoices';

const supplier = (id: string, name: string, extra: Partial<Supplier> = {}): Supplier => ({
  id, createdAt: '', updatedAt: '', name, otherNames: [], taxNumber: '', contacts: [], address: '', email: '', phone: '',
  paymentTermsDays: 30, leadTimeDays: 7, currency: 'EUR', tolerance: null, notes: '', archived: false, ...extra,
});
const row = (payee: string, supplierId?: string): AgedPayablesRow => ({
  payee, ...(supplierId ? { supplierId } : {}), currency: 'EUR', current: 100, days31to60: 0, days61to90: 0, over90: 0, total: 100, unapplied: 0, bills: [],
});

const suppliers = [supplier('corner', 'Corner Shop Ltd', { otherNames: ['Corner Shop'] }), supplier('gone', 'Closed Bt.', { archived: true })];
const open = [row('Corner Shop Ltd', 'corner'), row('Alder Timber')];

describe('the party field of a bill and a bill payment', () => {
  it('offers the suppliers in use and whoever has open bills, once each', () => {
    expect(partyChoices(suppliers, open, '').names).toEqual(['Alder Timber', 'Corner Shop Ltd']);
  });

  it("finds a supplier typed by an earlier name, its open bills, and books it under today's name", () => {
    const found = partyChoices(suppliers, open, ' corner shop ');
    expect(found.supplier?.id).toBe('corner');
    expect(found.row?.payee).toBe('Corner Shop Ltd');
    expect(found.payee).toBe('Corner Shop Ltd');
  });

  it('keeps a payee that is no supplier as typed, and offers no archived supplier', () => {
    expect(partyChoices(suppliers, open, 'alder timber')).toMatchObject({ supplier: undefined, payee: 'alder timber', row: { payee: 'Alder Timber' } });
    expect(partyChoices(suppliers, open, 'Closed Bt.')).toMatchObject({ supplier: undefined, payee: 'Closed Bt.', row: undefined });
  });
});
