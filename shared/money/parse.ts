import { minorDigits } from './currencies';
import { currencyAffixesOf, numberSymbolsOf, type NumberSymbols } from './locale';
import { money, type Money } from './money';

/** Why typed text is not an amount; the renderer maps each to a message. */
export const parseMoneyErrors = ['empty', 'notANumber', 'tooManyDecimals', 'tooLarge'] as const;
export type ParseMoneyError = (typeof parseMoneyErrors)[number];
export type ParseMoneyResult = { ok: true; value: Money } | { ok: false; error: ParseMoneyError };

const minusSigns = ['-', '\u2212'];
// Any space (ordinary, no-break U+00A0, narrow no-break U+202F, thin) or an apostrophe can only group digits.
const groupingMarks = /[\s'\u2019]/g;
const largest = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Reads an amount typed by a person in the locale's way: "1,234.56" (en), "1 234,56" (ru),
 * "1.234,56" or "1 234,56" (hu); a leading minus or parentheses for a negative amount; the
 * currency's symbol or code before or after. The other common way of writing is accepted
 * where only one reading exists ("1,5" in en-US is 1.50); text with two readings is refused
 * ("1.234" in hu-HU could be 1234 or 1.234). Digits are handled as text, never as floats,
 * and extra decimals are refused rather than rounded.
 * Throws only for an unknown currency code (a programming error, not a typing error).
 */
export function parseMoney(input: string, currency: string, locale: string): ParseMoneyResult {
  const digits = minorDigits(currency);
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  const signed = stripSignAndCurrency(text, currencyAffixesOf(currency, locale));
  const number = signed && readDecimal(signed.rest, numberSymbolsOf(locale));
  if (!signed || !number) return { ok: false, error: 'notANumber' };
  if (number.fraction.length > digits) return { ok: false, error: 'tooManyDecimals' };
  const minor = BigInt(number.whole + number.fraction.padEnd(digits, '0'));
  if (minor > largest) return { ok: false, error: 'tooLarge' };
  return { ok: true, value: money(Number(signed.negative ? -minor : minor), currency) };
}

/** Takes off "(…)", one sign and one currency mark ("-$5", "$-5", "(5 Ft)", "HUF -5"). */
function stripSignAndCurrency(text: string, affixes: readonly string[]): { negative: boolean; rest: string } | null {
  let rest = text;
  let negative = false;
  let signs = 0;
  let currencyTaken = false;
  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true;
    signs = 1;
    rest = rest.slice(1, -1).trim();
  }
  const takeSign = () => {
    const first = rest.charAt(0);
    if (first !== '+' && !minusSigns.includes(first)) return;
    signs += 1;
    negative = first !== '+';
    rest = rest.slice(1).trimStart();
  };
  const takeCurrency = (where: 'start' | 'end') => {
    if (currencyTaken) return;
    const lower = rest.toLowerCase();
    const affix = affixes.find((a) => (where === 'start' ? lower.startsWith(a.toLowerCase()) : lower.endsWith(a.toLowerCase())));
    if (affix === undefined) return;
    currencyTaken = true;
    rest = where === 'start' ? rest.slice(affix.length).trimStart() : rest.slice(0, rest.length - affix.length).trimEnd();
  };
  takeSign();
  takeCurrency('start');
  takeSign();
  takeCurrency('end');
  return signs > 1 ? null : { negative, rest };
}

type DecimalText = { whole: string; fraction: string };

/** Digits with at most one decimal mark and consistent grouping; null if not exactly one reading. */
function readDecimal(core: string, symbols: NumberSymbols): DecimalText | null {
  const text = core.replace(groupingMarks, ' ');
  if (!/^[\d., ]+$/.test(text)) return null;
  const spaced = text.includes(' ');
  const hasDot = text.includes('.');
  const hasComma = text.includes(',');

  if (hasDot && hasComma) {
    // "1.234,56" or "1,234.56": the last mark is the decimal one, the other groups.
    if (spaced) return null;
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    return split(text, decimal, decimal === '.' ? ',' : '.');
  }
  if (!hasDot && !hasComma) return split(text, null, ' ');

  const mark = hasDot ? '.' : ',';
  const asDecimal = split(text, mark, ' ');
  const asGrouping = spaced ? null : split(text, null, mark); // two kinds of grouping never mix
  if (mark === symbols.decimal) return asDecimal ?? asGrouping;
  if (mark === symbols.group) return asGrouping ?? asDecimal;
  return asDecimal && asGrouping ? null : (asDecimal ?? asGrouping);
}

function split(text: string, decimal: string | null, group: string): DecimalText | null {
  let integerPart = text;
  let fraction = '';
  if (decimal !== null) {
    const at = text.indexOf(decimal);
    if (at !== text.lastIndexOf(decimal)) return null;
    if (at >= 0) {
      integerPart = text.slice(0, at);
      fraction = text.slice(at + 1);
    }
  }
  if (!/^\d*$/.test(fraction)) return null;
  const whole = ungroup(integerPart, group);
  if (whole === null || (whole === '' && fraction === '')) return null;
  return { whole, fraction };
}

/** "1 234 567" → "1234567"; groups after the first must have exactly three digits. */
function ungroup(text: string, group: string): string | null {
  const groups = text.split(group);
  if (groups.length === 1) return /^\d*$/.test(text) ? text : null;
  const [first = '', ...others] = groups;
  if (!/^\d{1,3}$/.test(first) || !others.every((g) => /^\d{3}$/.test(g))) return null;
  return groups.join('');
}
