import { chartKindOf } from '../../company/countries';
import type { Language } from '../../i18n/languages';
import { accountsOfTemplate, defaultChart } from '../defaultChart';
import type { Account, VatCode } from '../types';
import { createDefaultVatCodes } from '../vat';
import { hungarianChart } from './hungary';
import { russianChart } from './russia';
import type { ChartTemplate } from './template';

export * from './template';
export { hungarianChart } from './hungary';
export { russianChart } from './russia';

/** The national charts by country; any other country (or none) gets the international chart. */
const nationalCharts: Record<'hu' | 'ru', ChartTemplate> = { hu: hungarianChart, ru: russianChart };

/** The chart a company of the country starts with, named in its language. */
export function createChartFor(country: string | undefined, language: Language, makeId: () => string, at: string): Account[] {
  const kind = chartKindOf(country);
  return accountsOfTemplate(kind === 'international' ? defaultChart : nationalCharts[kind].accounts, language, makeId, at);
}

/**
 * The country's VAT codes, posting to the chart's accounts (found by template key, so
 * an account renamed since still serves). The international chart keeps its codes by
 * currency or language. A code whose account is missing is left out.
 */
export function createVatCodesFor(country: string | undefined, accounts: readonly Account[], language: Language, baseCurrency: string, makeId: () => string, at: string): VatCode[] {
  const kind = chartKindOf(country);
  if (kind === 'international') return createDefaultVatCodes(accounts, language, baseCurrency, makeId, at);
  const byKey = new Map(accounts.filter((account) => account.templateKey).map((account) => [account.templateKey!, account]));
  return nationalCharts[kind].vatCodes.flatMap((template) => {
    const account = byKey.get(template.account);
    if (!account) return [];
    return [{ id: makeId(), code: template.code, name: template.names[language], rate: template.rate, kind: template.kind, accountId: account.id, archived: false, createdAt: at, updatedAt: at }];
  });
}
