import { isCurrencyCode } from '../money';
import { finishStatement, readDotDecimal, readFileDate, type ParsedStatement, type RawEntry, type StatementFileResult } from './statement-file';
import type { StatementRowError } from './types';

/**
 * OFX / QFX statements (what US and some European banks and Quicken export). Version 1 is
 * SGML where a value's tag is never closed (`<TRNAMT>-12.50`), version 2 is XML; one small
 * tokenizer reads both: a value element ends where the next tag starts. No OFX parser among
 * the project's libraries reads version 1, hence this one.
 */

type OfxNode = { name: string; text?: string; children: OfxNode[] };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * The element tree below <OFX>, or 'truncated' when the file ends before </OFX>. A tag that
 * is never closed anywhere in the file is a value element even when its value is empty.
 */
function readTree(source: string): OfxNode | 'missing' | 'truncated' {
  const start = source.search(/<OFX>/i);
  if (start < 0) return 'missing';
  if (!/<\/OFX>/i.test(source.slice(start))) return 'truncated';
  const closedSomewhere = new Set([...source.matchAll(/<\/([A-Za-z0-9_.]+)>/g)].map((m) => (m[1] ?? '').toUpperCase()));
  const root: OfxNode = { name: '#root', children: [] };
  const stack: OfxNode[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const isValue = (node: OfxNode) => node !== root && (node.text !== undefined || !closedSomewhere.has(node.name));
  const token = /<(\/?)([A-Za-z0-9_.]+)[^>]*>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|([^<]+)/g;
  token.lastIndex = start;
  for (let match = token.exec(source); match; match = token.exec(source)) {
    const [, closing, name, content] = match;
    if (content !== undefined) {
      const text = content.trim();
      if (text !== '' && top().children.length === 0 && top().text === undefined) top().text = decodeEntities(text);
      continue;
    }
    if (name === undefined) continue; // a comment or processing instruction
    const tag = name.toUpperCase();
    // A value element ends where the next tag begins, closed or not.
    if (isValue(top()) && !(closing && top().name === tag)) stack.pop();
    if (closing) {
      const at = stack.map((node) => node.name).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      if (tag === 'OFX') break;
      continue;
    }
    const node: OfxNode = { name: tag, children: [] };
    top().children.push(node);
    stack.push(node);
  }
  return root;
}

const find = (node: OfxNode | undefined, name: string): OfxNode | undefined => node?.children.find((c) => c.name === name);
const all = (node: OfxNode, name: string): OfxNode[] =>
  node.name === name ? [node] : node.children.flatMap((c) => all(c, name));
const value = (node: OfxNode | undefined, ...path: string[]): string | undefined =>
  path.reduce<OfxNode | undefined>((n, name) => find(n, name), node)?.text;

/** Reads an OFX 1 (SGML) or OFX 2 (XML) file's bank and credit-card statements. */
export function parseOfx(source: string, accountId: string): StatementFileResult {
  const tree = readTree(source);
  if (tree === 'missing') return { ok: false, error: 'notAStatement' };
  if (tree === 'truncated') return { ok: false, error: 'truncatedFile' };
  const responses = [...all(tree, 'STMTRS'), ...all(tree, 'CCSTMTRS')];
  if (responses.length === 0) return { ok: false, error: 'notAStatement' };
  const statements: ParsedStatement[] = [];
  for (const response of responses) {
    const currency = value(response, 'CURDEF')?.toUpperCase();
    if (!currency || !isCurrencyCode(currency)) return { ok: false, error: 'notAStatement', detail: 'A statement without a known currency (CURDEF)' };
    const base: Omit<ParsedStatement, 'lines' | 'errors' | 'errorCount' | 'balanceBreaks' | 'totalsMismatch'> = {
      account: value(response, 'BANKACCTFROM', 'ACCTID') ?? value(response, 'CCACCTFROM', 'ACCTID') ?? '',
      currency,
      skippedEntries: 0,
    };
    const closing = readOfxAmount(value(response, 'LEDGERBAL', 'BALAMT'), currency);
    if (closing !== null) base.closingBalance = closing;
    const closingDate = readFileDate(value(response, 'LEDGERBAL', 'DTASOF'));
    if (closingDate) base.closingDate = closingDate;

    const entries: RawEntry[] = [];
    const errors: StatementRowError[] = [];
    all(response, 'STMTTRN').forEach((transaction, index) => {
      const line = readTransaction(transaction, index + 1, currency);
      if ('code' in line) errors.push(line);
      else entries.push(line);
    });
    statements.push(finishStatement(base, entries, errors, accountId));
  }
  return { ok: true, statements };
}

/** OFX amounts use a dot, but some European banks write a comma: "-12,50". */
function readOfxAmount(text: string | undefined, currency: string): number | null {
  const t = text?.trim();
  return readDotDecimal(t && !t.includes('.') ? t.replace(',', '.') : t, currency);
}

function readTransaction(transaction: OfxNode, row: number, currency: string): RawEntry | StatementRowError {
  const date = readFileDate(value(transaction, 'DTPOSTED'));
  const amountText = value(transaction, 'TRNAMT');
  const amount = readOfxAmount(amountText, currency);
  if (!date) return { row, column: null, field: 'date', code: 'invalidEntry', text: value(transaction, 'DTPOSTED') ?? '' };
  if (amount === null) return { row, column: null, field: 'amount', code: 'invalidEntry', text: amountText ?? '' };
  const name = value(transaction, 'NAME') ?? value(transaction, 'PAYEE', 'NAME') ?? '';
  const memo = value(transaction, 'MEMO') ?? '';
  const line: RawEntry = {
    date,
    description: memo && memo !== name ? `${name} ${memo}`.trim() : name,
    payee: name,
    amount,
    sourceRow: row,
  };
  const reference = value(transaction, 'CHECKNUM') ?? value(transaction, 'REFNUM');
  if (reference) line.reference = reference;
  const fitid = value(transaction, 'FITID');
  if (fitid) line.transactionId = fitid;
  return line;
}
