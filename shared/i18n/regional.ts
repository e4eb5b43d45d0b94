import { countryFacts, isCountry } from '../company/countries';
import { localeOf, type Language } from './languages';

/**
 * How dates, numbers and the clock are written: a regional locale (en-IE, hu-HU, …) that
 * is chosen apart from the interface language. Digits, separators, the order of day and
 * month and the 12/24-hour clock follow `locale`; words (month names) follow `language`,
 * so an English interface in Ireland reads "3 December 2026" and "03/12/2026".
 */
export type RegionalFormat = { readonly locale: string; readonly language: Language };

/** 'auto': from the company's country, else the interface language's own locale. */
export type RegionalChoice = 'auto' | RegionalLocale;

/** The formats one can choose in the settings: every country's, plus English (US). */
export const regionalLocales = [...new Set<string>(['en-US', ...Object.values(countryFacts).map((facts) => facts.locale)])];
export type RegionalLocale = string;

export function isRegionalChoice(value: unknown): value is RegionalChoice {
  return value === 'auto' || (typeof value === 'string' && regionalLocales.includes(value));
}

/**
 * The regional format in force. A company without a country (set up before countries
 * existed) keeps the language's locale, so an English book stays en-US as before.
 */
export function regionalFormatOf(language: Language, country: string | undefined, choice: RegionalChoice = 'auto'): RegionalFormat {
  if (choice !== 'auto' && regionalLocales.includes(choice)) return { locale: choice, language };
  return { locale: isCountry(country) ? countryFacts[country].locale : localeOf[language], language };
}

/** The language's own format, for places with no company (tests, the start-up failure page). */
export function languageFormat(language: Language): RegionalFormat {
  return { locale: localeOf[language], language };
}
