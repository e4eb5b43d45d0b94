import { isIsoDate } from '../../../../shared/dates';
import { isCurrencyCode } from '../../../../shared/money';
import type { AccountsById } from '../../../../shared/ledger/accounts';
import { periodOfEntry } from '../../../../shared/ledger/entryBlocks';
import type { LedgerMessageKey } from '../../../../shared/ledger/problems';
import { accountRoles, accountTypes, type Account, type EntryBlock, type JournalEntry, type PeriodBalance, type RegisterChunk, type VatCode } from '../../../../shared/ledger/types';
import { isEntryShaped, validatePostedEntry } from '../../../../shared/ledger/validation';
import { validateVatCode } from '../../../../shared/ledger/vat';
import { finding, type ContentFinding, type ContentFindingKey } from './contentFindings';

/**
 * What one record of a backup must be, table by table: each rule returns the first thing
 * wrong with the record, or null. Posted entries are judged by the ledger's own posting
 * rules (shared/ledger/validation.ts); the other tables by what the app relies on when it
 * reads them back. See contentCheck.ts for what needs every part (references, aggregates).
 */

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
/** Money and counts are integers (minor units), never fractions, and within the exact range. */
const isWhole = (value: unknown): value is number => Number.isSafeInteger(value);
const isPeriod = (value: unknown): value is string => isText(value) && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

const unreadable = (table: string) => finding(table, 'recordUnreadable');

/** An account: a non-empty id, a name, one of the five types, a parent id or null (the parents are checked once every account is read). */
export function accountFinding(record: unknown): ContentFinding | null {
  if (!isObject(record)) return unreadable('accounts');
  const { id, name, type, parentId, archived, role } = record;
  const valid =
    isText(id) &&
    id !== '' &&
    isText(name) &&
    (accountTypes as readonly unknown[]).includes(type) &&
    (parentId === null || isText(parentId)) &&
    typeof archived === 'boolean' &&
    (role === undefined || (accountRoles as readonly unknown[]).includes(role));
  return valid ? null : finding('accounts', 'accountInvalid', { account: isText(name) ? name : isText(id) ? id : '' });
}

export const isAccount = (record: unknown): record is Account => accountFinding(record) === null;

const entryFindings: Partial<Record<LedgerMessageKey, ContentFindingKey>> = {
  'ledger.entry.shapeInvalid': 'recordUnreadable',
  'ledger.entry.amountInvalid': 'entryAmountInvalid',
  'ledger.entry.totalTooLarge': 'entryAmountInvalid',
  'ledger.entry.unbalanced': 'entryUnbalanced',
  'ledger.entry.accountMissing': 'entryAccountMissing',
};

/** How the message names an entry: by its number, by its id where it has none. */
export const entryName = (entry: JournalEntry): string => entry.number || entry.id;

/** A posted entry, by the rules it was posted under (less the lock date and archived accounts, which change later). */
export function postedEntryFinding(table: string, entry: unknown, accountsById: AccountsById): ContentFinding | null {
  const [first] = validatePostedEntry(entry, accountsById);
  if (!first) return null;
  const key = entryFindings[first.key] ?? 'entryInvalid';
  if (key === 'recordUnreadable') return unreadable(table);
  const { id, date, lines } = entry as JournalEntry;
  const params: ContentFinding['params'] = { entry: entryName(entry as JournalEntry), id, date };
  if (first.line !== undefined) {
    params.line = first.line + 1;
    params.account = lines[first.line]!.accountId;
  }
  if (first.params?.currency !== undefined) params.currency = first.params.currency;
  return finding(table, key, params);
}

/** A block of posted entries: its month, number and lists of ids and numbers match the entries inside, which the database indexes to find an entry. */
export function entryBlockFinding(record: unknown): ContentFinding | null {
  if (!isObject(record) || !Array.isArray(record.entries) || !Array.isArray(record.ids) || !Array.isArray(record.numbers)) return unreadable('entryBlocks');
  const { period, block, entries, ids, numbers } = record as Fields & Pick<EntryBlock, 'entries' | 'ids' | 'numbers'>;
  const where = { period: isText(period) ? period : '', block: isWhole(block) ? block : '' };
  if (!isPeriod(period) || !isWhole(block) || block < 0 || ids.length !== entries.length || numbers.length !== entries.length) {
    return finding('entryBlocks', 'entryBlockInvalid', where);
  }
  for (let index = 0; index < entries.length; index += 1) {
    const entry: unknown = entries[index];
    if (!isEntryShaped(entry)) return unreadable('entryBlocks');
    if (ids[index] !== entry.id || numbers[index] !== entry.number || periodOfEntry(entry) !== period) {
      return finding('entryBlocks', 'entryBlockInvalid', where);
    }
  }
  return null;
}

