import { Block } from './block';
import { commentTags } from './tags';
import type { JournalReader } from './reader';
import type { ParsedPosting, PostingStatus } from './types';

/**
 * Posting lines of the open transaction. Functions over the reader rather than its methods
 * only to keep files short; they run as fast.
 */

const SPACE = 32;
const TAB = 9;
const SEMICOLON = 59;

/** hledger reads `date:` tags and `[DATE]` in posting comments as posting dates: refuse them. */
export function checkPostingComment(r: JournalReader, comment: string, at: number): void {
  if (comment.includes('date') && commentTags(comment).some(([name]) => name === 'date' || name === 'date2')) {
    r.unsupported('postingDate', 'A posting date (date: tag)', at);
    r.block = Block.Skip;
  } else if (comment.includes('[') && /\[[=\d]/.test(comment)) {
    r.unsupported('postingDate', 'A posting date ([DATE] in a comment)', at);
    r.block = Block.Skip;
  }
}

/** A posting line: `[*|!] ACCOUNT  [AMOUNT] [= ASSERTION] [; comment]`. */
export function readPosting(r: JournalReader, start: number): void {
  const text = r.text;
  const end = r.lineEnd;
  let p = start;
  let status: PostingStatus = '';
  const s = text.charCodeAt(p);
  if (s === 42 || s === 33) {
    status = s === 42 ? '*' : '!';
    p += 1;
    while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
  }
  const accountStart = p;
  let hash = 0;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === TAB || (c === SPACE && (p + 1 === end || text.charCodeAt(p + 1) === SPACE || text.charCodeAt(p + 1) === TAB))) break;
    hash = (Math.imul(hash, 31) + c) | 0;
    p += 1;
  }
  const accountEnd = p;
  if (accountEnd === accountStart) {
    r.error('badPosting', 'The posting has no account name', accountStart);
    r.block = Block.Skip;
    return;
  }
  const first = text.charCodeAt(accountStart);
  const last = text.charCodeAt(accountEnd - 1);
  if ((first === 40 && last === 41) || (first === 91 && last === 93)) {
    r.unsupported('virtualPosting', first === 40 ? 'A virtual posting (account)' : 'A balanced virtual posting [account]', accountStart);
    r.block = Block.Skip;
    return;
  }
  const account = r.names.fromText(text, accountStart, accountEnd, hash);
  const accountId = r.names.lastId;
  while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
  const posting: ParsedPosting = {
    line: r.lineNo,
    status,
    account,
    amount: 0,
    currency: '',
    inferred: false,
    comment: '',
    assertion: null,
  };
  const c = p < end ? text.charCodeAt(p) : -1;
  if (c === 61) {
    r.unsupported('balanceAssignment', 'A balance assignment (a posting with "=" but no amount)', p);
    r.block = Block.Skip;
    return;
  }
  if (c >= 0 && c !== SEMICOLON) {
    if (!readAmount(r, p)) return;
    posting.amount = r.amounts.minor;
    posting.currency = r.amounts.currency;
    p = afterAmount(r, r.amounts.end, posting);
    if (p < 0) return;
  } else {
    if (r.elided !== null) {
      r.error('multipleElided', 'Only one posting of a transaction may leave out its amount', accountStart);
      r.block = Block.Skip;
      return;
    }
    posting.inferred = true;
    r.elided = posting;
  }
  if (p < end) {
    // p is at ';'
    posting.comment = text.slice(p + 1, end).trim();
    if (posting.comment !== '') {
      checkPostingComment(r, posting.comment, p + 1);
      if (r.block === Block.Skip) return;
    }
  }
  const tx = r.tx!;
  if (!posting.inferred) {
    // Only non-zero amounts decide the transaction's currency: "0 USD" changes nothing.
    if (posting.amount !== 0) {
      if (tx.currency === '') tx.currency = posting.currency;
      else if (tx.currency !== posting.currency) {
        r.error(
          'multiCommodity',
          `The transaction mixes ${tx.currency} and ${posting.currency}; only one currency per transaction is supported`,
          accountEnd,
        );
        r.block = Block.Skip;
        return;
      }
    }
    r.txSum += posting.amount;
  }
  r.scratch[r.scratchCount++] = posting;
  r.lastPosting = posting;
  if (r.postingCount === r.accountIds.length) {
    const grown = new Int32Array(r.accountIds.length * 2);
    grown.set(r.accountIds);
    r.accountIds = grown;
  }
  r.accountIds[r.postingCount++] = accountId;
}

function readAmount(r: JournalReader, p: number): boolean {
  const amounts = r.amounts;
  if (amounts.read(r.text, p, r.lineEnd)) {
    if (amounts.ambiguous && amounts.minor !== 0 && amounts.symbol !== '') r.noteAmbiguous(p);
    return true;
  }
  r.error(amounts.error!, amounts.message, amounts.errorAt);
  r.block = Block.Skip;
  return false;
}

/** After a posting's amount: an optional balance assertion and comment. Returns the comment's `;` (or line end), -1 on error. */
function afterAmount(r: JournalReader, start: number, posting: ParsedPosting): number {
  const text = r.text;
  const end = r.lineEnd;
  let p = start;
  while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
  if (p === end || text.charCodeAt(p) === SEMICOLON) return p;
  let c = text.charCodeAt(p);
  if (c === 61) {
    const at = p;
    const total = p + 1 < end && text.charCodeAt(p + 1) === 61;
    p += total ? 2 : 1;
    if (p < end && text.charCodeAt(p) === 42) {
      r.unsupported('inclusiveAssertion', 'A balance assertion including subaccounts (=* or ==*)', at);
      r.block = Block.Skip;
      return -1;
    }
    while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
    if (p === end) {
      r.error('badPosting', 'The balance assertion has no amount', at);
      r.block = Block.Skip;
      return -1;
    }
    if (!readAmount(r, p)) return -1;
    const amounts = r.amounts;
    posting.assertion = { amount: amounts.minor, currency: amounts.currency, total, line: r.lineNo, column: at - r.lineStart + 1 };
    r.hasAssertions = true;
    p = amounts.end;
    while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p += 1;
    if (p === end || text.charCodeAt(p) === SEMICOLON) return p;
    c = text.charCodeAt(p);
  }
  if (c === 64) r.unsupported('price', 'A price (@ or @@)', p);
  else if (c === 123 || c === 91 || c === 40) r.unsupported('lotPrice', 'A lot price, date or note ({…}, […], (…))', p);
  else r.error('badPosting', `Unexpected text after the amount: "${text.slice(p, end).trim()}"`, p);
  r.block = Block.Skip;
  return -1;
}
