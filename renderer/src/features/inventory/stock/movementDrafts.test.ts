import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import { movementDraftsOf, quantityOfForm, type MovementFormValues } from './movementDrafts';

const paper: Pick<CatalogItem, 'id' | 'unit' | 'packs'> = { id: 'paper', unit: { code: 'sheet', decimals: 0 }, packs: [{ name: 'ream', contains: 500 }, { name: 'box', contains: 2500 }] };
const flour: Pick<CatalogItem, 'id' | 'unit' | 'packs'> = { id: 'flour', unit: { code: 'kg', decimals: 3 }, packs: [] };
const blank: MovementFormValues = { itemId: '', locationId: 'A', toLocationId: '', quantity: '', packName: '', costMode: 'unit', costMinor: null, date: '2026-12-03', note: '', issuedTo: '', writeOffReason: 'damaged' };
const ids = () => 'T1';

describe('movement form', () => {
  it('counts packs and decimal units exactly', () => {
    expect(quantityOfForm({ quantity: '3', packName: 'box' }, paper)?.quantity).toBe(7500);
    expect(quantityOfForm({ quantity: '1,5', packName: '' }, flour)?.quantity).toBe(1500);
    expect(quantityOfForm({ quantity: '1.5', packName: 'ream' }, paper)).toBeNull();
    expect(quantityOfForm({ quantity: '0', packName: '' }, paper)).toBeNull();
    // As an English screen writes five thousand sheets.
    expect(quantityOfForm({ quantity: '5,000', packName: '' }, paper, 'en-GB')?.quantity).toBe(5000);
  });

  it('values a receipt from a unit cost per chosen unit, or takes a total as it is', () => {
    const perBox = movementDraftsOf('receive', { ...blank, quantity: '2', packName: 'box', costMinor: 1999 }, paper, ids);
    expect(perBox).toEqual({ ok: true, drafts: [expect.objectContaining({ kind: 'receipt', quantity: 5000, value: 3998 })] });
    const perKg = movementDraftsOf('receive', { ...blank, quantity: '0,333', costMinor: 100 }, flour, ids);
    expect(perKg.ok && perKg.drafts[0]!.value).toBe(33);
    const total = movementDraftsOf('opening', { ...blank, quantity: '7', costMode: 'total', costMinor: 1000 }, paper, ids);
    expect(total.ok && total.drafts[0]).toMatchObject({ kind: 'opening', quantity: 7, value: 1000 });
  });

  it('issues, writes off and transfers with the sign of their direction', () => {
    expect(movementDraftsOf('issue', { ...blank, quantity: '5', issuedTo: 'Sales desk' }, paper, ids)).toMatchObject({ ok: true, drafts: [{ kind: 'issue', quantity: -5, issuedTo: 'Sales desk' }] });
    expect(movementDraftsOf('write-off', { ...blank, quantity: '1', writeOffReason: 'expired', note: 'Batch 12' }, paper, ids)).toMatchObject({ ok: true, drafts: [{ kind: 'writeOff', quantity: -1, reason: 'expired: Batch 12' }] });
    const moved = movementDraftsOf('transfer', { ...blank, quantity: '1', packName: 'ream', toLocationId: 'B' }, paper, ids);
    expect(moved).toMatchObject({ ok: true, drafts: [{ kind: 'transferOut', locationId: 'A', quantity: -500, transferId: 'T1' }, { kind: 'transferIn', locationId: 'B', quantity: 500, transferId: 'T1' }] });
  });

  it('names every missing or wrong field at once', () => {
    expect(movementDraftsOf('receive', { ...blank, locationId: '', date: null }, undefined, ids)).toEqual({ ok: false, problems: { itemId: 'itemMissing', locationId: 'locationMissing', quantity: 'quantityMissing', date: 'dateMissing', cost: 'costMissing' } });
    expect(movementDraftsOf('transfer', { ...blank, quantity: 'x', toLocationId: 'A' }, paper, ids)).toEqual({ ok: false, problems: { toLocationId: 'sameLocation', quantity: 'quantityInvalid' } });
    expect(movementDraftsOf('issue', { ...blank, quantity: '1' }, paper, ids)).toEqual({ ok: false, problems: { issuedTo: 'issuedToMissing' } });
    expect(movementDraftsOf('write-off', { ...blank, quantity: '1', writeOffReason: 'other' }, paper, ids)).toEqual({ ok: false, problems: { note: 'reasonMissing' } });
  });
});
