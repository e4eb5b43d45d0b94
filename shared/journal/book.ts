import type { Language } from '../i18n/languages';
import type { Account, AccountType, EntryLine, JournalEntry } from '../ledger/types';
import { accountTypeFromName } from './account-types';
import type { JournalError, ParsedJournal } from './types';

export type JournalToBookOptions = {
  language: Language;
  /** Makes record ids; pass the app's ULID factory. Default: "journal-account-1", "journal-entry-1"... */
  newId?: (kind: 'account' | 'entry') => string;
  /** Timestamp for createdAt / updatedAt / postedAt; default now. */
  now?: string;
};

export type JournalBook = {
  accounts: Account[];
  entries: JournalEntry[];
  /** Why the journal cannot become a book; when not empty, accounts and entries are empty. */
  errors: JournalError[];
  /** Transactions whose amounts are all zero (no entry can hold them); they change no balance. */
  skippedTransactions: number;
};

const secondaryDateNote: Readonly<Record<Language, string>> = {
  en: 'Secondary date',
  ru: 'Вторая дата',
  hu: 'Másodlagos dátum',
};

/**
 * Turns a parsed journal into the ledger's records: an account tree from the colon-separated
 * names (type from an account directive's `type:` tag, inherited by subaccounts, else from
 * the top-level name) and one posted entry per transaction (number from the code, else
 * numbered per year; payee = description, memo = comment; positive amounts are debits).
 */
export function journalToBook(parsed: ParsedJournal, options: JournalToBookOptions): JournalBook {
  if (parsed.errors.length > 0) return refused(parsed.errors);
  const now = options.now ?? new Date().toISOString();
  const counters = { account: 0, entry: 0 };
  const newId = options.newId ?? ((kind: 'account' | 'entry') => `journal-${kind}-${(counters[kind] += 1)}`);

  const tree = buildAccounts(parsed, newId, now);
  if (tree.errors.length > 0) return refused(tree.errors);
  const { byPath } = tree;
  // Postings name the same few accounts over and over: remember the last one.
  let lastName = '';
  let lastId = '';
  const accountIdOf = (name: string): string => {
    if (name !== lastName) {
      lastName = name;
      lastId = byPath.get(name)!.id;
    }
    return lastId;
  };

  // Codes that look like our numbers ("2024-0007"), which generated numbers must not repeat.
  const codes = new Set<string>();
  for (const tx of parsed.transactions) if (tx.code.length >= 9 && tx.code.charCodeAt(4) === 45) codes.add(tx.code);
  const lastNumberOfYear = new Map<string, number>();
  const nextNumber = (year: string): string => {
    let n = lastNumberOfYear.get(year) ?? 0;
    let number: string;
    do {
      n += 1;
      number = `${year}-${String(n).padStart(4, '0')}`;
    } while (codes.has(number));
    lastNumberOfYear.set(year, n);
    return number;
  };

  const entries: JournalEntry[] = [];
  let skippedTransactions = 0;
  for (const tx of parsed.transactions) {
    const postings = tx.postings;
    let count = 0;
    for (let i = 0; i < postings.length; i += 1) if (postings[i]!.amount !== 0) count += 1;
    // Sized up front: an empty array grown by push would reserve 17 slots per entry.
    const lines = new Array<EntryLine>(count);
    let k = 0;
    for (let i = 0; i < postings.length; i += 1) {
      const posting = postings[i]!;
      if (posting.amount === 0) continue;
      const line: EntryLine = {
        accountId: accountIdOf(posting.account),
        debit: posting.amount > 0 ? posting.amount : 0,
        credit: posting.amount < 0 ? -posting.amount : 0,
      };
      if (posting.comment !== '') line.memo = posting.comment;
      lines[k++] = line;
    }
    if (count === 0) {
      skippedTransactions += 1;
      continue;
    }
    let memo = tx.comment;
    if (tx.date2 !== '') memo = `${memo}${memo === '' ? '' : '\n'}${secondaryDateNote[options.language]}: ${tx.date2}`;
    entries.push({
      id: newId('entry'),
      number: tx.code !== '' ? tx.code : nextNumber(tx.date.slice(0, 4)),
      date: tx.date,
      payee: tx.description,
      memo,
      currency: tx.currency,
      lines,
      status: 'posted',
      origin: 'journalImport',
      postedAt: now,
      documentIds: [],
      createdAt: now,
      updatedAt: now,
    });
  }
  return { accounts: tree.accounts, entries, errors: [], skippedTransactions };
}

function refused(errors: JournalError[]): JournalBook {
  return { accounts: [], entries: [], errors, skippedTransactions: 0 };
}

type Tree = { accounts: Account[]; byPath: Map<string, Account>; errors: JournalError[] };

function buildAccounts(parsed: ParsedJournal, newId: (kind: 'account') => string, now: string): Tree {
  // Every account named anywhere, with the first line that names it, in order of appearance.
  const firstLine = new Map<string, number>();
  for (const declared of parsed.accounts) if (!firstLine.has(declared.name)) firstLine.set(declared.name, declared.line);
  for (const tx of parsed.transactions) {
    for (const posting of tx.postings) if (!firstLine.has(posting.account)) firstLine.set(posting.account, posting.line);
  }
  const declaredType = new Map<string, AccountType>();
  for (const declared of parsed.accounts) if (declared.type !== null) declaredType.set(declared.name, declared.type);

  const accounts: Account[] = [];
  const byPath = new Map<string, Account>();
  const errors: JournalError[] = [];
  const untyped = new Set<string>();
  for (const [name, line] of firstLine) {
    const segments = name.split(':');
    if (segments.some((segment) => segment.trim() === '')) {
      errors.push({ line, code: 'badAccountName', message: `Line ${line}: the account name "${name}" has an empty part`, params: { account: name } });
      continue;
    }
    let path = '';
    let parentId: string | null = null;
    let inherited: AccountType | null = null;
    for (const segment of segments) {
      path = path === '' ? segment : `${path}:${segment}`;
      inherited = declaredType.get(path) ?? inherited;
      let account = byPath.get(path);
      if (account === undefined) {
        const type = inherited ?? accountTypeFromName(segments[0]!);
        if (type === null) {
          if (!untyped.has(segments[0]!)) {
            untyped.add(segments[0]!);
            errors.push({
              line,
              code: 'accountTypeUnknown',
              message:
                `Line ${line}: cannot tell what kind of account "${segments[0]}" is; name it assets, liabilities, equity, ` +
                `income or expenses, or declare it, e.g. "account ${segments[0]}  ; type: A" (A, L, E, R or X)`,
              params: { account: segments[0]! },
            });
          }
          break;
        }
        account = { id: newId('account'), name: segment, type, parentId, archived: false, createdAt: now, updatedAt: now };
        byPath.set(path, account);
        accounts.push(account);
      }
      parentId = account.id;
    }
  }
  return { accounts, byPath, errors };
}
