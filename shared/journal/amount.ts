import { minorDigits } from '../money';
import { currencyOfSymbol } from './commodities';
import type { JournalErrorCode } from './types';

/**
 * Reads one journal amount (`$1,234.56`, `1.234,56 EUR`, `-€5`, `EUR -5`, `HUF 1 000`)
 * into exact minor units by scanning character codes; no regular expressions and no
 * floating point. Decimal marks follow hledger 1.25 (see `decimalMark`).
 */

const DOT = 46;
const COMMA = 44;
const MINUS = 45;
const PLUS = 43;
const QUOTE = 34;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const powersOfTen = [1, 10, 100, 1000, 10000, 100000, 1000000];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Spaces allowed between digit groups: space, no-break space, thin and narrow no-break space. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Characters that end an unquoted commodity symbol (hledger's set, plus brackets). */
function endsSymbol(c: number): boolean {
  if (c < 128) {
    return (
      isDigit(c) || c <= 32 || c === MINUS || c === PLUS || c === DOT || c === COMMA || c === 64 /* @ */ ||
      c === 42 /* * */ || c === 59 /* ; */ || c === QUOTE || c === 123 || c === 125 || c === 61 /* = */ ||
      c === 40 || c === 41 || c === 91 || c === 93
    );
  }
  return c === 0xa0 || c === 0x2009 || c === 0x202f;
}

export class AmountReader {
  /** Decimal mark per commodity symbol, from commodity directives seen so far. */
  readonly markBySymbol = new Map<string, number>();
  /** From a `decimal-mark` directive; 0 when none. */
  defaultMark = 0;
  private readonly currencyBySymbol = new Map<string, string | null>();
  private lastSymbol = '';
  private lastCurrency: string | null = null;
  private digitsCurrency = '';
  private digits = 0;

  // Results of the last read.
  end = 0;
  minor = 0;
  currency = '';
  symbol = '';
  error: JournalErrorCode | null = null;
  message = '';
  errorAt = 0;
  /** The decimal mark the number used (0 for none): what a commodity directive declares. */
  usedMark = 0;

  // The number token of the last read.
  private numStart = 0;
  private numEnd = 0;
  private dots = 0;
  private commas = 0;
  private lastMark = 0;
  private lastMarkAt = 0;
  /**
   * The last number was "1,000" or "1.000" read with no declaration: hledger (and so we) take
   * the mark as a decimal mark, ledger takes it as a digit group. Worth a warning.
   */
  ambiguous = false;
  private spaceGroups = false;
  private leadingMark = false;

  /**
   * Reads an amount starting at `pos` (no leading spaces) and ending before `end`.
   * On success returns true with `minor`, `currency` ('' for a bare zero), `symbol` and
   * `end` set; otherwise false with `error`, `message` and `errorAt`.
   * `directive`: the sample amount of a commodity directive, which must show its decimal mark.
   */
  read(text: string, pos: number, end: number, directive = false): boolean {
    this.error = null;
    this.ambiguous = false;
    let p = pos;
    let negative = false;
    let signed = false;
    let c = text.charCodeAt(p);
    if (c === MINUS || c === PLUS) {
      negative = c === MINUS;
      signed = true;
      p += 1;
      c = p < end ? text.charCodeAt(p) : -1;
    }
    let symbolStart = -1;
    let symbolEnd = -1;
    if (isDigit(c) || ((c === DOT || c === COMMA) && p + 1 < end && isDigit(text.charCodeAt(p + 1)))) {
      p = this.scanNumber(text, p, end);
      let q = p;
      while (q < end && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q += 1;
      if (q < end) {
        const s = text.charCodeAt(q);
        if (s === QUOTE) {
          const close = text.indexOf('"', q + 1);
          if (close < 0 || close >= end) return this.fail('badAmount', 'The quoted commodity symbol is not closed', q);
          symbolStart = q + 1;
          symbolEnd = close;
          p = close + 1;
        } else if (!endsSymbol(s)) {
          symbolStart = q;
          while (q < end && !endsSymbol(text.charCodeAt(q))) q += 1;
          symbolEnd = q;
          p = q;
        }
      }
    } else {
      if (c === QUOTE) {
        const close = text.indexOf('"', p + 1);
        if (close < 0 || close >= end) return this.fail('badAmount', 'The quoted commodity symbol is not closed', p);
        symbolStart = p + 1;
        symbolEnd = close;
        p = close + 1;
      } else {
        symbolStart = p;
        while (p < end && !endsSymbol(text.charCodeAt(p))) p += 1;
        symbolEnd = p;
      }
      if (symbolEnd === symbolStart) return this.fail('badAmount', 'This is not an amount', pos);
      while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p += 1;
      c = p < end ? text.charCodeAt(p) : -1;
      if (c === MINUS || c === PLUS) {
        if (signed) return this.fail('badAmount', 'The amount has two signs', p);
        negative = c === MINUS;
        p += 1;
        c = p < end ? text.charCodeAt(p) : -1;
      }
      if (!(isDigit(c) || ((c === DOT || c === COMMA) && p + 1 < end && isDigit(text.charCodeAt(p + 1))))) {
        return this.fail('badAmount', 'A number is missing after the commodity symbol', p);
      }
      p = this.scanNumber(text, p, end);
    }
    this.end = p;
    this.symbol = symbolStart < 0 ? '' : this.symbolText(text, symbolStart, symbolEnd);
    return this.convert(text, negative, directive);
  }

  private symbolText(text: string, start: number, end: number): string {
    const last = this.lastSymbol;
    if (last.length === end - start && text.startsWith(last, start)) return last;
    return text.slice(start, end);
  }

  private scanNumber(text: string, start: number, end: number): number {
    let p = start;
    let dots = 0;
    let commas = 0;
    let lastMark = 0;
    let lastMarkAt = 0;
    let spaceGroups = false;
    let leadingMark = false;
    while (p < end) {
      const c = text.charCodeAt(p);
      if (isDigit(c)) {
        p += 1;
      } else if (c === DOT || c === COMMA) {
        // A mark between digits, or a trailing mark after a digit ("5.").
        if (p > start && isDigit(text.charCodeAt(p - 1))) {
          if (c === DOT) dots += 1;
          else commas += 1;
          lastMark = c;
          lastMarkAt = p;
          p += 1;
          if (p < end && isDigit(text.charCodeAt(p))) continue;
          break;
        }
        if (p === start && p + 1 < end && isDigit(text.charCodeAt(p + 1))) {
          leadingMark = true;
          if (c === DOT) dots += 1;
          else commas += 1;
          lastMark = c;
          lastMarkAt = p;
          p += 1;
          continue;
        }
        break;
      } else if (isGroupSpace(c) && p > start && p + 1 < end && isDigit(text.charCodeAt(p - 1)) && isDigit(text.charCodeAt(p + 1))) {
        spaceGroups = true;
        p += 1;
      } else {
        break;
      }
    }
    this.numStart = start;
    this.numEnd = p;
    this.dots = dots;
    this.commas = commas;
    this.lastMark = lastMark;
    this.lastMarkAt = lastMarkAt;
    this.spaceGroups = spaceGroups;
    this.leadingMark = leadingMark;
    return p;
  }

  /**
   * Which mark is the decimal mark of the last number: 0 for none, -1 when it cannot be read.
   * As hledger 1.25: a number whose marks show their roles (two kinds of mark, one mark
   * repeated, digit groups split by spaces, a mark before the first digit) is read by that shape; only a single mark
   * written once is read by the declarations, a `decimal-mark` directive before a commodity
   * directive, and without either it is the decimal mark (so "1,000" is one).
   */
  private decimalMark(directive: boolean): number {
    const { dots, commas, lastMark } = this;
    if (dots > 0 && commas > 0) return (lastMark === DOT ? dots : commas) === 1 ? lastMark : -1;
    if (dots + commas === 0) return directive ? -1 : 0;
    if (dots + commas > 1) return directive ? -1 : 0;
    // A mark before any digit (".5") can only be a decimal mark.
    if (directive || this.spaceGroups || this.leadingMark) return lastMark;
    const declared = this.defaultMark !== 0 ? this.defaultMark : (this.markBySymbol.get(this.symbol) ?? 0);
    if (declared === 0 && this.numEnd - this.lastMarkAt === 4) this.ambiguous = true;
    return declared === 0 || declared === lastMark ? lastMark : 0;
  }

  private convert(text: string, negative: boolean, directive: boolean): boolean {
    const mark = this.decimalMark(directive);
    if (mark < 0) {
      return directive
        ? this.fail('badDirective', 'A commodity directive must show the decimal mark, as in "commodity 1.000,00 EUR"', this.numStart)
        : this.fail('badAmount', `The number "${text.slice(this.numStart, this.numEnd)}" mixes its marks; write it as 1,234.56 or 1.234,56`, this.numStart);
    }
    this.usedMark = mark;
    let value = 0;
    let fraction = -1;
    let tooLarge = false;
    for (let p = this.numStart; p < this.numEnd; p += 1) {
      const c = text.charCodeAt(p);
      if (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        if (fraction >= 0) fraction += 1;
        if (value > MAX_SAFE) tooLarge = true;
      } else if (c === mark) {
        fraction = 0;
      }
    }
    if (fraction < 0) fraction = 0;
    const symbol = this.symbol;
    let currency: string | null;
    if (symbol === '') currency = '';
    else if (symbol === this.lastSymbol) currency = this.lastCurrency;
    else {
      currency = this.currencyBySymbol.get(symbol) ?? null;
      if (currency === null && !this.currencyBySymbol.has(symbol)) {
        currency = currencyOfSymbol(symbol);
        this.currencyBySymbol.set(symbol, currency);
      }
      this.lastSymbol = symbol;
      this.lastCurrency = currency;
    }
    if (currency === null) {
      return this.fail('unknownCommodity', `Unknown commodity "${symbol}": use an ISO currency code such as EUR, or $ € £ Ft ₽ руб`, this.end - 1);
    }
    if (tooLarge) return this.fail('amountTooLarge', 'The amount is too large to keep exactly', this.numStart);
    this.currency = currency;
    if (directive) {
      this.minor = 0;
      return true;
    }
    if (currency === '') {
      if (value !== 0) {
        return this.fail('noCommodity', 'The amount has no currency: write it as, for example, "12.50 EUR"', this.numStart);
      }
      this.minor = 0;
      return true;
    }
    if (currency !== this.digitsCurrency) {
      this.digitsCurrency = currency;
      this.digits = minorDigits(currency);
    }
    const digits = this.digits;
    if (fraction > digits) {
      const extra = fraction - digits;
      const divisor = extra < powersOfTen.length ? powersOfTen[extra]! : 10 ** extra;
      if (value % divisor !== 0) {
        return this.fail('tooPrecise', `The amount has more decimals than ${currency} has (${digits})`, this.numStart);
      }
      value /= divisor;
    } else if (fraction < digits) {
      value *= powersOfTen[digits - fraction]!;
      if (value > MAX_SAFE) return this.fail('amountTooLarge', 'The amount is too large to keep exactly', this.numStart);
    }
    this.minor = negative && value !== 0 ? -value : value;
    return true;
  }

  private fail(code: JournalErrorCode, message: string, at: number): false {
    this.error = code;
    this.message = message;
    this.errorAt = at;
    return false;
  }
}
