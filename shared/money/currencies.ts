/**
 * Currencies the office can keep books in, with the number of minor-unit digits each uses.
 *
 * The digits are pinned here instead of asked from Intl at run time: a stored amount is an
 * integer of minor units, so its meaning must not change with the runtime's ICU data.
 * Node 20 and Chromium already disagree (RSD: 2 vs 0; Chromium lacks SLE, XCG, ZWG), and
 * CLDR has changed digits before (HUF went to 0). The table is Node 20's (ICU 78) view;
 * `currencies.test.ts` compares it with the running Intl so a drift is noticed, not absorbed.
 * Adding a currency is safe; changing a currency's digits needs a data migration.
 */
import { MoneyError } from './errors';

const codesByDigits: Record<0 | 2 | 3, string> = {
  0:
    'AFN ALL BIF CLP COP DJF GNF HUF IDR IQD IRR ISK JPY KMF KPW KRW LAK LBP MGA MMK PKR PYG RWF ' +
    'SLL SOS SYP UGX VND VUV XAF XOF XPF YER',
  2:
    'AED AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF ' +
    'CHF CNY CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD ' +
    'HKD HNL HRK HTG ILS INR JMD KES KGS KHR KYD KZT LKR LRD LSL MAD MDL MKD MNT MOP MRU MUR MVR ' +
    'MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PLN QAR RON RSD RUB SAR SBD SCR SDG ' +
    'SEK SGD SHP SLE SRD SSP STN SVC SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST ' +
    'XCD XCG XDR XSU ZAR ZMW ZWG ZWL',
  3: 'BHD JOD KWD LYD OMR TND',
};

const digitsByCode: ReadonlyMap<string, number> = new Map(
  Object.entries(codesByDigits).flatMap(([digits, codes]) => codes.split(' ').map((code) => [code, Number(digits)] as const)),
);

/** Every known ISO 4217 code, sorted, e.g. for a currency picker. */
export const currencyCodes: readonly string[] = [...digitsByCode.keys()].sort();

/** True for a known ISO 4217 code in upper case ('EUR'); false for 'eur', 'EURO', 'XYZ'. */
export function isCurrencyCode(code: string): boolean {
  return digitsByCode.has(code);
}

/** How many decimals the currency's minor unit has: USD 2, JPY 0, HUF 0, KWD 3. Throws for an unknown code. */
export function minorDigits(currency: string): number {
  const digits = digitsByCode.get(currency);
  if (digits === undefined) throw new MoneyError('unknownCurrency', `Unknown currency code: ${JSON.stringify(currency)}`);
  return digits;
}
