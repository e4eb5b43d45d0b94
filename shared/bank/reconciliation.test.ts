import { describe, expect, it } from 'vitest';
import { finishReconciliation, reconciliationState, type ReconciliationInput } from './reconciliation';

const input = (cleared: string[], closingBalance = 118000): ReconciliationInput => ({
  statementDate: '2026-03-31',
  openingBalance: 100000,
  closingBalance,
  postings: [
    { id: 'p1', date: '2026-03-02', amount: 25000, cleared: cleared.includes('p1') },
    { id: 'p2', date: '2026-03-10', amount: -5000, cleared: cleared.includes('p2') },
    { id: 'p3', date: '2026-03-20', amount: -2000, cleared: cleared.includes('p3') },
    { id: 'p4', date: '2026-04-02', amount: -700, cleared: cleared.includes('p4') },
  ],
});

describe('reconciliationState', () => {
  it('shows the difference while postings are ticked', () => {
    expect(reconciliationState(input([]))).toMatchObject({ clearedBalance: 100000, difference: 18000, canFinish: false, clearedCount: 0 });
    expect(reconciliationState(input(['p1', 'p2', 'p3']))).toEqual({
      clearedBalance: 118000, difference: 0, canFinish: true, clearedCount: 3, clearedDeposits: 25000, clearedPayments: -7000, clearedAfterStatementDate: [],
    });
  });

  it('points out ticked postings dated after the statement', () => {
    expect(reconciliationState(input(['p1', 'p2', 'p3', 'p4'], 117300)).clearedAfterStatementDate).toEqual(['p4']);
  });

  it('throws on amounts that are not minor units (a bug, not a user error)', () => {
    expect(() => reconciliationState({ ...input([]), closingBalance: 1.5 })).toThrow(RangeError);
  });
});

describe('finishReconciliation', () => {
  it('returns the postings to mark and the new reconciled balance', () => {
    expect(finishReconciliation(input(['p1', 'p2', 'p3']))).toEqual({ ok: true, reconciledPostingIds: ['p1', 'p2', 'p3'], reconciledBalance: 118000, statementDate: '2026-03-31' });
  });

  it('refuses while a difference is left, or without a real statement date', () => {
    expect(finishReconciliation(input(['p1', 'p2']))).toEqual({ ok: false, error: 'differenceNotZero', difference: -2000 });
    expect(finishReconciliation({ ...input(['p1', 'p2', 'p3']), statementDate: '2026-02-30' })).toEqual({ ok: false, error: 'invalidStatementDate' });
  });
});
