import type { Language } from '../i18n/languages';
import { money, multiplyByRate, type Rate, type RoundingMode } from '../money';
import { accountWithRole, indexAccounts } from './accounts';
import { problem, type LedgerProblem } from './problems';
import type { Account, VatCode } from './types';

/** VAT is rounded commercially (half away from zero) unless a caller's rule says otherwise. */
export const vatRounding: RoundingMode = 'half-up';

export type VatSplit = { net: number; tax: number; gross: number };

/**
 * Net, tax and gross of an amount given as net or as gross. The tax is the one rounded
 * figure (through `multiplyByRate`); the other follows by exact addition or subtraction.
 * From gross: tax = gross × r / (1 + r), i.e. rate numerator / (denominator + numerator).
 */
export function splitVat(amount: number, amountIs: 'net' | 'gross', rate: Rate, currency: string, mode: RoundingMode = vatRounding): VatSplit {
  if (amountIs === 'net') {
    const tax = multiplyByRate(money(amount, currency), rate, mode).minor;
    return { net: amount, tax, gross: amount + tax };
  }
  const tax = multiplyByRate(money(amount, currency), { numerator: rate.numerator, denominator: rate.denominator + rate.numerator }, mode).minor;
  return { net: amount - tax, tax, gross: amount };
}

/** "27", "5.5": the rate as a percentage number with a dot (display only, never for amounts). */
export function ratePercentNumber(rate: Rate): string {
  return String(Number(((rate.numerator * 100) / rate.denominator).toFixed(4)));
}

/** "27%", "5.5%": the rate for names and labels (display only, never for amounts). */
export function ratePercentText(rate: Rate): string {
  return `${ratePercentNumber(rate)}%`;
}

/** Problems with a VAT code among the others: a code, a unique code, a sane rate, an existing account. */
export function validateVatCode(candidate: VatCode, vatCodes: readonly VatCode[], accounts: readonly Account[]): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  if (candidate.code.trim() === '') problems.push(problem('ledger.vat.codeRequired'));
  else if (vatCodes.some((other) => other.id !== candidate.id && other.code === candidate.code)) {
    problems.push(problem('ledger.vat.codeTaken', { params: { code: candidate.code } }));
  }
  const { numerator, denominator } = candidate.rate;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator <= 0) {
    problems.push(problem('ledger.vat.rateInvalid'));
  }
  if (!indexAccounts(accounts).has(candidate.accountId)) problems.push(problem('ledger.vat.accountMissing'));
  return problems;
}

/** Standard and reduced VAT rates (percent) by the currency of the country's books. */
const ratesByCurrency: Record<string, number[]> = {
  HUF: [27, 18, 5],
  RUB: [22, 10],
  GBP: [20, 5],
};
const ratesByLanguage: Record<Language, number[]> = { hu: [27, 18, 5], ru: [22, 10], en: [20, 5] };

const vatNames: Record<Language, { input: string; output: string }> = {
  en: { input: 'Input VAT', output: 'Output VAT' },
  ru: { input: 'НДС к вычету', output: 'НДС с реализации' },
  hu: { input: 'Előzetesen felszámított ÁFA', output: 'Fizetendő ÁFA' },
};

/**
 * An input and an output code per usual rate of the company's country (guessed from the
 * base currency, else the language), posting to the chart's VAT input and output accounts.
 * The office can change rates and add codes afterwards.
 */
export function createDefaultVatCodes(
  accounts: readonly Account[],
  language: Language,
  baseCurrency: string,
  makeId: () => string,
  at: string,
): VatCode[] {
  const inputAccount = accountWithRole(accounts, 'vatInput');
  const outputAccount = accountWithRole(accounts, 'vatOutput');
  const rates = ratesByCurrency[baseCurrency] ?? ratesByLanguage[language];
  const codes: VatCode[] = [];
  for (const kind of ['input', 'output'] as const) {
    const account = kind === 'input' ? inputAccount : outputAccount;
    if (!account) continue;
    for (const percent of rates) {
      const rate = { numerator: percent, denominator: 100 };
      codes.push({
        id: makeId(),
        code: `${kind === 'input' ? 'I' : 'O'}${percent}`,
        name: `${vatNames[language][kind]} ${ratePercentText(rate)}`,
        rate,
        kind,
        accountId: account.id,
        archived: false,
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  return codes;
}
