import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countries, countryFacts, countryName, isCountry, companySetupSchema, type CompanySetup } from '../../../../shared/company';
import { languages, type Language } from '../../../../shared/i18n/languages';
import { monthNames } from '../../i18n/calendarNames';
import { useLanguage } from '../../i18n/useLanguage';
import { companyFormFields, companyFormResolver, companyFormResolverWithCountry, setupInputOf, type CompanyFormValues } from './companyForm';
import { commonCurrencies } from './commonCurrencies';
import { FormField } from './FormField';

type CompanyFormProps = {
  initialValues: CompanyFormValues;
  submitLabel: string;
  /** The setup asks for the language; Settings has its own language switch. */
  showLanguage: boolean;
  /** The setup asks for the country; Settings only once the company has one. */
  requireCountry: boolean;
  /** Called as soon as the language select changes (the setup switches the screen at once). */
  onLanguageChange?: (language: Language) => void;
  /** Stores the company; a thrown error is shown and the form keeps what was typed. */
  onSave: (setup: CompanySetup) => Promise<void>;
  /** Says how a failed save went, in the user's language. */
  describeSaveError: (error: unknown) => string;
  /** Shown after a successful save (Settings); the setup screen moves on instead. */
  savedMessage?: string;
};

type Outcome = { kind: 'saved' } | { kind: 'failed'; text: string } | { kind: 'invalid' } | null;

/** Company name, address, tax number, base currency, fiscal year start and language. */
export function CompanyForm(props: CompanyFormProps) {
  const { initialValues, submitLabel, showLanguage, requireCountry, onLanguageChange, onSave, describeSaveError, savedMessage } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const prefix = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { register, handleSubmit, setFocus, formState, getValues, setValue } = useForm<CompanyFormValues>({
    defaultValues: initialValues,
    resolver: requireCountry ? companyFormResolverWithCountry : companyFormResolver,
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { errors, isSubmitting } = formState;
  const errorOf = (field: keyof CompanyFormValues) => errors[field]?.message;
  const idOf = (field: keyof CompanyFormValues) => `${prefix}${field}`;

  const submit = handleSubmit(
    async (values) => {
      setOutcome(null);
      try {
        // The resolver has checked the schema; this yields the trimmed values, and the
        // repository checks them again before writing.
        await onSave(companySetupSchema.parse(setupInputOf(values)));
        if (savedMessage) setOutcome({ kind: 'saved' });
      } catch (error) {
        setOutcome({ kind: 'failed', text: describeSaveError(error) });
      }
    },
    (invalid) => {
      setOutcome({ kind: 'invalid' });
      const first = companyFormFields.find((field) => invalid[field]);
      if (first) setFocus(first);
    },
  );

  const currencyListId = `${prefix}currencies`;
  // Choosing the country proposes its currency, unless the office has typed another one.
  const countryField = register('country', {
    onChange: (event: { target: { value: string } }) => {
      const current = getValues('baseCurrency').trim().toUpperCase();
      const proposed = Object.values(countryFacts).map((facts) => facts.currency as string);
      if (isCountry(event.target.value) && (current === '' || proposed.includes(current))) {
        setValue('baseCurrency', countryFacts[event.target.value].currency);
      }
    },
  });
  const countryOptions = countries.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) => a.name.localeCompare(b.name, language));
  const languageField = register('language', {
    onChange: (event: { target: { value: string } }) => onLanguageChange?.(event.target.value as Language),
  });

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <FormField id={idOf('name')} label={t('company.name')} errorKey={errorOf('name')}>
        {(a11y) => <input type="text" autoComplete="organization" {...a11y} {...register('name')} />}
      </FormField>

      <FormField id={idOf('address')} label={t('company.address')} errorKey={errorOf('address')}>
        {(a11y) => <textarea rows={3} autoComplete="street-address" {...a11y} {...register('address')} />}
      </FormField>

      <FormField id={idOf('taxNumber')} label={t('company.taxNumber')} errorKey={errorOf('taxNumber')}>
        {(a11y) => <input type="text" className="input-medium" {...a11y} {...register('taxNumber')} />}
      </FormField>

      <FormField id={idOf('country')} label={t('company.country')} hint={t('company.countryHint')} errorKey={errorOf('country')}>
        {(a11y) => (
          <select className="input-medium" {...a11y} {...countryField}>
            {requireCountry && initialValues.country !== '' ? null : <option value="">{t(requireCountry ? 'company.countryChoose' : 'company.countryNone')}</option>}
            {countryOptions.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField
        id={idOf('baseCurrency')}
        label={t('company.baseCurrency')}
        hint={t('company.baseCurrencyHint')}
        errorKey={errorOf('baseCurrency')}
      >
        {(a11y) => (
          <>
            <input
              type="text"
              className="input-short"
              list={currencyListId}
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={3}
              {...a11y}
              {...register('baseCurrency')}
            />
            <datalist id={currencyListId}>
              {commonCurrencies.map((code) => (
                <option key={code} value={code} />
              ))}
            </datalist>
          </>
        )}
      </FormField>

      <fieldset className="fieldset">
        <legend>{t('company.fiscalYearStart')}</legend>
        <div className="field-row">
          <FormField id={idOf('fiscalMonth')} label={t('company.month')} errorKey={errorOf('fiscalMonth')}>
            {(a11y) => (
              <select {...a11y} {...register('fiscalMonth')}>
                {monthNames(language).map((name, index) => (
                  // Keyed by month number: a language switch renames the options without replacing them.
                  <option key={index} value={String(index + 1)}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={idOf('fiscalDay')} label={t('company.day')} errorKey={errorOf('fiscalDay')}>
            {(a11y) => <input type="text" inputMode="numeric" className="input-tiny" {...a11y} {...register('fiscalDay')} />}
          </FormField>
        </div>
      </fieldset>

      {showLanguage ? (
        <FormField id={idOf('language')} label={t('company.language')} errorKey={errorOf('language')}>
          {(a11y) => (
            <select {...a11y} {...languageField}>
              {languages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {t(`languages.${code}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
        <p className={outcome?.kind === 'saved' ? 'status' : 'status status-error'} role="status" aria-live="polite">
          {outcome?.kind === 'invalid' ? t('form.fixErrors') : null}
          {outcome?.kind === 'failed' ? outcome.text : null}
          {outcome?.kind === 'saved' ? savedMessage : null}
        </p>
      </div>
    </form>
  );
}
