import { describe, expect, it } from 'vitest';
import { createChartFor } from '../ledger/charts';
import { defaultInventoryAccounts } from './inventoryAccounts';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const at = '2026-12-03T00:00:00.000Z';

function codesFor(country: string | undefined) {
  const accounts = createChartFor(country, 'en', ids(), at);
  const choice = defaultInventoryAccounts(country, accounts);
  const code = (id: string | null) => accounts.find((account) => account.id === id)?.code;
  return [code(choice.inventoryAccountId), code(choice.adjustmentAccountId), code(choice.receiptAccountId), code(choice.consumptionAccountId)];
}

describe('default inventory accounts', () => {
  it('uses the numbers a Hungarian accountant expects: 211 materials, 869 shortages, 454 suppliers, 511 materials used', () => {
    expect(codesFor('HU')).toEqual(['211', '869', '454', '511']);
  });

  it('uses the Russian chart: 10 materials, 94 shortages, 60 suppliers, 26 overheads', () => {
    expect(codesFor('RU')).toEqual(['10', '94', '60', '26']);
  });

  it('uses the international chart elsewhere: inventory, shrinkage, goods received not invoiced, materials used', () => {
    expect(codesFor('IE')).toEqual(['1200', '5800', '2020', '5020']);
    expect(codesFor(undefined)).toEqual(['1200', '5800', '2020', '5020']);
  });

  it('falls back to an older chart’s accounts and leaves a purpose unchosen when nothing fits', () => {
    const accounts = createChartFor('HU', 'hu', ids(), at).filter((account) => !['rawMaterials', 'stockAdjustments', 'suppliesConsumed', 'payable'].includes(account.templateKey!));
    const choice = defaultInventoryAccounts('HU', accounts);
    const code = (id: string | null) => accounts.find((account) => account.id === id)?.code ?? null;
    expect([code(choice.inventoryAccountId), code(choice.adjustmentAccountId), code(choice.receiptAccountId), code(choice.consumptionAccountId)]).toEqual(['21', '86', null, '51']);
  });
});
