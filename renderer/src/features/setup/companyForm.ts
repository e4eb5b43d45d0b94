import type { FieldErrors, Resolver, ResolverResult } from 'react-hook-form';
import { companySetupSchema, validationMessageKeys, type CompanySetupInput } from '../../../../shared/company';
import { languageSchema, type Language } from '../../../../shared/i18n/languages';

/** What the company form holds while the user types (all text, as the inputs give it). */
export type CompanyFormValues = {
  name: string;
  address: string;
  taxNumber: string;
  baseCurrency: string;
  fiscalMonth: string;
  fiscalDay: string;
  /** ISO 3166 alpha-2, or '' where none is chosen (a company set up before countries). */
  country: string;
  language: Language;
};

export type CompanyFormField = keyof CompanyFormValues;

/** The order fields appear in, so focus goes to the first invalid one on screen. */
export const companyFormFields: readonly CompanyFormField[] = [
  'name',
  'address',
  'taxNumber',
  'baseCurrency',
  'fiscalMonth',
  'fiscalDay',
  'country',
  'language',
];

export function emptyCompanyForm(language: Language): CompanyFormValues {
  return { name: '', address: '', taxNumber: '', baseCurrency: '', fiscalMonth: '1', fiscalDay: '1', country: '', language };
}

export function companyFormValuesOf(setup: CompanySetupInput): CompanyFormValues {
  const language = languageSchema.safeParse(setup.language);
  return {
    name: String(setup.name ?? ''),
    address: String(setup.address ?? ''),
    taxNumber: String(setup.taxNumber ?? ''),
    baseCurrency: String(setup.baseCurrency ?? ''),
    fiscalMonth: String(setup.fiscalYearStart?.month ?? 1),
    fiscalDay: String(setup.fiscalYearStart?.day ?? 1),
    country: String(setup.country ?? ''),
    language: language.success ? language.data : 'en',
  };
}

function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The schema's input from the form's text: currency in capitals, month and day as numbers. */
export function setupInputOf(values: CompanyFormValues): CompanySetupInput {
  return {
    name: values.name,
    address: values.address,
    taxNumber: values.taxNumber,
    baseCurrency: values.baseCurrency.trim().toUpperCase(),
    fiscalYearStart: { month: wholeNumber(values.fiscalMonth), day: wholeNumber(values.fiscalDay) },
    ...(values.country.trim() === '' ? {} : { country: values.country }),
    language: values.language,
  };
}

/** Which form field a schema issue belongs to. */
export function fieldOfIssuePath(path: readonly PropertyKey[]): CompanyFormField | 'root' {
  const [first, second] = path.map(String);
  if (first === 'fiscalYearStart') return second === 'month' ? 'fiscalMonth' : 'fiscalDay';
  return (companyFormFields as readonly string[]).includes(first ?? '') ? (first as CompanyFormField) : 'root';
}

const knownMessages = new Set<string>(validationMessageKeys);

/** An i18n key for a schema message: the schema's own key, or a general one. */
export function messageKeyOf(message: string): string {
  return knownMessages.has(message) ? message : 'validation.invalid';
}

/**
 * react-hook-form resolver over the shared company schema (the same one the repository
 * checks). Error messages are i18n keys; the form translates them where it shows them.
 */
export const companyFormResolver: Resolver<CompanyFormValues> = (values) => resolveCompanyForm(values, false);

/** The same, with the country required: the first-run setup, and a company that has one already. */
export const companyFormResolverWithCountry: Resolver<CompanyFormValues> = (values) => resolveCompanyForm(values, true);

async function resolveCompanyForm(values: CompanyFormValues, requireCountry: boolean): Promise<ResolverResult<CompanyFormValues>> {
  const parsed = companySetupSchema.safeParse(setupInputOf(values));
  const countryMissing = requireCountry && values.country.trim() === '';
  if (parsed.success && !countryMissing) return { values, errors: {} };
  const errors: FieldErrors<CompanyFormValues> = {};
  if (countryMissing) errors.country = { type: 'required', message: 'validation.countryRequired' };
  if (parsed.success) return { values: {}, errors };
  for (const issue of parsed.error.issues) {
    const field = fieldOfIssuePath(issue.path);
    const key = messageKeyOf(issue.message);
    if (field === 'root') {
      errors.root ??= { type: issue.code, message: key } as NonNullable<FieldErrors<CompanyFormValues>['root']>;
    } else {
      errors[field] ??= { type: issue.code, message: key };
    }
  }
  return { values: {}, errors };
}
