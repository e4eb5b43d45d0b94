import { describe, expect, it } from 'vitest';
import { companyFormResolver, emptyCompanyForm, fieldOfIssuePath, setupInputOf, type CompanyFormValues } from './companyForm';

const resolve = (values: CompanyFormValues) =>
  companyFormResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('company form', () => {
  it('passes a complete form and turns text into the schema input', async () => {
    const values: CompanyFormValues = { ...emptyCompanyForm('en'), name: 'Acme', baseCurrency: ' eur ', fiscalMonth: '4', fiscalDay: '6' };
    expect((await resolve(values)).errors).toEqual({});
    expect(setupInputOf(values)).toMatchObject({ baseCurrency: 'EUR', fiscalYearStart: { month: 4, day: 6 } });
  });

  it('puts each schema message on its field as an i18n key', async () => {
    const values: CompanyFormValues = { ...emptyCompanyForm('en'), name: ' ', baseCurrency: 'ABC', fiscalMonth: '2', fiscalDay: '30' };
    const { errors } = await resolve(values);
    expect(errors.name?.message).toBe('validation.required');
    expect(errors.baseCurrency?.message).toBe('validation.currencyUnknown');
    expect(errors.fiscalDay?.message).toBe('validation.fiscalYearStartInvalid');
    expect(errors.address).toBeUndefined();
  });

  it('refuses a day that is not a number', async () => {
    const { errors } = await resolve({ ...emptyCompanyForm('en'), name: 'Acme', baseCurrency: 'EUR', fiscalDay: 'first' });
    expect(errors.fiscalDay?.message).toBe('validation.fiscalYearStartInvalid');
  });

  it('maps schema paths to form fields', () => {
    expect(fieldOfIssuePath(['fiscalYearStart', 'month'])).toBe('fiscalMonth');
    expect(fieldOfIssuePath(['fiscalYearStart'])).toBe('fiscalDay');
    expect(fieldOfIssuePath(['taxNumber'])).toBe('taxNumber');
    expect(fieldOfIssuePath([])).toBe('root');
  });
});
