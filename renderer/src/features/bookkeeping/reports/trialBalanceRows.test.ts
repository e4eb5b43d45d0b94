import { describe, expect, it } from 'vitest';
import { bucketsFromEntries } from '../../../../../shared/ledger/buckets';
import { cr, dr, testChart, testEntry } from '../../../../../shared/ledger/testing';
import { trialBalance } from '../../../../../shared/ledger/trialBalance';
import { comparedTrialBalanceRows } from './trialBalanceRows';

describe('trial balance beside its comparison', () => {
  const { accounts, id } = testChart('en');
  const buckets = bucketsFromEntries([
    testEntry('e1', '2025-02-10', [dr(id('rent'), 500), cr(id('bank'), 500)]),
    testEntry('e2', '2026-02-10', [dr(id('bank'), 900), cr(id('sales'), 900)]),
  ]);

  it('matches lines by account, keeps chart order and lists accounts found in either period', () => {
    const current = trialBalance({ accounts, buckets, from: '2026-01-01', to: '2026-12-31' });
    const compared = trialBalance({ accounts, buckets, from: '2025-01-01', to: '2025-12-31' });
    const rows = comparedTrialBalanceRows(accounts, current, compared);
    expect(rows.map((row) => row.path)).toEqual(['Assets:Bank account', 'Income:Sales of goods', 'Expenses:Rent']);
    const bank = rows[0]!;
    expect(bank.current?.closing).toBe(400);
    expect(bank.compared?.closing).toBe(-500);
    expect(rows[1]!.compared).toBeUndefined();
    expect(rows[2]!.current?.opening).toBe(500);

    const later = comparedTrialBalanceRows(accounts, compared, current);
    expect(later.map((row) => row.path)).toEqual(['Assets:Bank account', 'Income:Sales of goods', 'Expenses:Rent']);
    expect(later[1]!.current).toBeUndefined();
    expect(later[1]!.compared?.closing).toBe(-900);
  });

  it('is just the trial balance without a comparison', () => {
    const current = trialBalance({ accounts, buckets, to: '2026-12-31' });
    expect(comparedTrialBalanceRows(accounts, current).map((row) => row.current)).toEqual(current.rows);
  });
});
