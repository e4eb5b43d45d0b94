import type { NegativeStock } from '../../../../../shared/stock/levels';

/** Why movements were not recorded; translated as `inventory.problems.<code>`. */
export const stockProblemCodes = [
  'inventoryAccountsMissing',
  'itemMissing',
  'itemArchived',
  'locationMissing',
  'locationArchived',
  'quantityInvalid',
  'valueInvalid',
  'dateInvalid',
  'transferUnpaired',
] as const;
export type StockProblemCode = (typeof stockProblemCodes)[number];
export type StockProblem = { code: StockProblemCode; params: Record<string, string> };

/** Movements refused before anything was written. */
export class StockRejected extends Error {
  constructor(readonly problems: StockProblem[]) {
    super(`Stock movements refused: ${problems.map((problem) => problem.code).join(', ')}`);
    this.name = 'StockRejected';
  }
}

/** The movements would leave less than nothing somewhere; the user may confirm and record them anyway. */
export class StockWouldGoNegative extends Error {
  constructor(readonly places: NegativeStock[]) {
    super(`Stock would go negative at ${places.length} place(s).`);
    this.name = 'StockWouldGoNegative';
  }
}
