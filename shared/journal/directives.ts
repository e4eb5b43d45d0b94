import type { AccountType } from '../ledger/types';
import { currencyOfSymbol } from './commodities';
import { commentTags } from './tags';
import { Block } from './block';
import type { JournalReader } from './reader';
import type { DeclaredAccount, DeclaredCommodity } from './types';

/**
 * Directives: `account`, `commodity` (with an optional `format` line), `decimal-mark`,
 * `comment` blocks, and `payee` / `tag` (accepted, they change no balance). Everything else
 * that can change what a journal means (`include`, `alias`, `P`, `D`, `Y`, `apply account`...)
 * is refused with the line, never skipped.
 */

const SPACE = 32;
const TAB = 9;

function skipSpaces(text: string, p: number, end: number): number {
  while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
  return p;
}

/** A directive line (one that starts with a letter or another non-digit character). */
export function readDirective(r: JournalReader): void {
  const text = r.text;
  const start = r.lineStart;
  const end = r.lineEnd;
  let p = start;
  while (p < end && text.charCodeAt(p) !== SPACE && text.charCodeAt(p) !== TAB) p += 1;
  const keyword = text.slice(start, p);
  const rest = skipSpaces(text, p, end);
  switch (keyword) {
    case 'comment':
      if (rest < end) r.error('badDirective', 'A comment block starts with a line holding only "comment"', rest);
      else r.block = Block.CommentBlock;
      return;
    case 'account':
      readAccount(r, rest);
      return;
    case 'commodity':
      readCommodity(r, rest);
      return;
    case 'decimal-mark': {
      const mark = text.slice(rest, end).split(';')[0]!.trim();
      if (mark === '.' || mark === ',') r.amounts.defaultMark = mark.charCodeAt(0);
      else r.error('badDirective', 'decimal-mark must be followed by "." or ","', rest);
      return;
    }
    case 'payee':
    case 'tag':
      r.block = Block.Directive;
      return;
    case 'include':
    case '!include':
      r.skipBlock('include', 'An include directive (import each file on its own, or join them first)');
      return;
    case 'P':
      r.skipBlock('priceDirective', 'A market price directive (P)');
      return;
    default:
      r.skipBlock('directive', `The directive "${keyword}"`);
  }
}

function readAccount(r: JournalReader, start: number): void {
  const text = r.text;
  const end = r.lineEnd;
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === TAB || (c === SPACE && (p + 1 === end || text.charCodeAt(p + 1) === SPACE || text.charCodeAt(p + 1) === TAB))) break;
    p += 1;
  }
  if (p === start) {
    r.error('badDirective', 'The account directive has no account name', start);
    return;
  }
  const name = r.internAccount(text.slice(start, p));
  p = skipSpaces(text, p, end);
  let comment = '';
  if (p < end) {
    if (text.charCodeAt(p) !== 59) {
      r.error('badDirective', `Unexpected text after the account name: "${text.slice(p, end).trim()}" (comments start with ";")`, p);
      return;
    }
    comment = text.slice(p + 1, end).trim();
  }
  let declared = r.declaredAccounts.get(name);
  if (declared === undefined) {
    declared = { name, type: null, comment: '', line: r.lineNo };
    r.declaredAccounts.set(name, declared);
    r.accounts.push(declared);
  }
  if (comment !== '') {
    declared.comment = declared.comment === '' ? comment : `${declared.comment}\n${comment}`;
    readTypeTag(r, declared, comment, p + 1);
  }
  r.block = Block.Directive;
  r.lastDeclared = declared;
}

const accountTypeTags: Readonly<Record<string, AccountType>> = {
  a: 'asset',
  asset: 'asset',
  c: 'asset',
  cash: 'asset',
  l: 'liability',
  liability: 'liability',
  e: 'equity',
  equity: 'equity',
  r: 'income',
  revenue: 'income',
  x: 'expense',
  expense: 'expense',
};

/** Reads an hledger `type:` tag (A, L, E, R, X, C or their long names) from an account directive's comment. */
export function readTypeTag(r: JournalReader, declared: DeclaredAccount, comment: string, at: number): void {
  const tag = commentTags(comment).find(([name]) => name === 'type');
  if (tag === undefined) return;
  const value = tag[1];
  const type = accountTypeTags[value.toLowerCase()];
  if (type !== undefined) {
    declared.type = type;
  } else if (value === 'V' || value.toLowerCase() === 'conversion') {
    r.unsupported('conversionAccount', 'A conversion account (type: V)', at);
  } else {
    r.error('badAccountType', `Unknown account type "${value}" (use A, L, E, R, X or C)`, at, { type: value });
  }
}

/** The content of a directive line before its comment, trimmed: [start, end). */
function contentEnd(text: string, start: number, end: number): number {
  let stop = text.indexOf(';', start);
  if (stop < 0 || stop > end) stop = end;
  while (stop > start && (text.charCodeAt(stop - 1) === SPACE || text.charCodeAt(stop - 1) === TAB)) stop -= 1;
  return stop;
}

function readCommodity(r: JournalReader, start: number): void {
  const text = r.text;
  const stop = contentEnd(text, start, r.lineEnd);
  if (stop === start) {
    r.error('badDirective', 'The commodity directive names no commodity', start);
    return;
  }
  let hasDigit = false;
  for (let p = start; p < stop && !hasDigit; p += 1) hasDigit = text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57;
  if (hasDigit) {
    readSample(r, start, stop, null);
  } else {
    const raw = text.slice(start, stop);
    const symbol = raw.length > 1 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
    const code = currencyOfSymbol(symbol);
    if (code === null) {
      r.error('unknownCommodity', `Unknown commodity "${symbol}": use an ISO currency code such as EUR, or $ € £ Ft ₽ руб`, start);
      return;
    }
    r.commodities.push({ code, symbol, decimalMark: '', line: r.lineNo });
  }
  r.block = Block.Commodity;
}

/** A `format 1.000,00 EUR` line under `commodity EUR`. */
export function readFormatLine(r: JournalReader, p: number): void {
  const start = skipSpaces(r.text, p + 'format'.length, r.lineEnd);
  const stop = contentEnd(r.text, start, r.lineEnd);
  const declared = r.commodities[r.commodities.length - 1];
  if (declared === undefined) return; // only called under a commodity directive
  readSample(r, start, stop, declared);
}

/** The sample amount of a commodity directive fixes that symbol's decimal mark for the lines after it. */
function readSample(r: JournalReader, start: number, stop: number, declared: DeclaredCommodity | null): void {
  const amounts = r.amounts;
  if (!amounts.read(r.text, start, stop, true)) {
    r.error(amounts.error!, amounts.message, amounts.errorAt);
    return;
  }
  if (amounts.end !== stop) {
    r.error('badDirective', `Unexpected text in the commodity directive: "${r.text.slice(amounts.end, stop).trim()}"`, amounts.end);
    return;
  }
  if (amounts.symbol === '') {
    r.error('badDirective', 'The commodity directive\'s sample amount needs a commodity symbol, as in "1.000,00 EUR"', start);
    return;
  }
  if (declared !== null && declared.symbol !== amounts.symbol) {
    r.error('badDirective', `The format is for "${amounts.symbol}" but the directive declares "${declared.symbol}"`, start);
    return;
  }
  const mark = amounts.usedMark === 44 ? ',' : '.';
  amounts.markBySymbol.set(amounts.symbol, amounts.usedMark);
  if (declared !== null) declared.decimalMark = mark;
  else r.commodities.push({ code: amounts.currency, symbol: amounts.symbol, decimalMark: mark, line: r.lineNo });
}
