import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { StocktakeView } from '../../../db/repositories/stocktakes';
import { stocktakesRepository } from '../../../db/repositories/stocktakes/appStocktakes';

/**
 * A stocktake as the screens show it, kept current in parts: the catalog, places and levels
 * change rarely; the sheets change with every count saved (only they are read again then);
 * the movements since the snapshot with every stock movement.
 */
export function useStocktakeData(stocktakeId: string): StocktakeView | null | undefined {
  const base = useLiveQuery(() => stocktakesRepository.readStocktakeBase(stocktakeId), [stocktakeId]);
  const sheets = useLiveQuery(() => stocktakesRepository.sheetsOf(stocktakeId), [stocktakeId]);
  const snapshotAt = base?.stocktake.snapshotAt;
  const date = base?.stocktake.date;
  const moved = useLiveQuery(() => (snapshotAt && date ? stocktakesRepository.movedSinceSnapshot({ id: stocktakeId, snapshotAt, date }) : undefined), [stocktakeId, snapshotAt, date]);
  return useMemo(() => {
    if (base === null) return null;
    if (!base || !sheets || !moved) return undefined;
    return { ...base, sheets, moved };
  }, [base, sheets, moved]);
}
