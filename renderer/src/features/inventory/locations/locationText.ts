import type { TFunction } from 'i18next';
import { locationPath } from '../../../../../shared/stock/locationTree';
import type { StockLocation } from '../../../../../shared/stock/types';
import { LocationRejected } from '../../../db/repositories/locations';

/** Why a location change was refused, in the user's words, naming where stock still lies. */
export function describeLocationError(error: unknown, t: TFunction, locations: readonly StockLocation[]): string {
  if (!(error instanceof LocationRejected)) return t('inventory.locations.problems.unexpected', { message: error instanceof Error ? error.message : String(error) });
  return error.problems
    .map((problem) =>
      problem === 'stockOnHand'
        ? t('inventory.locations.problems.stockOnHand', {
            places: error.stockHeld.map((held) => t('inventory.locations.problems.heldAt', { place: locationPath(held.locationId, locations), items: held.itemCount })).join('; '),
          })
        : t(`inventory.locations.problems.${problem}`),
    )
    .join(' ');
}
