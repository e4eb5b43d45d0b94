import type { TFunction } from 'i18next';
import type { PurchasingProblem } from '../../../../../shared/purchasing/problems';
import { purchasingProblemText } from '../problemText';

/** The messages of one field, in words, one after the other; undefined when the field is fine. */
export function fieldMessage(problems: readonly PurchasingProblem[], field: string, t: TFunction): string | undefined {
  const found = problems.filter((problem) => problem.params?.field === field);
  return found.length === 0 ? undefined : found.map((problem) => purchasingProblemText(problem, t)).join(' ');
}

/** Problems no field of the form shows (e.g. the record vanished meanwhile), in words. */
export function otherMessages(problems: readonly PurchasingProblem[], fields: readonly string[], t: TFunction): string | null {
  const rest = problems.filter((problem) => !fields.includes(problem.params?.field ?? ''));
  return rest.length === 0 ? null : rest.map((problem) => purchasingProblemText(problem, t)).join('\n');
}
