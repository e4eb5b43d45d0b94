/** Why the bank repository refused a change: i18n keys under `bank.problems.*` with their params. */
export const bankProblemKeys = [
  'mappingInvalid',
  'ruleInvalid',
  'ruleNotFound',
  'alreadyImported',
  'nothingToImport',
  'reconciliationNotFound',
  'reconciliationFinished',
  'reconciliationOpen',
  'statementDateInvalid',
  'statementDateBeforeLast',
  'differenceNotZero',
  'postingNotFound',
] as const;
export type BankProblemKey = (typeof bankProblemKeys)[number];

export type BankProblem = { key: BankProblemKey; params?: Record<string, string | number> };

export class BankRejected extends Error {
  readonly problems: BankProblem[];
  constructor(problems: BankProblem[]) {
    super(`Bank work refused: ${problems.map((problem) => problem.key).join(', ')}`);
    this.name = 'BankRejected';
    this.problems = problems;
  }
}

export function refuse(key: BankProblemKey, params?: BankProblem['params']): never {
  throw new BankRejected([params ? { key, params } : { key }]);
}
