import type { Language } from '../../i18n/languages';
import type { Rate } from '../../money';
import type { AccountRole, AccountType } from '../types';

/** One account of a country's chart, with its name in every language the app speaks. */
export type ChartTemplateAccount = {
  key: string;
  code: string;
  type: AccountType;
  parent?: string;
  role?: AccountRole;
  names: Record<Language, string>;
};

/** One VAT code of a country's chart: the account it posts the tax to, by the account's key. */
export type VatCodeTemplate = {
  code: string;
  kind: 'input' | 'output';
  rate: Rate;
  account: string;
  names: Record<Language, string>;
};

export type ChartTemplate = { accounts: readonly ChartTemplateAccount[]; vatCodes: readonly VatCodeTemplate[] };

type Names = readonly [en: string, ru: string, hu: string];

/** A chart row written compactly: key, code, type, parent key, names (en, ru, hu), role. */
export function account(key: string, code: string, type: AccountType, parent: string | null, [en, ru, hu]: Names, role?: AccountRole): ChartTemplateAccount {
  return { key, code, type, ...(parent ? { parent } : {}), ...(role ? { role } : {}), names: { en, ru, hu } };
}

export function vatCode(code: string, kind: 'input' | 'output', percent: number, accountKey: string, [en, ru, hu]: Names): VatCodeTemplate {
  return { code, kind, rate: { numerator: percent, denominator: 100 }, account: accountKey, names: { en, ru, hu } };
}
