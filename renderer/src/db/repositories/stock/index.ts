import type { IsoDate } from '../../../../../shared/dates';
import type { MovementDraft } from '../../../../../shared/stock';
import type { BackofficeDb } from '../../database';
import { readInventoryAccounts } from './accounts';
import { recordStockMovements, type RecordOptions } from './movements';
import { levelsAsOf, movementsOf } from './reading';

export { inventoryAccountsOf, inventoryTemplateKeys, itemAccountsOf, readInventoryAccounts, readInventorySettings } from './accounts';
export { recordMovementsWithinTransaction, recordStockMovements, stockReads, stockTables, type Recorded, type RecordOptions } from './movements';
export { StockRejected, StockWouldGoNegative, stockProblemCodes, type StockProblem, type StockProblemCode } from './problems';
export { levelsAsOf, movementsAfter, movementsOf, movementsRecordedSince } from './reading';

/** Stock movements and levels over one database. */
export function createStockRepository(db: BackofficeDb) {
  return {
    record: (drafts: readonly MovementDraft[], options?: RecordOptions) => recordStockMovements(db, drafts, options),
    movementsOf: (itemId: string) => movementsOf(db, itemId),
    levelsAsOf: (date: IsoDate) => levelsAsOf(db, date),
    levels: () => db.stockLevels.toArray(),
    inventoryAccounts: () => readInventoryAccounts(db),
  };
}
export type StockRepository = ReturnType<typeof createStockRepository>;
