import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../../../../shared/dates';
import type { AgedPayablesRow } from '../../../../../shared/ledger/agedPayables';
import { ledgerRepository } from '../../../db/repositories';

/**
 * The suppliers with open bills on a date (the aged payables' rows), live: a bill posted
 * or paid shows at once. Nothing is read unless `active` (only a bill payment asks).
 */
export function useOpenBills(active: boolean, asOf: IsoDate): AgedPayablesRow[] {
  return (
    useLiveQuery(async () => (active ? (await ledgerRepository.loadAgedPayables(asOf)).rows : []), [active, asOf]) ?? []
  );
}
