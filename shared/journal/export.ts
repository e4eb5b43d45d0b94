import type { Account, JournalEntry } from '../ledger/types';
import { minorDigits } from '../money';
import { typeTagOf } from './account-types';
import { formatMinor } from './format';

export type ExportJournalInput = { accounts: readonly Account[]; entries: readonly JournalEntry[] };

/**
 * Writes the book as an hledger journal that `hledger -f FILE bal` (and this module's
 * `parseJournal`) reads back to the same balances: commodity directives with a dot decimal,
 * an account directive with a `type:` tag for every account, then every POSTED entry in
 * date order with status `*`, its number as the code, payee, memo as comments, and an
 * explicit amount with the ISO code on every posting. Drafts are not part of the ledger
 * and are left out.
 *
 * Text that the journal format cannot hold is adjusted visibly rather than dropped: `;` in
 * a payee and `)` in a number become their full-width forms, `:` inside an account name
 * becomes `∶` (a colon would make a subaccount), runs of spaces become one, and a `date:`
 * tag in a line memo is written `date :` (hledger would read it as a posting date).
 */
export function exportJournal(book: ExportJournalInput): string {
  const paths = accountPaths(book.accounts);
  const posted = book.entries.filter((entry) => entry.status === 'posted');
  const ordered = posted
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index))
    .map(({ entry }) => entry);

  const out: string[] = ['; Exported by Backoffice: an hledger journal (hledger 1.25 and later read it).', ''];
  const currencies = [...new Set(ordered.map((entry) => entry.currency))].sort();
  for (const currency of currencies) {
    const digits = minorDigits(currency);
    out.push(`commodity 1000.${'0'.repeat(digits)} ${currency}`);
  }
  if (currencies.length > 0) out.push('');
  const byPath = [...book.accounts].sort((a, b) => compare(paths.get(a.id)!, paths.get(b.id)!));
  for (const account of byPath) out.push(`account ${paths.get(account.id)!}  ; type: ${typeTagOf[account.type]}`);
  if (byPath.length > 0) out.push('');

  for (const entry of ordered) {
    const memoLines = splitLines(entry.memo);
    const payee = oneLine(entry.payee).replaceAll(';', '；');
    const number = oneLine(entry.number).replaceAll(')', '）');
    // An empty code "()" keeps a payee that starts with "(" from being read as the code.
    const code = number !== '' || payee.startsWith('(') ? ` (${number})` : '';
    const first = memoLines.shift();
    out.push(`${entry.date} *${code}${payee === '' ? '' : ` ${payee}`}${first === undefined ? '' : `  ; ${first}`}`);
    for (const line of memoLines) out.push(`    ; ${line}`);
    for (const line of entry.lines) {
      const path = paths.get(line.accountId);
      if (path === undefined) throw new Error(`Entry ${entry.number} posts to an unknown account ${line.accountId}`);
      const amount = `${formatMinor(line.debit - line.credit, entry.currency)} ${entry.currency}`;
      const lineMemo = splitLines(line.memo ?? '').map(noPostingDates);
      const firstMemo = lineMemo.shift();
      out.push(`    ${path}  ${amount}${firstMemo === undefined ? '' : `  ; ${firstMemo}`}`);
      for (const memo of lineMemo) out.push(`    ; ${memo}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function noPostingDates(memo: string): string {
  return memo.replace(/(^|[\s,])(date2?):/g, '$1$2 :').replace(/\[(?=[=\d])/g, '［');
}

/** Full colon paths of every account, each unique and safe to write as a posting's account. */
function accountPaths(accounts: readonly Account[]): Map<string, string> {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const paths = new Map<string, string>();
  const taken = new Set<string>();
  const pathOf = (account: Account, seen: Set<string>): string => {
    const known = paths.get(account.id);
    if (known !== undefined) return known;
    if (seen.has(account.id)) throw new Error(`Account ${account.id} is its own ancestor`);
    seen.add(account.id);
    let segment = oneLine(account.name).replaceAll(':', '∶');
    if (segment === '') segment = '?';
    const parent = account.parentId === null ? undefined : byId.get(account.parentId);
    if (parent === undefined && /^[;*!#([]/.test(segment)) segment = `_${segment}`;
    const base = parent === undefined ? segment : `${pathOf(parent, seen)}:${segment}`;
    let path = base;
    for (let n = 2; taken.has(path); n += 1) path = `${base} (${n})`;
    taken.add(path);
    paths.set(account.id, path);
    return path;
  };
  for (const account of accounts) pathOf(account, new Set());
  return paths;
}
