import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { draftFromInput, duplicateEntry, nextEntryNumber, numberingYear, reversalOf, sequenceOfNumber } from './entries';
import { cr, dr, testEntry } from './testing';

const stamp = { id: 'new', at: '2026-05-01T10:00:00.000Z' };

describe('entry numbers', () => {
  it('counts per year with four digits and more when needed', () => {
    expect(nextEntryNumber(2026, 0)).toBe('2026-0001');
    expect(nextEntryNumber(2026, 41)).toBe('2026-0042');
    expect(nextEntryNumber(2026, 9999)).toBe('2026-10000');
    expect(sequenceOfNumber(2026, '2026-0042')).toBe(42);
    expect(sequenceOfNumber(2026, '2025-0042')).toBeNull();
    expect(sequenceOfNumber(2026, 'INV-7')).toBeNull();
  });

  it('numbers in the year the fiscal year starts', () => {
    expect(numberingYear('2026-03-01')).toBe(2026);
    expect(numberingYear('2026-03-01', { month: 7, day: 1 })).toBe(2025);
    expect(numberingYear('2026-07-01', { month: 7, day: 1 })).toBe(2026);
  });
});

describe('reversal and duplicate', () => {
  const entry = testEntry('e1', '2026-03-10', [dr('rent', 100, { memo: 'March' }), cr('bank', 100)], { number: '2026-0001', payee: 'Landlord', documentIds: ['d1'] });

  it('swaps debits and credits and links both ways', () => {
    const { reversal, original } = reversalOf(entry, '2026-04-01', '2026-0002', stamp);
    expect(reversal).toMatchObject({ id: 'new', date: '2026-04-01', number: '2026-0002', status: 'draft', origin: 'reversal', reversalOf: 'e1', payee: 'Landlord' });
    expect(reversal.lines).toEqual([cr('rent', 100, { memo: 'March' }), dr('bank', 100)]);
    expect(original.reversedBy).toBe('new');
    expect(entry.reversedBy).toBeUndefined(); // the input is not changed
    expect(reversal.closing).toBeUndefined();
    expect(reversalOf({ ...entry, closing: true }, '2026-04-01', '', stamp).reversal.closing).toBe(true);
  });

  it('duplicates as a fresh draft without number, links or documents', () => {
    const copy = duplicateEntry({ ...entry, reversedBy: 'x' }, stamp, '2026-06-01');
    expect(copy).toMatchObject({ id: 'new', number: '', date: '2026-06-01', status: 'draft', origin: 'manual', documentIds: [], payee: 'Landlord' });
    expect(copy.reversedBy).toBeUndefined();
    expect(copy.lines).toEqual(entry.lines);
    expect(copy.lines[0]).not.toBe(entry.lines[0]);
  });
});

describe('draftFromInput', () => {
  it('trims, defaults and drops empty optional line fields', () => {
    const draft = draftFromInput(
      { date: '2026-01-05', currency: 'EUR', payee: '  Shop ', lines: [{ accountId: 'a', debit: 5, credit: 0, memo: '' }, { accountId: 'b', debit: 0, credit: 5 }] },
      stamp,
    );
    expect(draft).toMatchObject({ id: 'new', number: '', payee: 'Shop', memo: '', status: 'draft', origin: 'manual', documentIds: [] });
    expect(draft.lines[0]).toEqual({ accountId: 'a', debit: 5, credit: 0 });
  });

  it('keeps which quick form made the entry, and only for a quick-form entry', () => {
    const lines = [{ accountId: 'a', debit: 5, credit: 0 }, { accountId: 'b', debit: 0, credit: 5 }];
    expect(draftFromInput({ date: '2026-01-05', currency: 'EUR', lines, origin: 'quickForm', quickForm: 'transfer' }, stamp).quickForm).toBe('transfer');
    expect(draftFromInput({ date: '2026-01-05', currency: 'EUR', lines, quickForm: 'transfer' }, stamp)).not.toHaveProperty('quickForm');
    expect(() => draftFromInput({ date: '2026-01-05', currency: 'EUR', lines, origin: 'quickForm', quickForm: 'gift' } as never, stamp)).toThrow(ZodError);
  });

  it('refuses text in an amount with the shape key', () => {
    const bad = { date: '2026-01-05', currency: 'EUR', lines: [{ accountId: 'a', debit: '5', credit: 0 }] } as never;
    const error = (() => {
      try {
        draftFromInput(bad, stamp);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]).toMatchObject({ message: 'ledger.entry.shapeInvalid', path: ['lines', 0, 'debit'] });
  });
});
