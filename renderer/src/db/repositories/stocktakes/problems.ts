/** Why a stocktake change was refused: an i18n key under `inventory.stocktakes.errors` and its values. */
export type StocktakeProblem =
  | 'nothingToCount'
  | 'badTolerance'
  | 'badScope'
  | 'notFound'
  | 'notCounting'
  | 'periodLocked'
  | 'accountsMissing'
  | 'negativeCount'
  | 'itemArchived'
  | 'barcodeTaken'
  | 'skuTaken'
  | 'itemIncomplete';

export class StocktakeRejected extends Error {
  constructor(
    readonly problem: StocktakeProblem,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`The stocktake change was refused: ${problem} ${JSON.stringify(values)}`);
    this.name = 'StocktakeRejected';
  }
}
