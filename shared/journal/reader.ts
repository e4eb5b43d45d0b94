import { AmountReader } from './amount';
import { Block } from './block';
import type { PostingAccounts } from './assertions';
import { readDirective, readFormatLine, readTypeTag } from './directives';
import { formatJournalAmount } from './format';
import { StringTable } from './intern';
import { checkPostingComment, readPosting } from './postings';
import { daysInMonth } from '../dates/calendar';
import type {
  DeclaredAccount,
  DeclaredCommodity,
  JournalError,
  JournalErrorCode,
  ParsedPosting,
  ParsedTransaction,
  PostingStatus,
  UnsupportedFeature,
} from './types';

/**
 * The journal reader's state and its line loop: one pass over the text, a line at a time
 * (found with indexOf), each line dispatched on its first character code. Directives are in
 * directives.ts, posting lines in postings.ts, amounts in amount.ts.
 */

const SPACE = 32;
const TAB = 9;
const SEMICOLON = 59;

const noPostings: ParsedPosting[] = [];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export class JournalReader {
  readonly errors: JournalError[] = [];
  readonly transactions: ParsedTransaction[] = [];
  readonly accounts: DeclaredAccount[] = [];
  readonly commodities: DeclaredCommodity[] = [];
  readonly declaredAccounts = new Map<string, DeclaredAccount>();
  readonly amounts = new AmountReader();
  hasAssertions = false;
  stopped = false;
  block: Block = Block.None;

  readonly text: string;
  private readonly maxErrors: number;
  readonly names = new StringTable(1024);
  private readonly descriptions = new StringTable(1024);
  lineNo = 0;
  lineStart = 0;
  lineEnd = 0;

  /** Account number of every posting in file order, and where each transaction's postings start: for assertions. */
  accountIds = new Int32Array(1 << 16);
  postingCount = 0;
  private readonly firstPostings: number[] = [];
  private txFirstPosting = 0;

  tx: ParsedTransaction | null = null;
  /** The open transaction's postings, copied into it when it closes. */
  readonly scratch: ParsedPosting[] = [];
  scratchCount = 0;
  txSum = 0;
  elided: ParsedPosting | null = null;
  lastPosting: ParsedPosting | null = null;
  /** The directive whose indented comment lines are being read. */
  lastDeclared: DeclaredAccount | null = null;
  private readonly dates = new Map<number, string>();
  private readonly ambiguous = new Map<string, { line: number; column: number; text: string; count: number }>();
  private lastDateKey = -1;
  private lastDateIso = '';

  constructor(text: string, maxErrors: number) {
    this.text = text;
    this.maxErrors = Math.max(1, maxErrors);
  }

  run(): void {
    const text = this.text;
    const len = text.length;
    if (!this.checkIsText()) return;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (pos < len && !this.stopped) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = len;
      this.lineNo += 1;
      this.lineStart = pos;
      this.lineEnd = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.line();
      pos = nl + 1;
    }
    this.closeBlock();
    if (this.block === Block.CommentBlock) this.block = Block.None; // hledger lets a comment block run to the end
  }

  /** Records an error; false once the error limit is reached (and reading stops). */
  report(error: JournalError): boolean {
    if (this.stopped) return false;
    if (this.errors.length >= this.maxErrors) {
      this.errors.push({ line: error.line, code: 'tooManyErrors', message: `Stopped after ${this.maxErrors} errors` });
      this.stopped = true;
      return false;
    }
    this.errors.push(error);
    return true;
  }

  error(code: JournalErrorCode, message: string, at?: number, params?: Record<string, string>): void {
    const error: JournalError = { line: this.lineNo, code, message: `Line ${this.lineNo}: ${message}` };
    if (at !== undefined) error.column = at - this.lineStart + 1;
    if (params) error.params = params;
    this.report(error);
  }

  unsupported(feature: UnsupportedFeature, what: string, at?: number): void {
    const error: JournalError = {
      line: this.lineNo,
      code: 'unsupported',
      feature,
      message: `Line ${this.lineNo}: ${what} is not supported here; remove or rewrite it and import the journal again`,
      params: { what },
    };
    if (at !== undefined) error.column = at - this.lineStart + 1;
    this.report(error);
  }

  /** A journal is text: refuse NUL and other control bytes, and undecodable bytes (U+FFFD). */
  private checkIsText(): boolean {
    const text = this.text;
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    const bad = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.exec(text);
    if (bad === null) return true;
    const line = text.slice(0, bad.index).split('\n').length;
    this.errors.push({
      line,
      code: 'notText',
      message: `Line ${line}: this is not a text journal (it holds binary data or bytes that are not valid UTF-8); choose the .journal or .ledger text file`,
    });
    return false;
  }

  private line(): void {
    const text = this.text;
    const start = this.lineStart;
    const end = this.lineEnd;
    if (this.block === Block.CommentBlock) {
      if (text.slice(start, end).trim() === 'end comment') this.block = Block.None;
      return;
    }
    const c = start < end ? text.charCodeAt(start) : -1;
    if (c === SPACE || c === TAB) {
      let p = start + 1;
      while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
      if (p === end) {
        this.closeBlock();
        return;
      }
      this.indented(p);
      return;
    }
    this.closeBlock();
    if (c < 0) return;
    if (isDigit(c)) this.header();
    else if (c === SEMICOLON || c === 35 || c === 42) return; // ; # * (hledger refuses ledger's % and | comments)
    else if (c === 126) this.skipBlock('periodicTransaction', 'A periodic transaction (~)');
    else if (c === 61) this.skipBlock('automatedTransaction', 'An automated transaction (=)');
    else readDirective(this);
  }

  skipBlock(feature: UnsupportedFeature, what: string): void {
    this.unsupported(feature, what, this.lineStart);
    this.block = Block.Skip;
  }

  private indented(p: number): void {
    const text = this.text;
    const isComment = text.charCodeAt(p) === SEMICOLON;
    switch (this.block) {
      case Block.Transaction:
        if (isComment) this.commentLine(p + 1);
        else readPosting(this, p);
        return;
      case Block.Skip:
        return;
      case Block.Directive:
      case Block.Commodity:
        if (isComment) {
          if (this.block === Block.Directive && this.lastDeclared) this.directiveComment(p + 1);
          return;
        }
        if (this.block === Block.Commodity && text.startsWith('format', p)) {
          readFormatLine(this, p);
          return;
        }
        this.unsupported('directive', `The sub-directive "${text.slice(p, this.lineEnd).trim()}"`, p);
        return;
      default:
        if (isComment) return;
        this.error('postingOutsideTransaction', 'An indented line outside a transaction (a blank line ends a transaction)', p);
    }
  }

  /** Indented comment lines after an account directive may hold its `type:` tag. */
  private directiveComment(p: number): void {
    const declared = this.lastDeclared!;
    const comment = this.text.slice(p, this.lineEnd).trim();
    declared.comment = declared.comment === '' ? comment : `${declared.comment}\n${comment}`;
    readTypeTag(this, declared, comment, p);
  }

  closeBlock(): void {
    if (this.block === Block.Transaction) this.closeTransaction();
    this.tx = null;
    if (this.block !== Block.CommentBlock) this.block = Block.None;
    this.lastDeclared = null;
  }

  /** Reads `DATE[=DATE2] [*|!] [(CODE)] DESCRIPTION [; COMMENT]`. */
  private header(): void {
    const text = this.text;
    const end = this.lineEnd;
    let p = this.readDate(this.lineStart);
    if (p < 0) return;
    const date = this.lastDateIso;
    let date2 = '';
    if (p < end && text.charCodeAt(p) === 61) {
      p = this.readDate(p + 1);
      if (p < 0) return;
      date2 = this.lastDateIso;
    }
    if (p < end && text.charCodeAt(p) !== SPACE && text.charCodeAt(p) !== TAB) {
      this.error('badDate', 'The date must be followed by a space', p);
      this.block = Block.Skip;
      return;
    }
    while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
    let status: PostingStatus = '';
    const s = p < end ? text.charCodeAt(p) : -1;
    if (s === 42 || s === 33) {
      status = s === 42 ? '*' : '!';
      p += 1;
      while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
    }
    let code = '';
    if (p < end && text.charCodeAt(p) === 40) {
      const close = text.indexOf(')', p + 1);
      if (close < 0 || close >= end) {
        this.error('badHeader', 'The transaction code is missing its closing ")"', p);
        this.block = Block.Skip;
        return;
      }
      let codeStart = p + 1;
      let codeEnd = close;
      while (codeStart < codeEnd && text.charCodeAt(codeStart) === SPACE) codeStart += 1;
      while (codeEnd > codeStart && text.charCodeAt(codeEnd - 1) === SPACE) codeEnd -= 1;
      code = text.slice(codeStart, codeEnd);
      p = close + 1;
      while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
    }
    // The description runs to a ';' or the line end; hash it on the way to share repeated payees.
    const descriptionStart = p;
    let semicolon = p;
    let descriptionEnd = p;
    let hash = 0;
    for (; semicolon < end; semicolon += 1) {
      const c = text.charCodeAt(semicolon);
      if (c === SEMICOLON) break;
      if (c !== SPACE && c !== TAB) descriptionEnd = semicolon + 1;
    }
    for (let q = descriptionStart; q < descriptionEnd; q += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(q)) | 0;
    const description = this.descriptions.fromText(text, descriptionStart, descriptionEnd, hash);
    const comment = semicolon < end ? text.slice(semicolon + 1, end).trim() : '';
    this.tx = { line: this.lineNo, date, date2, status, code, description, comment, currency: '', postings: noPostings };
    this.scratchCount = 0;
    this.txSum = 0;
    this.elided = null;
    this.lastPosting = null;
    this.txFirstPosting = this.postingCount;
    this.block = Block.Transaction;
  }

  /** Reads YYYY-MM-DD, YYYY/MM/DD or YYYY.MM.DD (month and day may have one digit) into `lastDateIso`. */
  private readDate(start: number): number {
    const text = this.text;
    const end = this.lineEnd;
    let p = start;
    let year = 0;
    while (p < end && isDigit(text.charCodeAt(p)) && p - start < 4) year = year * 10 + text.charCodeAt(p++) - 48;
    const sep = p < end ? text.charCodeAt(p) : -1;
    if (p - start !== 4 || (sep !== 45 && sep !== 47 && sep !== 46)) return this.badDate(start);
    p += 1;
    const monthAt = p;
    let month = 0;
    while (p < end && isDigit(text.charCodeAt(p)) && p - monthAt < 2) month = month * 10 + text.charCodeAt(p++) - 48;
    if (p === monthAt || p >= end || text.charCodeAt(p) !== sep) return this.badDate(start);
    p += 1;
    const dayAt = p;
    let day = 0;
    while (p < end && isDigit(text.charCodeAt(p)) && p - dayAt < 2) day = day * 10 + text.charCodeAt(p++) - 48;
    if (p === dayAt || (p < end && isDigit(text.charCodeAt(p)))) return this.badDate(start);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return this.badDate(start);
    // One string per day, whatever form the file writes it in: a journal has many transactions a day.
    const key = year * 512 + month * 32 + day;
    if (key !== this.lastDateKey) {
      this.lastDateKey = key;
      let iso = this.dates.get(key);
      if (iso === undefined) {
        iso = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
        this.dates.set(key, iso);
      }
      this.lastDateIso = iso;
    }
    return p;
  }

  private badDate(start: number): number {
    let p = start;
    while (p < this.lineEnd && this.text.charCodeAt(p) !== SPACE && this.text.charCodeAt(p) !== TAB) p += 1;
    this.error('badDate', `"${this.text.slice(start, p)}" is not a date (write YYYY-MM-DD, YYYY/MM/DD or YYYY.MM.DD)`, start, {
      text: this.text.slice(start, p),
    });
    this.block = Block.Skip;
    return -1;
  }

  private commentLine(p: number): void {
    const comment = this.text.slice(p, this.lineEnd).trim();
    const posting = this.lastPosting;
    if (posting) {
      checkPostingComment(this, comment, p);
      posting.comment = posting.comment === '' ? comment : `${posting.comment}\n${comment}`;
    } else {
      const tx = this.tx!;
      tx.comment = tx.comment === '' ? comment : `${tx.comment}\n${comment}`;
    }
  }

  private closeTransaction(): void {
    const tx = this.tx;
    this.tx = null;
    this.lastPosting = null;
    if (tx === null) return;
    // Exactly sized: 200,000 transactions with growable arrays would carry 17 slots each.
    tx.postings = this.scratch.slice(0, this.scratchCount);
    const sum = this.txSum;
    if (!Number.isSafeInteger(sum)) {
      this.report({ line: tx.line, code: 'amountTooLarge', message: `Line ${tx.line}: the transaction's total is too large to keep exactly` });
      return;
    }
    const elided = this.elided;
    if (elided !== null) {
      elided.amount = sum === 0 ? 0 : -sum;
      elided.currency = tx.currency;
    } else if (sum !== 0) {
      this.report({
        line: tx.line,
        code: 'unbalanced',
        message: `Line ${tx.line}: the transaction does not balance; its postings add up to ${formatJournalAmount(sum, tx.currency)}`,
        params: { difference: formatJournalAmount(sum, tx.currency) },
      });
      return;
    }
    if (tx.currency === '') {
      // All amounts are zero: take the first currency written, if any.
      for (const posting of tx.postings) {
        if (posting.currency !== '') {
          tx.currency = posting.currency;
          break;
        }
      }
    }
    if (tx.currency !== '') {
      for (const posting of tx.postings) if (posting.currency === '') posting.currency = tx.currency;
    }
    this.transactions.push(tx);
    this.firstPostings.push(this.txFirstPosting);
  }

  /** For `checkAssertions`: each posting's account number, and each transaction's first posting. */
  /** Remembers an amount like "1,000" read without a declaration (see `warnings`). */
  noteAmbiguous(at: number): void {
    const symbol = this.amounts.symbol;
    const known = this.ambiguous.get(symbol);
    if (known) known.count += 1;
    else this.ambiguous.set(symbol, { line: this.lineNo, column: at - this.lineStart + 1, text: this.text.slice(at, this.amounts.end), count: 1 });
  }

  warnings(): JournalError[] {
    return [...this.ambiguous].map(([symbol, { line, column, text, count }]) => ({
      line,
      column,
      code: 'ambiguousNumber' as const,
      message:
        `Line ${line}: "${text}" was read as hledger reads it, with "${text.includes(',') ? ',' : '.'}" as the decimal mark` +
        `${count > 1 ? ` (and ${count - 1} more amounts like it)` : ''}. If a thousand was meant, add a directive such as ` +
        `"commodity ${text.includes(',') ? '1,000.00' : '1.000,00'} ${symbol}" at the top and import again.`,
      params: { symbol, text, count: String(count) },
    }));
  }

  postingAccounts(): PostingAccounts {
    return { accountIds: this.accountIds, firstPostings: this.firstPostings, accountCount: this.names.size };
  }

  internAccount(name: string): string {
    return this.names.fromString(name);
  }
}
