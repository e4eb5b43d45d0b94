import { accountPathSeparator } from '../ledger/accounts';
import { defaultChart } from '../ledger/defaultChart';
import type { Account, AccountRole, AccountType } from '../ledger/types';
import { accountTypeFromName } from './account-types';

/**
 * Where each account of an imported journal goes in the company's chart: onto an account
 * the chart has (its postings then count there) or a new account, made under wherever its
 * parent went. Keeps the import from growing a second "assets, liabilities…" tree beside
 * the chart's own. Pure: the worker proposes, the window edits, the import applies.
 */

/** Journal account id → chart account id, or null for "create a new account". */
export type AccountMapping = ReadonlyMap<string, string | null>;

/** One journal account as the mapping table shows it. */
export type JournalAccountRow = {
  id: string;
  parentId: string | null;
  name: string;
  /** "assets:bank:checking" */
  path: string;
  depth: number;
  type: AccountType;
  /** Postings on this account itself (not its sub-accounts). */
  postings: number;
  /** Postings on this account and all below it. */
  postingsBelow: number;
  hasChildren: boolean;
};

/** A mapping the import cannot follow, named by the journal account's path. */
export type MappingProblem = { key: 'typeMismatch'; accountId: string; path: string; type: AccountType; target: string; targetType: AccountType };

const fold = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase();

/**
 * Names people give the accounts the app knows by role, in the chart's languages. A journal
 * leaf called "Checking" is the company's bank account; "Opening Balances" the equity
 * account opening entries post against.
 */
const namesByRole: Readonly<Partial<Record<AccountRole, readonly string[]>>> = {
  bank: ['bank', 'checking', 'checking account', 'current account', 'bank account', 'банк', 'расчётный счёт', 'расчетный счет', 'bankszámla', 'folyószámla'],
  cash: ['cash', 'petty cash', 'cash on hand', 'касса', 'наличные', 'pénztár', 'készpénz'],
  receivable: ['accounts receivable', 'receivable', 'receivables', 'debtors', 'дебиторы', 'vevők'],
  payable: ['accounts payable', 'payable', 'payables', 'creditors', 'кредиторы', 'szállítók'],
  openingBalances: ['opening balances', 'opening balance', 'opening', 'начальные остатки', 'nyitó egyenlegek', 'nyitó'],
  retainedEarnings: ['retained earnings', 'нераспределённая прибыль', 'eredménytartalék'],
  vatInput: ['input vat', 'vat receivable', 'ндс к вычету'],
  vatOutput: ['output vat', 'vat payable', 'ндс к уплате'],
};
const roleByName = new Map<string, AccountRole>(
  (Object.keys(namesByRole) as AccountRole[]).flatMap((role) => namesByRole[role]!.map((name) => [fold(name), role] as const)),
);

const templateNames = new Map(defaultChart.map((template) => [template.key, Object.values(template.names).map(fold)]));

/** Every name a chart account answers to: its own, and its template's in each language. */
function namesOf(account: Account): string[] {
  return [fold(account.name), ...(account.templateKey ? (templateNames.get(account.templateKey) ?? []) : [])];
}

/** The journal's accounts with their paths and posting counts, parents before children. */
export function journalAccountRows(journal: readonly Account[], postingsByAccount: ReadonlyMap<string, number>): JournalAccountRow[] {
  const byId = new Map(journal.map((account) => [account.id, account]));
  const rows = new Map<string, JournalAccountRow>();
  for (const account of journal) {
    const parent = account.parentId === null ? undefined : rows.get(account.parentId);
    rows.set(account.id, {
      id: account.id,
      parentId: account.parentId,
      name: account.name,
      path: parent ? parent.path + accountPathSeparator + account.name : account.name,
      depth: parent ? parent.depth + 1 : 0,
      type: account.type,
      postings: postingsByAccount.get(account.id) ?? 0,
      postingsBelow: 0,
      hasChildren: false,
    });
  }
  for (const account of journal) {
    const own = postingsByAccount.get(account.id) ?? 0;
    for (let at: Account | undefined = account; at; at = at.parentId === null ? undefined : byId.get(at.parentId)) {
      const row = rows.get(at.id)!;
      row.postingsBelow += own;
      if (at !== account) row.hasChildren = true;
    }
  }
  return journal.map((account) => rows.get(account.id)!);
}

