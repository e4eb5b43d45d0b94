import type { TFunction } from 'i18next';
import { PurchasingRejected, type PurchasingProblem } from '../../../../shared/purchasing/problems';

/** A refusal in the user's words; an order's status in it is translated too. */
export function purchasingProblemText(problem: PurchasingProblem, t: TFunction): string {
  const params = problem.params ?? {};
  const statusText = params.status ? t(`purchasing.status.${params.status}`) : '';
  return t(`purchasing.problems.${problem.code}`, { ...params, statusText });
}

/** Every problem of a refused write, one per line; null when the error is not a refusal. */
export function refusalText(error: unknown, t: TFunction): string | null {
  return error instanceof PurchasingRejected ? error.problems.map((problem) => purchasingProblemText(problem, t)).join('\n') : null;
}
