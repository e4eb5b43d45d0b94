import { describe, expect, it } from 'vitest';
import { companySetupSchema, validationMessageKeys, type CompanySetupInput } from './setup';

const valid: CompanySetupInput = {
  name: 'Kovács és Társa Kft.',
  address: '1051 Budapest, Fő utca 1.',
  taxNumber: '12345678-2-41',
  baseCurrency: 'HUF',
  fiscalYearStart: { month: 1, day: 1 },
  language: 'hu',
};

/** Each issue as "path: message", for compact expectations. */
function issuesOf(input: unknown): string[] {
  const result = companySetupSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('companySetupSchema', () => {
  it('accepts valid details, trimmed, with the currency in capitals', () => {
    const result = companySetupSchema.parse({ ...valid, name: '  Acme Ltd  ', address: '', taxNumber: ' ', baseCurrency: ' eur ' });
    expect(result).toEqual({ ...valid, name: 'Acme Ltd', address: '', taxNumber: '', baseCurrency: 'EUR' });
  });

  it.each([
    [{ name: '' }, 'name: validation.required'],
    [{ name: '   ' }, 'name: validation.required'],
    [{ name: 'x'.repeat(201) }, 'name: validation.tooLong'],
    [{ address: 'x'.repeat(501) }, 'address: validation.tooLong'],
    [{ taxNumber: 'x'.repeat(51) }, 'taxNumber: validation.tooLong'],
    [{ baseCurrency: '' }, 'baseCurrency: validation.required'],
    [{ baseCurrency: 'EURO' }, 'baseCurrency: validation.currencyUnknown'],
    [{ baseCurrency: 'XYZ' }, 'baseCurrency: validation.currencyUnknown'],
    [{ fiscalYearStart: { month: 2, day: 30 } }, 'fiscalYearStart.day: validation.fiscalYearStartInvalid'],
    [{ fiscalYearStart: { month: 2, day: 29 } }, 'fiscalYearStart.day: validation.fiscalYearStartInvalid'],
    [{ fiscalYearStart: { month: 4, day: 31 } }, 'fiscalYearStart.day: validation.fiscalYearStartInvalid'],
    [{ fiscalYearStart: { month: 13, day: 1 } }, 'fiscalYearStart.month: validation.fiscalYearStartInvalid'],
    [{ fiscalYearStart: { month: Number.NaN, day: 1 } }, 'fiscalYearStart.month: validation.fiscalYearStartInvalid'],
    [{ fiscalYearStart: { month: 1, day: 1.5 } }, 'fiscalYearStart.day: validation.fiscalYearStartInvalid'],
    [{ fiscalYearStart: { month: 1, day: 32 } }, 'fiscalYearStart.day: validation.fiscalYearStartInvalid'],
    [{ language: 'de' }, 'language: validation.required'],
  ])('refuses %j with exactly %j', (change, expected) => {
    expect(issuesOf({ ...valid, ...change })).toEqual([expected]);
  });

  it('keeps the name when trimming and allows 200 characters', () => {
    expect(companySetupSchema.parse({ ...valid, name: ` ${'x'.repeat(200)} ` }).name).toHaveLength(200);
  });

  it('gives only i18n keys as messages, even for missing fields or the wrong type', () => {
    const messages = [...issuesOf({}), ...issuesOf(null), ...issuesOf({ ...valid, fiscalYearStart: 'Jan 1' })].map((line) =>
      line.slice(line.indexOf(': ') + 2),
    );
    expect(messages.length).toBeGreaterThan(0);
    for (const text of messages) expect(validationMessageKeys).toContain(text);
  });
});
