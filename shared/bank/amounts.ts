import { currencyAffixesOf, minorDigits } from '../money';

/**
 * Amounts as banks write them in statement files. The column mapping names the style, so
 * "1.234" is read without guessing: 1234 in '1.234,56', 1.234 in '1,234.56'. Digits are
 * handled as text and BigInt, never as floats.
 */
export const decimalStyles = ['1,234.56', '1 234,56', '1.234,56'] as const;
export type DecimalStyle = (typeof decimalStyles)[number];

export type AmountError = 'emptyAmount' | 'invalidAmount' | 'tooManyDecimals' | 'amountTooLarge';
export type AmountReading = { ok: true; minor: number } | { ok: false; error: AmountError };

const spaces = /[\s\u00a0\u202f\u2009']/g;
const minus = /^[-\u2212]/;
const largest = BigInt(Number.MAX_SAFE_INTEGER);
/** Spellings banks use that Intl no longer knows. */
const oldSpellings: Record<string, string[]> = { RUB: ['руб.', 'руб', 'р.'], HUF: ['Ft.'] };

const affixesCache = new Map<string, string[]>();
function affixesOf(currency: string): string[] {
  let affixes = affixesCache.get(currency);
  if (!affixes) {
    const all = new Set<string>([...(oldSpellings[currency] ?? [])]);
    for (const locale of ['en-US', 'ru-RU', 'hu-HU']) for (const affix of currencyAffixesOf(currency, locale)) all.add(affix);
    affixes = [...all].sort((a, b) => b.length - a.length);
    affixesCache.set(currency, affixes);
  }
  return affixes;
}

/**
 * Reads a statement cell as signed minor units of `currency`: "-1 234,56", "(12.50)",
 * "1.234,56-", "1 234,56 Ft", "$1,234.56". Decimals beyond the currency's are refused unless
 * they are zeros ("12 345,00" HUF is 12345), so nothing is ever rounded away.
 */
export function readStatementAmount(cell: string, style: DecimalStyle, currency: string): AmountReading {
  let text = cell.trim();
  if (text === '') return { ok: false, error: 'emptyAmount' };
  let negative = false;
  let signs = 0;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    signs += 1;
    text = text.slice(1, -1).trim();
  }
  const takeSign = () => {
    if (minus.test(text) || text.startsWith('+')) {
      negative = !text.startsWith('+');
      signs += 1;
      text = text.slice(1).trim();
    } else if (/[-\u2212]$/.test(text)) {
      negative = true;
      signs += 1;
      text = text.slice(0, -1).trim();
    }
  };
  takeSign();
  text = withoutCurrency(text, affixesOf(currency));
  takeSign();
  if (signs > 1) return { ok: false, error: 'invalidAmount' };

  const number = splitNumber(text.replace(spaces, ' '), style);
  if (!number) return { ok: false, error: 'invalidAmount' };
  const digits = minorDigits(currency);
  let { fraction } = number;
  if (fraction.length > digits) {
    if (!/^0*$/.test(fraction.slice(digits))) return { ok: false, error: 'tooManyDecimals' };
    fraction = fraction.slice(0, digits);
  }
  const minor = BigInt((number.whole || '0') + fraction.padEnd(digits, '0'));
  if (minor > largest) return { ok: false, error: 'amountTooLarge' };
  const value = Number(minor);
  return { ok: true, minor: negative && value !== 0 ? -value : value };
}

/** Writes minor units the way a bank in that style would ("-12 345,67"), for fixtures and previews. */
export function writeStatementAmount(minor: number, style: DecimalStyle, currency: string): string {
  const digits = minorDigits(currency);
  const text = (minor < 0 ? -BigInt(minor) : BigInt(minor)).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  const group = style === '1,234.56' ? ',' : style === '1 234,56' ? ' ' : '.';
  const decimal = style === '1,234.56' ? '.' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return (minor < 0 ? '-' : '') + grouped + (digits > 0 ? decimal + fraction : '');
}

function withoutCurrency(text: string, affixes: readonly string[]): string {
  if (!/[^\d\s.,'+\-\u2212()]/.test(text)) return text; // only digits and marks: nothing to take off
  const lower = text.toLowerCase();
  for (const affix of affixes) {
    const a = affix.toLowerCase();
    if (lower.startsWith(a)) return text.slice(affix.length).trim();
    if (lower.endsWith(a)) return text.slice(0, text.length - affix.length).trim();
  }
  return text;
}

/** Whole and fraction digits of "1 234,56" in the style, or null when the text is not such a number. */
function splitNumber(text: string, style: DecimalStyle): { whole: string; fraction: string } | null {
  const decimal = style === '1,234.56' ? '.' : ',';
  const groupMarks = style === '1,234.56' ? [',', ' '] : [' ', '.'];
  if (!/^[\d., ]+$/.test(text)) return null;
  const parts = text.split(decimal);
  if (parts.length > 2) return null;
  const [integerPart = '', fraction = ''] = parts;
  if (!/^\d*$/.test(fraction)) return null;
  const used = groupMarks.filter((mark) => integerPart.includes(mark));
  if (used.length > 1) return null; // "1.234 567" mixes two kinds of grouping
  const groups = used[0] === undefined ? [integerPart] : integerPart.split(used[0]);
  const [first = '', ...others] = groups;
  if (!/^\d*$/.test(first) || (others.length > 0 && !/^\d{1,3}$/.test(first)) || !others.every((g) => /^\d{3}$/.test(g))) return null;
  const whole = groups.join('');
  if (whole === '' && fraction === '') return null;
  return { whole, fraction };
}
