/** Why a money operation refused to run. These are programming errors, not user input errors. */
export type MoneyErrorCode =
  | 'unknownCurrency'
  | 'notSafeInteger'
  | 'currencyMismatch'
  | 'overflow'
  | 'invalidRatios'
  | 'invalidRate';

export class MoneyError extends Error {
  readonly code: MoneyErrorCode;
  constructor(code: MoneyErrorCode, message: string) {
    super(message);
    this.name = 'MoneyError';
    this.code = code;
  }
}
