import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { bankRepository } from '../../../db/repositories';
import { reconcileView, type ReconcileView } from './reconcileView';

/**
 * The account's reconciliations and postings, live: a tick or a new posting shows at once.
 * Two queries, so a tick (a reconciliation change) does not read the account's postings again.
 */
export function useReconciliation(accountId: string, currency: string): ReconcileView | undefined {
  const records = useLiveQuery(() => (accountId === '' ? [] : bankRepository.listReconciliations(accountId)), [accountId]);
  const postings = useLiveQuery(() => (accountId === '' ? [] : bankRepository.bankPostings(accountId, currency)), [accountId, currency]);
  return useMemo(() => (records && postings ? reconcileView(records, postings) : undefined), [records, postings]);
}
