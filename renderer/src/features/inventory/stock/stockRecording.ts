import type { TFunction } from 'i18next';
import { LedgerRejected } from '../../../../../shared/ledger/problems';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { formatQuantity } from '../../../../../shared/catalog/quantities';
import { locationPath } from '../../../../../shared/stock/locationTree';
import type { NegativeStock } from '../../../../../shared/stock/levels';
import type { MovementDraft } from '../../../../../shared/stock';
import { appDb } from '../../../db/appDb';
import { recordStockMovements, StockRejected, type Recorded } from '../../../db/repositories/stock';
import { ensureInventorySettings } from '../../../db/repositories/stock/inventorySettings';
import { describeBookkeepingError } from '../../bookkeeping/problemText';
import { i18n } from '../../../i18n';
import { unitLabel } from '../catalog/catalogText';

/** Records the form's movements (the inventory accounts set up first on a new book), posting their entry in the same write. */
export async function recordFromForm(drafts: readonly MovementDraft[], memo: string, allowNegative: boolean): Promise<Recorded> {
  await ensureInventorySettings(appDb);
  return recordStockMovements(appDb, drafts, { allowNegative, memo });
}

/** "P-A4 Copy paper at Main › Shelf A: −20 sheet": where stock would go below zero. */
export async function describeNegative(places: readonly NegativeStock[], regional: RegionalFormat): Promise<string[]> {
  const [items, locations] = await Promise.all([appDb.items.bulkGet(places.map((place) => place.itemId)), appDb.locations.toArray()]);
  return places.map((place, index) => {
    const item = items[index];
    const quantity = item ? `${formatQuantity(place.quantity, item.unit, regional.locale)} ${unitLabel(item.unit.code, i18n.t)}` : String(place.quantity);
    return `${item ? `${item.sku} ${item.name}` : place.itemId} — ${locationPath(place.locationId, locations)}: ${quantity}`;
  });
}

/** Why recording failed, in the user's words. */
export function describeStockError(error: unknown, t: TFunction, regional: RegionalFormat): string {
  if (error instanceof StockRejected) return error.problems.map((problem) => t(`inventory.problems.${problem.code}`, problem.params)).join(' ');
  if (error instanceof LedgerRejected) return describeBookkeepingError(error, t, regional);
  return t('inventory.stock.form.failed', { message: error instanceof Error ? error.message : String(error) });
}
