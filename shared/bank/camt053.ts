import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isCurrencyCode } from '../money';
import { finishStatement, readDotDecimal, readFileDate, type ParsedStatement, type RawEntry, type StatementFileResult } from './statement-file';
import type { StatementRowError } from './types';

/**
 * ISO 20022 camt.053 (bank-to-customer statement), the XML that European banks give next to
 * or instead of CSV. Versions .001.02 to .001.13 differ in where a party's name sits
 * (Dbtr/Nm or Dbtr/Pty/Nm) and how the status is written; both are read. One line per
 * booked entry (Ntry): that is what moved the balance, even when it batches several
 * transactions, whose texts are joined.
 */

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  // Keep every value as text: amounts must not become floats, references keep leading zeros.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Bal', 'Ustrd', 'AddtlTxInf'].includes(name),
});

const child = (node: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Node)[key] : undefined), node);
const list = (node: unknown, ...path: string[]): unknown[] => {
  const value = child(node, ...path);
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
};
/** The text of an element, whether it has attributes (`{'#text': …}`) or not. */
const text = (node: unknown, ...path: string[]): string | undefined => {
  const value = child(node, ...path);
  if (typeof value === 'string') return value;
  const inner = value && typeof value === 'object' ? (value as Node)['#text'] : undefined;
  return typeof inner === 'string' ? inner : undefined;
};

/** Reads a camt.053 file's statements; lines are fingerprinted for the app's bank account `accountId`. */
export function parseCamt053(xml: string, accountId: string): StatementFileResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const cut = !/<\/(\w+:)?Document>\s*$/.test(xml);
    return { ok: false, error: cut ? 'truncatedFile' : 'malformedFile', line: valid.err.line, detail: valid.err.msg };
  }
  const document = parser.parse(xml) as Node;
  const statements = list(document, 'Document', 'BkToCstmrStmt', 'Stmt');
  if (statements.length === 0) return { ok: false, error: 'notAStatement' };
  const read: ParsedStatement[] = [];
  for (const stmt of statements) {
    const statement = readStatement(stmt, accountId);
    if (!statement) return { ok: false, error: 'notAStatement', detail: 'A statement without an account currency' };
    read.push(statement);
  }
  return { ok: true, statements: read };
}

function readStatement(stmt: unknown, accountId: string): ParsedStatement | null {
  const firstAmountCurrency = text(list(stmt, 'Ntry')[0], 'Amt', '@Ccy') ?? text(list(stmt, 'Bal')[0], 'Amt', '@Ccy');
  const currency = text(stmt, 'Acct', 'Ccy') ?? firstAmountCurrency;
  if (!currency || !isCurrencyCode(currency)) return null;

  const base: Omit<ParsedStatement, 'lines' | 'errors' | 'errorCount' | 'balanceBreaks' | 'totalsMismatch'> = {
    account: text(stmt, 'Acct', 'Id', 'IBAN') ?? text(stmt, 'Acct', 'Id', 'Othr', 'Id') ?? '',
    currency,
    skippedEntries: 0,
  };
  const id = text(stmt, 'Id');
  if (id) base.statementId = id;
  for (const balance of list(stmt, 'Bal')) {
    const code = text(balance, 'Tp', 'CdOrPrtry', 'Cd');
    const amount = signed(readDotDecimal(text(balance, 'Amt'), currency), text(balance, 'CdtDbtInd'));
    if (amount === null) continue;
    if (code === 'OPBD' || (code === 'PRCD' && base.openingBalance === undefined)) base.openingBalance = amount;
    if (code === 'CLBD') {
      base.closingBalance = amount;
      const date = readFileDate(text(balance, 'Dt', 'Dt') ?? text(balance, 'Dt', 'DtTm'));
      if (date) base.closingDate = date;
    }
  }

  const entries: RawEntry[] = [];
  const errors: StatementRowError[] = [];
  list(stmt, 'Ntry').forEach((entry, index) => {
    const status = text(entry, 'Sts') ?? text(entry, 'Sts', 'Cd') ?? 'BOOK';
    if (status !== 'BOOK') {
      base.skippedEntries += 1;
      return;
    }
    const line = readEntry(entry, index + 1, currency);
    if ('code' in line) errors.push(line);
    else entries.push(line);
  });
  return finishStatement(base, entries, errors, accountId);
}

function signed(amount: number | null, indicator: string | undefined): number | null {
  if (amount === null || amount < 0) return null;
  if (indicator === 'CRDT') return amount;
  if (indicator === 'DBIT') return amount === 0 ? 0 : -amount;
  return null;
}

function readEntry(entry: unknown, row: number, currency: string): RawEntry | StatementRowError {
  const date = readFileDate(text(entry, 'BookgDt', 'Dt') ?? text(entry, 'BookgDt', 'DtTm') ?? text(entry, 'ValDt', 'Dt'));
  const amountText = text(entry, 'Amt');
  const amount = signed(readDotDecimal(amountText, currency), text(entry, 'CdtDbtInd'));
  const entryCurrency = text(entry, 'Amt', '@Ccy');
  if (!date) return { row, column: null, field: 'date', code: 'invalidEntry' };
  if (amount === null || (entryCurrency !== undefined && entryCurrency !== currency)) {
    return { row, column: null, field: 'amount', code: 'invalidEntry', text: `${amountText ?? ''} ${entryCurrency ?? ''}`.trim() };
  }
  const details = list(entry, 'NtryDtls').flatMap((group) => list(group, 'TxDtls'));
  const moneyIn = amount > 0;
  const words = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v && v.trim() !== ''))].join(' ');
  const partyName = (tx: unknown) => {
    const party = moneyIn ? 'Dbtr' : 'Cdtr';
    return text(tx, 'RltdPties', party, 'Nm') ?? text(tx, 'RltdPties', party, 'Pty', 'Nm');
  };
  const remittance = words(details.flatMap((tx) => list(tx, 'RmtInf', 'Ustrd').map((u) => text(u))));
  const structured = words(details.map((tx) => text(tx, 'RmtInf', 'Strd', 'CdtrRefInf', 'Ref')));
  const additional = words([...details.flatMap((tx) => list(tx, 'AddtlTxInf').map((u) => text(u))), text(entry, 'AddtlNtryInf')]);
  const endToEnd = words(details.map((tx) => text(tx, 'Refs', 'EndToEndId')).filter((ref) => ref !== 'NOTPROVIDED'));
  const bankRef = text(entry, 'AcctSvcrRef') ?? (details.length === 1 ? text(details[0], 'Refs', 'AcctSvcrRef') : undefined);

  const line: RawEntry = {
    date,
    description: remittance || structured || additional,
    payee: [...new Set(details.map(partyName).filter((n): n is string => !!n))].join(', '),
    amount,
    sourceRow: row,
  };
  const reference = endToEnd || structured || text(entry, 'NtryRef');
  if (reference) line.reference = reference;
  if (bankRef) line.transactionId = bankRef;
  return line;
}
