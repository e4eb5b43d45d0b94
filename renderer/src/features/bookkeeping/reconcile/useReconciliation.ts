import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { bankRepository } from '../../../db/repositories';
import { reconcileView, type ReconcileView } from './reconcileView';

/** The account's reconciliations and postings, live: a tick or a new posting shows at once. */
export function useReconciliation(accountId: string, currency: string): ReconcileView | undefined {
  const data = useLiveQuery(
    async () => {
      if (accountId === '') return { records: [], postings: [] };
      const [records, postings] = await Promise.all([bankRepository.listReconciliations(accountId), bankRepository.bankPostings(accountId, currency)]);
      return { records, postings };
    },
    [accountId, currency],
  );
  return useMemo(() => (data ? reconcileView(data.records, data.postings) : undefined), [data]);
}
