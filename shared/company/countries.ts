/**
 * The countries a company can be set up in: the currency proposed for it, the regional
 * format its papers use, and the chart of accounts it starts with. A company stored
 * before countries existed has none and is treated as international.
 */
export type ChartKind = 'hu' | 'ru' | 'international';

export type CountryFacts = { readonly currency: string; readonly locale: string; readonly chart: ChartKind };

export const countryFacts = {
  HU: { currency: 'HUF', locale: 'hu-HU', chart: 'hu' },
  RU: { currency: 'RUB', locale: 'ru-RU', chart: 'ru' },
  IE: { currency: 'EUR', locale: 'en-IE', chart: 'international' },
  GB: { currency: 'GBP', locale: 'en-GB', chart: 'international' },
  US: { currency: 'USD', locale: 'en-US', chart: 'international' },
  DE: { currency: 'EUR', locale: 'de-DE', chart: 'international' },
  AT: { currency: 'EUR', locale: 'de-AT', chart: 'international' },
  SK: { currency: 'EUR', locale: 'sk-SK', chart: 'international' },
  RO: { currency: 'RON', locale: 'ro-RO', chart: 'international' },
  CZ: { currency: 'CZK', locale: 'cs-CZ', chart: 'international' },
  PL: { currency: 'PLN', locale: 'pl-PL', chart: 'international' },
  HR: { currency: 'EUR', locale: 'hr-HR', chart: 'international' },
  SI: { currency: 'EUR', locale: 'sl-SI', chart: 'international' },
  FR: { currency: 'EUR', locale: 'fr-FR', chart: 'international' },
  NL: { currency: 'EUR', locale: 'nl-NL', chart: 'international' },
  UA: { currency: 'UAH', locale: 'uk-UA', chart: 'international' },
  KZ: { currency: 'KZT', locale: 'ru-KZ', chart: 'international' },
} as const satisfies Record<string, CountryFacts>;

export type Country = keyof typeof countryFacts;
export const countries = Object.keys(countryFacts) as Country[];

export function isCountry(code: unknown): code is Country {
  return typeof code === 'string' && Object.hasOwn(countryFacts, code);
}

/** The chart a company starts with; no country (an older company) means international. */
export function chartKindOf(country: string | undefined): ChartKind {
  return isCountry(country) ? countryFacts[country].chart : 'international';
}

/** The country's name in the interface language ("Hungary", "Венгрия", "Magyarország"). */
export function countryName(country: Country, language: string): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country;
}
