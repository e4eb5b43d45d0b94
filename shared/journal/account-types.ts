import type { AccountType } from '../ledger/types';

/**
 * What a top-level account name says its type is. English follows hledger's own rules
 * (assets?, debts?/liabilit(y|ies), equity, (income|revenue)s?, expenses?, any case);
 * Hungarian and Russian names are ours, so declare them with a `type:` tag when the same
 * journal must also read the same in hledger's balance sheet and income statement.
 */
const namesByType: Readonly<Record<AccountType, readonly string[]>> = {
  asset: ['asset', 'assets', 'aktív', 'aktívák', 'aktivák', 'eszköz', 'eszközök', 'актив', 'активы'],
  liability: [
    'liability', 'liabilities', 'debt', 'debts', 'kötelezettség', 'kötelezettségek', 'tartozás', 'tartozások',
    'обязательства', 'долги',
  ],
  equity: ['equity', 'saját tőke', 'tőke', 'капитал', 'собственный капитал'],
  income: ['income', 'incomes', 'revenue', 'revenues', 'bevétel', 'bevételek', 'доход', 'доходы', 'выручка'],
  expense: [
    'expense', 'expenses', 'költség', 'költségek', 'ráfordítás', 'ráfordítások', 'kiadás', 'kiadások',
    'расход', 'расходы', 'затраты',
  ],
};

const typeByName = new Map<string, AccountType>(
  (Object.keys(namesByType) as AccountType[]).flatMap((type) => namesByType[type].map((name) => [name, type] as const)),
);

/** The type a top-level account name implies, or null ("Cash", "Misc"...). */
export function accountTypeFromName(topLevelName: string): AccountType | null {
  return typeByName.get(topLevelName.trim().toLowerCase()) ?? null;
}

/** hledger's one-letter `type:` tag for an account type. */
export const typeTagOf: Readonly<Record<AccountType, string>> = {
  asset: 'A',
  liability: 'L',
  equity: 'E',
  income: 'R',
  expense: 'X',
};