/** A draft: not yet posted, so it may be unbalanced or name an account deleted since; its amounts are still whole minor units. */
export function draftFinding(record: unknown): ContentFinding | null {
  if (!isEntryShaped(record)) return unreadable('drafts');
  const whole = record.lines.every((line) => isWhole(line.debit) && isWhole(line.credit) && line.debit >= 0 && line.credit >= 0);
  return record.status === 'draft' && whole ? null : finding('drafts', 'draftInvalid', { entry: entryName(record), date: record.date });
}

export function isBalanceShaped(record: unknown): record is PeriodBalance {
  if (!isObject(record)) return false;
  const { accountId, period, currency, debit, credit, closingDebit, closingCredit } = record;
  return (
    isText(accountId) &&
    isPeriod(period) &&
    isText(currency) &&
    isWhole(debit) &&
    isWhole(credit) &&
    (closingDebit === undefined || isWhole(closingDebit)) &&
    (closingCredit === undefined || isWhole(closingCredit))
  );
}

export function isRegisterChunkShaped(record: unknown): record is RegisterChunk {
  if (!isObject(record) || !isText(record.accountId) || !isPeriod(record.period) || !Array.isArray(record.postings)) return false;
  return record.postings.every((posting: unknown) => isObject(posting) && isWhole(posting.debit) && isWhole(posting.credit) && isText(posting.entryId));
}

/** The company's base currency (the ledger's money is in it) and the ledger's lock date and numbering. */
export function settingsFinding(record: unknown): ContentFinding | null {
  if (!isObject(record) || !isText(record.key)) return unreadable('settings');
  if (record.key === 'company') {
    // Written since the first version; the base currency came with the ledger.
    const valid = isText(record.name) && (record.baseCurrency === undefined || (isText(record.baseCurrency) && isCurrencyCode(record.baseCurrency)));
    return valid ? null : finding('settings', 'settingsInvalid');
  }
  if (record.key === 'ledger') {
    const { lockDate, lastNumbers } = record;
    const valid = (lockDate === null || (isText(lockDate) && isIsoDate(lockDate))) && isObject(lastNumbers) && Object.values(lastNumbers).every(isWhole);
    return valid ? null : finding('settings', 'settingsInvalid');
  }
  return null;
}

/** A VAT code by the rules it was saved under; its account cannot be deleted while it posts there. */
export function vatCodeFinding(record: unknown, vatCodes: readonly VatCode[], accounts: readonly Account[]): ContentFinding | null {
  if (!isObject(record) || !isText(record.id) || !isText(record.code) || !isObject(record.rate) || !isText(record.accountId)) return unreadable('vatCodes');
  const candidate = record as VatCode;
  const problems = validateVatCode(candidate, vatCodes, accounts);
  return problems.length === 0 && (candidate.kind === 'input' || candidate.kind === 'output') ? null : finding('vatCodes', 'vatCodeInvalid', { code: candidate.code });
}

/**
 * Bank work. Rules, mappings and reconciliations may outlive an account deleted later
 * (deleting one checks only its postings, sub-accounts and VAT codes), so they are not
 * held to existing accounts; an imported line was posted with its entry, so its entry
 * and account are there for good.
 */
export function bankFinding(table: string, record: unknown, accountsById: AccountsById, entryIds: ReadonlySet<string>): ContentFinding | null {
  if (!isObject(record) || !isText(record.accountId)) return unreadable(table);
  if (table === 'importedLines') {
    if (!isText(record.entryId) || !isText(record.fingerprint)) return unreadable(table);
    if (!accountsById.has(record.accountId)) return finding(table, 'referenceMissing', { reference: record.accountId });
    if (!entryIds.has(record.entryId)) return finding(table, 'referenceMissing', { reference: record.entryId });
  }
  if (table === 'reconciliations') {
    if (!isText(record.currency) || !isCurrencyCode(record.currency) || !isText(record.statementDate) || !Array.isArray(record.postingIds)) return unreadable(table);
    if (!isWhole(record.closingBalance) || !isWhole(record.openingBalance)) return finding(table, 'amountInvalid', { date: record.statementDate });
  }
  return null;
}
