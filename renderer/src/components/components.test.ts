import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/ledger/types';
import { minorDigits } from '../../../shared/money';
import { accountOptions, matchAccounts } from './accountOptions';
import { amountExample, readAmount, tidyAmountText } from './amountText';
import { dateReadingError, readDate, tidyDateText } from './dateText';
import { isInRange, rangeOfPreset } from './periodPresets';
import { languageFormat, regionalFormatOf, type RegionalFormat } from '../../../shared/i18n/regional';
import { i18n, startI18n } from '../i18n';

const [en, ru, hu] = [languageFormat('en'), languageFormat('ru'), languageFormat('hu')];

const account = (id: string, code: string | undefined, name: string, parentId: string | null, archived = false): Account => ({
  id,
  ...(code ? { code } : {}),
  name,
  type: 'expense',
  parentId,
  archived,
  createdAt: '',
  updatedAt: '',
});

describe('amount fields', () => {
  it('read amounts the language’s way into minor units', () => {
    expect(readAmount('1,234.50', 'EUR', en)).toEqual({ kind: 'amount', minor: 123450 });
    expect(readAmount('1 234,50', 'EUR', ru)).toEqual({ kind: 'amount', minor: 123450 });
    expect(readAmount('12 700', 'HUF', hu)).toEqual({ kind: 'amount', minor: 12700 * 10 ** minorDigits('HUF') });
    expect(readAmount('  ', 'EUR', en)).toEqual({ kind: 'empty' });
  });

  it('name what is wrong with text that is not an amount', () => {
    expect(readAmount('twelve', 'EUR', en)).toEqual({ kind: 'invalid', messageKey: 'components.amount.notANumber' });
    expect(readAmount('1.234', 'EUR', en)).toEqual({ kind: 'invalid', messageKey: 'components.amount.tooManyDecimals' });
    expect(readAmount('-5', 'EUR', en)).toEqual({ kind: 'invalid', messageKey: 'components.amount.negative' });
    expect(readAmount('-5', 'EUR', en, { allowNegative: true })).toEqual({ kind: 'amount', minor: -500 });
  });

  it('tidy a valid amount and keep anything else exactly as typed', () => {
    expect(tidyAmountText('1234.5', 'EUR', en)).toBe('1,234.50');
    expect(tidyAmountText('12abc', 'EUR', en)).toBe('12abc');
    expect(amountExample('EUR', en)).toBe('1,234.50');
  });
});

describe('date fields', () => {
  it('read the language’s short form and ISO dates, and refuse days that do not exist', () => {
    expect(readDate('03/14/2026', en)).toEqual({ kind: 'date', iso: '2026-03-14' });
    expect(readDate('14.03.2026', ru)).toEqual({ kind: 'date', iso: '2026-03-14' });
    expect(readDate('2026-03-14', hu)).toEqual({ kind: 'date', iso: '2026-03-14' });
    expect(readDate('02/30/2026', en)).toEqual({ kind: 'invalid', problem: { kind: 'noSuchDay', year: 2026, month: 2, days: 28 } });
    expect(tidyDateText('2026-03-14', en)).toBe('03/14/2026');
  });
});

describe('account picker', () => {
  const chart = [
    account('e', '5000', 'Expenses', null),
    account('o', '5300', 'Office supplies', 'e'),
    account('p', '5310', 'Printer paper', 'o'),
    account('t', '5700', 'Travel', 'e', true),
  ];

  it('lists accounts in tree order with paths, archived ones only when asked or kept', () => {
    expect(accountOptions(chart).map((option) => option.path)).toEqual(['Expenses', 'Expenses:Office supplies', 'Expenses:Office supplies:Printer paper']);
    expect(accountOptions(chart, { keepIds: ['t'] }).map((option) => option.id)).toContain('t');
    expect(accountOptions(chart)[2]!.label).toBe('5310 Printer paper');
  });

  it('marks the accounts that have sub-accounts as groups', () => {
    expect(accountOptions(chart).map((option) => [option.id, option.group])).toEqual([['e', true], ['o', true], ['p', false]]);
  });

  it('matches by code first, then by the start of a word, then anywhere in the path', () => {
    const options = accountOptions(chart);
    expect(matchAccounts(options, '53').map((option) => option.id)).toEqual(['o', 'p']);
    expect(matchAccounts(options, 'paper').map((option) => option.id)).toEqual(['p']);
    expect(matchAccounts(options, 'office').map((option) => option.id)).toEqual(['o', 'p']);
    expect(matchAccounts(options, 'zzz')).toEqual([]);
  });
});

describe('period presets', () => {
  it('follow the calendar for months and quarters and the company’s fiscal year', () => {
    const july = { month: 7, day: 1 };
    expect(rangeOfPreset('lastMonth', '2026-01-15', july)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(rangeOfPreset('thisQuarter', '2026-05-02', july)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(rangeOfPreset('thisYear', '2026-05-02', july)).toEqual({ from: '2025-07-01', to: '2026-06-30' });
    expect(rangeOfPreset('lastYear', '2026-05-02', july)).toEqual({ from: '2024-07-01', to: '2025-06-30' });
    expect(isInRange('2026-02-28', { from: '2026-02-01', to: null })).toBe(true);
  });
});

describe('date error messages', () => {
  beforeAll(() => startI18n('en'));
  const message = (text: string, regional: RegionalFormat) => {
    const reading = readDate(text, regional);
    return dateReadingError(reading, i18n.getFixedT(regional.language));
  };

  it('name the month and its length for a day it does not have', () => {
    expect(message('02/29/2026', en)).toBe('February 2026 has 28 days.');
    expect(message('29.02.2026', ru)).toBe('В феврале 2026 г. последний день — 28-е.');
    expect(message('2026. 02. 30.', hu)).toBe('2026. február 28 napos.');
    expect(message('31.12.2025', ru)).toBe(undefined);
  });

  it('show the region’s own form when the shape is wrong', () => {
    expect(message('3 Dec 2026', { locale: 'ru-RU', language: 'en' })).toBe('Write the date as 03.12.2026 (or 2026-12-03).');
    expect(message('2026.12', hu)).toBe('A dátumot így írja: 2026. 12. 03. (vagy 2026-12-03).');
    expect(message('12/13/2026', { locale: 'en-IE', language: 'en' })).toBe('There is no month 13: months run from 1 to 12.');
  });
});

describe('the regional format in force', () => {
  it('follows the country, keeps en-US for a company without one, and obeys a chosen format', () => {
    expect(regionalFormatOf('en', 'IE')).toEqual({ locale: 'en-IE', language: 'en' });
    expect(regionalFormatOf('en', 'HU')).toEqual({ locale: 'hu-HU', language: 'en' });
    expect(regionalFormatOf('en', undefined)).toEqual({ locale: 'en-US', language: 'en' });
    expect(regionalFormatOf('en', 'US')).toEqual({ locale: 'en-US', language: 'en' });
    expect(regionalFormatOf('ru', 'IE', 'de-DE')).toEqual({ locale: 'de-DE', language: 'ru' });
  });
});
