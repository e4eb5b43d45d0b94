import { z } from 'zod';
import { isValidFiscalYearStart } from '../dates/fiscal';
import { languages } from '../i18n/languages';
import { isCurrencyCode } from '../money/currencies';
import { isCountry } from './countries';

/**
 * The messages the company schema can give. They are i18n keys, not text: the renderer
 * translates them, and its tests check that every key here has a translation.
 */
export const validationMessageKeys = [
  'validation.required',
  'validation.tooLong',
  'validation.currencyUnknown',
  'validation.fiscalYearStartInvalid',
  'validation.countryUnknown',
  'validation.countryRequired',
] as const;
export type ValidationMessageKey = (typeof validationMessageKeys)[number];

const message = (key: ValidationMessageKey) => ({ error: key });

const requiredText = (max: number) =>
  z.string(message('validation.required')).trim().min(1, message('validation.required')).max(max, message('validation.tooLong'));
const optionalText = (max: number) => z.string(message('validation.required')).trim().max(max, message('validation.tooLong'));

// Aborting checks: a month or day already refused is not judged again as a whole date.
const invalidStart = { ...message('validation.fiscalYearStartInvalid'), abort: true };
const fiscalStartNumber = (max: number) => z.number(invalidStart).int(invalidStart).min(1, invalidStart).max(max, invalidStart);

/** The company's details from the first-run setup and the settings screen. */
export const companySetupSchema = z.object(
  {
    name: requiredText(200),
    address: optionalText(500),
    taxNumber: optionalText(50),
    baseCurrency: z
      .string(message('validation.required'))
      .trim()
      .toUpperCase()
      .min(1, { ...message('validation.required'), abort: true })
      .refine(isCurrencyCode, message('validation.currencyUnknown')),
    // 29 February is refused: the fiscal year must start on a day every year has.
    // The error sits on the day, which is the part that does not fit the month.
    fiscalYearStart: z
      .object({ month: fiscalStartNumber(12), day: fiscalStartNumber(31) }, message('validation.fiscalYearStartInvalid'))
      .refine(isValidFiscalYearStart, { ...message('validation.fiscalYearStartInvalid'), path: ['day'] }),
    // ISO 3166 alpha-2; it picks the chart, VAT codes and regional format. The setup form
    // asks for it; a company stored before countries existed has none and stays international.
    country: z
      .string(message('validation.required'))
      .trim()
      .toUpperCase()
      .refine(isCountry, message('validation.countryUnknown'))
      .optional(),
    // Same values as languageSchema, with the error as an i18n key.
    language: z.enum(languages, message('validation.required')),
  },
  message('validation.required'),
);

/** Valid company details: trimmed, currency in capitals. */
export type CompanySetup = z.infer<typeof companySetupSchema>;
/** What a form or an import passes in, before trimming. */
export type CompanySetupInput = z.input<typeof companySetupSchema>;
