/**
 * Why a purchasing write was refused; translated as `purchasing.problems.<code>` with the
 * params. Repositories throw `PurchasingRejected` before anything is written.
 */
export type PurchasingProblem = { code: string; params?: Record<string, string> };

export class PurchasingRejected extends Error {
  constructor(readonly problems: PurchasingProblem[]) {
    super(`Refused: ${problems.map((problem) => problem.code).join(', ')}`);
    this.name = 'PurchasingRejected';
  }
}

/** Throws when there are problems. */
export function refuseIfAny(problems: readonly PurchasingProblem[]): void {
  if (problems.length > 0) throw new PurchasingRejected([...problems]);
}