/**
 * The mapping to start from: same code, same name (in any language of the chart), a known
 * top-level name onto the chart's group of that type, a common name onto the account of
 * that role; else a new account. Sub-accounts of a new account stay new, and a sub-account
 * never lands on the same account as its parent.
 */
export function proposeMapping(journal: readonly Account[], chart: readonly Account[]): Map<string, string | null> {
  const active = chart.filter((account) => !account.archived);
  const mapping = new Map<string, string | null>();
  for (const account of journal) {
    const parentTarget = account.parentId === null ? undefined : mapping.get(account.parentId);
    if (parentTarget === null) {
      mapping.set(account.id, null);
      continue;
    }
    const target = proposeOne(account, parentTarget ?? null, active);
    mapping.set(account.id, target !== undefined && target.id !== parentTarget ? target.id : null);
  }
  return mapping;
}

function proposeOne(account: Account, parentTarget: string | null, chart: readonly Account[]): Account | undefined {
  const sameType = chart.filter((candidate) => candidate.type === account.type);
  const code = /^(\d+)\b/.exec(account.code ?? account.name.trim())?.[1];
  const byCode = code === undefined ? undefined : sameType.find((candidate) => candidate.code === code);
  if (byCode) return byCode;

  const name = fold(account.name);
  const named = sameType.filter((candidate) => namesOf(candidate).includes(name));
  const underParent = named.find((candidate) => candidate.parentId === parentTarget);
  if (underParent) return underParent;
  if (named.length === 1) return named[0];

  if (account.parentId === null && accountTypeFromName(account.name) === account.type) {
    const group = sameType.filter((candidate) => candidate.parentId === null).sort(byChartCode)[0];
    if (group) return group;
  }
  const role = roleByName.get(name);
  return role === undefined ? undefined : sameType.find((candidate) => candidate.role === role);
}

const byChartCode = (a: Account, b: Account) => (a.code ?? '\uffff').localeCompare(b.code ?? '\uffff', 'en', { numeric: true });

/** Why the mapping cannot be imported: each journal account sent onto an account of another type. */
export function mappingProblems(journal: readonly Account[], chart: readonly Account[], mapping: AccountMapping, paths: ReadonlyMap<string, string>): MappingProblem[] {
  const chartById = new Map(chart.map((account) => [account.id, account]));
  const problems: MappingProblem[] = [];
  for (const account of journal) {
    const targetId = mapping.get(account.id);
    const target = targetId ? chartById.get(targetId) : undefined;
    if (target && target.type !== account.type) {
      problems.push({ key: 'typeMismatch', accountId: account.id, path: paths.get(account.id) ?? account.name, type: account.type, target: target.code ? `${target.code} ${target.name}` : target.name, targetType: target.type });
    }
  }
  return problems;
}

/** Thrown when a mapping would put an account onto one of another type; nothing is written. */
export class MappingRefused extends Error {
  readonly problems: MappingProblem[];
  constructor(problems: MappingProblem[]) {
    super(problems.map((found) => `${found.path} is ${found.type}, but ${found.target} is ${found.targetType}`).join('; '));
    this.name = 'MappingRefused';
    this.problems = problems;
  }
}

/**
 * The chart id each journal account's postings go to, and the accounts to create: a new
 * account goes under wherever its parent went (a chart account or another new one).
 * Refuses a mapping across types with MappingRefused.
 */
export function applyMapping(
  journal: readonly Account[],
  chart: readonly Account[],
  mapping: AccountMapping,
  newId: () => string,
): { idOf: Map<string, string>; newAccounts: Account[] } {
  const paths = new Map(journalAccountRows(journal, new Map()).map((row) => [row.id, row.path]));
  const problems = mappingProblems(journal, chart, mapping, paths);
  if (problems.length > 0) throw new MappingRefused(problems);
  const chartIds = new Set(chart.map((account) => account.id));
  const idOf = new Map<string, string>();
  const newAccounts: Account[] = [];
  for (const account of journal) {
    const target = mapping.get(account.id);
    if (target && chartIds.has(target)) {
      idOf.set(account.id, target);
      continue;
    }
    const parentId = account.parentId === null ? null : (idOf.get(account.parentId) ?? null);
    const added: Account = { ...account, id: newId(), parentId };
    idOf.set(account.id, added.id);
    newAccounts.push(added);
  }
  return { idOf, newAccounts };
}
