import { describe, expect, it } from 'vitest';
import type { Account, AccountType } from '../../../../../shared/ledger/types';
import { supplierAccountId } from './quickForms';

const at = '2026-01-01T00:00:00.000Z';
const account = (id: string, name: string, type: AccountType, parentId: string | null, extra: Partial<Account> = {}): Account => ({
  id, name, type, parentId, archived: false, createdAt: at, updatedAt: at, ...extra,
});

// A chart whose payables are kept per supplier, as a mapped journal import leaves them.
const chart = [
  account('liabilities', 'Liabilities', 'liability', null),
  account('payable', 'Accounts payable', 'liability', 'liabilities', { role: 'payable', code: '2010' }),
  account('birch', 'Birch Hardware', 'liability', 'payable'),
  account('alder', 'Alder Timber', 'liability', 'payable'),
  account('old', 'Cedar Paints', 'liability', 'payable', { archived: true }),
  account('wages', 'Wages payable', 'liability', 'liabilities'),
];

describe("a supplier's own payables account", () => {
  it('is the sub-account named after the supplier, whatever the case and spaces', () => {
    expect(supplierAccountId(chart, 'payable', '  birch HARDWARE ')).toBe('birch');
    // From one supplier's account to the next.
    expect(supplierAccountId(chart, 'birch', 'Alder Timber')).toBe('alder');
  });

  it('is none for a supplier without one, an archived one, or when no payables account is chosen', () => {
    expect(supplierAccountId(chart, 'payable', 'Paper & Co')).toBeUndefined();
    expect(supplierAccountId(chart, 'payable', 'Cedar Paints')).toBeUndefined();
    expect(supplierAccountId(chart, 'payable', '')).toBeUndefined();
    expect(supplierAccountId(chart, 'wages', 'Birch Hardware')).toBeUndefined();
  });
});
