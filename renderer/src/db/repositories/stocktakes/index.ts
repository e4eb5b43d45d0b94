import type { BackofficeDb } from '../../database';
import { approveStocktake, type ApproveOptions } from './approve';
import { cancelStocktake } from './cancel';
import { attachBarcode, createItemAtCount, saveCounts, type CountSave, type QuickItem } from './counting';
import { listStocktakes, movedSinceSnapshot, readScopeChoices, readStocktakeBase, readStocktakeView, sheetsOf } from './reading';
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
    createItemAtCount: (input: QuickItem) => createItemAtCount(db, input),
    approveStocktake: (id: string, options: ApproveOptions) => approveStocktake(db, id, options),
    cancelStocktake: (id: string) => cancelStocktake(db, id),
    listStocktakes: () => listStocktakes(db),
    sheetsOf: (id: string) => sheetsOf(db, id),
    readStocktakeView: (id: string) => readStocktakeView(db, id),
    readScopeChoices: () => readScopeChoices(db),
    readStocktakeBase: (id: string) => readStocktakeBase(db, id),
    movedSinceSnapshot: (stocktake: { id: string; snapshotAt: string; date: string }) => movedSinceSnapshot(db, stocktake),
  };
}

export type StocktakesRepository = ReturnType<typeof createStocktakesRepository>;
export { StocktakeRejected, type StocktakeProblem } from './problems';
export type { StocktakeStart } from './start';
export type { ApproveOptions } from './approve';
export type { CountEntry, CountSave, QuickItem } from './counting';
export type { StocktakeView } from './reading';
