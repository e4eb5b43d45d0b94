import type { TFunction } from 'i18next';
import { formatDate, isIsoDate } from '../../../../shared/dates';
import { LedgerRejected, type LedgerProblem } from '../../../../shared/ledger/problems';
import { formatMoney, isCurrencyCode, money } from '../../../../shared/money';
import { describeIpcError } from '../../ipc/client';
import type { RegionalFormat } from '../../../../shared/i18n/regional';

/**
 * A ledger refusal in the user's language. The message keys live under
 * `bookkeeping.problems.*` (same names as the ledger's `ledger.*` keys); amounts, dates and
 * account types in the params are shown the language's way.
 */
export function problemText(item: LedgerProblem, t: TFunction, regional: RegionalFormat, entryCurrency?: string): string {
  const params: Record<string, string | number> = { ...item.params };
  const currency = typeof params.currency === 'string' && isCurrencyCode(params.currency) ? params.currency : entryCurrency;
  if (typeof params.difference === 'number' && currency) {
    params.difference = formatMoney(money(Math.abs(params.difference), currency), regional.locale);
  }
  if (typeof params.lockDate === 'string' && isIsoDate(params.lockDate)) params.lockDate = formatDate(params.lockDate, regional, 'long');
  if (typeof params.type === 'string') params.type = t(`bookkeeping.accountTypes.${params.type}`);
  return t(`bookkeeping.problems.${item.key.replace(/^ledger\./, '')}`, params);
}

/** Problems that belong to the whole entry (not to one of its lines). */
export function entryWideProblems(problems: readonly LedgerProblem[]): LedgerProblem[] {
  return problems.filter((item) => item.line === undefined);
}

/** Any failure of a bookkeeping action as one sentence: the ledger's reasons, or what went wrong. */
export function describeBookkeepingError(error: unknown, t: TFunction, regional: RegionalFormat, entryCurrency?: string): string {
  if (error instanceof LedgerRejected) return error.problems.map((item) => problemText(item, t, regional, entryCurrency)).join(' ');
  if (error instanceof Error && error.name === 'LedgerRejected' && 'problems' in error && Array.isArray(error.problems)) {
    return (error.problems as LedgerProblem[]).map((item) => problemText(item, t, regional, entryCurrency)).join(' ');
  }
  return describeIpcError(error, t);
}
