import type { BackofficeDb } from '../../database';
import { cancelStocktake } from './cancel';
import { attachBarcode, saveCounts, type CountSave } from './counting';
import { listStocktakes, readStocktakeView, sheetsOf } from './reading';
import { startStocktake, type StocktakeStart } from './start';

/**
 * Stocktakes: start (the snapshot), count sheet by sheet, approve (count adjustments and
 * their journal entry) or cancel. Every write is one audited transaction; refusals are
 * StocktakeRejected with an i18n key.
 */
export function createStocktakesRepository(db: BackofficeDb) {
  return {
    startStocktake: (start: StocktakeStart) => startStocktake(db, start),
    saveCounts: (save: CountSave) => saveCounts(db, save),
    attachBarcode: (itemId: string, code: string) => attachBarcode(db, itemId, code),
    cancelStocktake: (id: string) => cancelStocktake(db, id),
    listStocktakes: () => listStocktakes(db),
    sheetsOf: (id: string) => sheetsOf(db, id),
    readStocktakeView: (id: string) => readStocktakeView(db, id),
  };
}

export type StocktakesRepository = ReturnType<typeof createStocktakesRepository>;
export { StocktakeRejected, type StocktakeProblem } from './problems';
export type { StocktakeStart } from './start';
export type { CountEntry, CountSave } from './counting';
export type { StocktakeView } from './reading';
