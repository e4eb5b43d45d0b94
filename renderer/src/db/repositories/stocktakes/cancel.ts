import { now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { Stocktake } from '../../../../../shared/stock/types';
import { StocktakeRejected } from './problems';

/** Cancels a stocktake still being counted: nothing is posted, its counts stay readable. */
export async function cancelStocktake(db: BackofficeDb, stocktakeId: string): Promise<Stocktake> {
  return writeWithAudit(db, [db.stocktakes], 'stocktakeCancelled', async () => {
    const stocktake = await db.stocktakes.get(stocktakeId);
    if (!stocktake) throw new StocktakeRejected('notFound');
    if (stocktake.status !== 'counting') throw new StocktakeRejected('notCounting', { number: stocktake.number });
    const cancelled: Stocktake = { ...stocktake, status: 'cancelled', updatedAt: now() };
    await db.stocktakes.put(cancelled);
    return { result: cancelled, recordIds: [stocktakeId] };
  });
}
