import { describe, expect, it } from 'vitest';
import { languages } from '../../i18n/languages';
import { validateAccount } from '../accounts';
import { defaultChart } from '../defaultChart';
import { accountRoles } from '../types';
import { validateVatCode } from '../vat';
import { createChartFor, createVatCodesFor, hungarianChart, russianChart } from '.';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const at = '2026-12-03T00:00:00.000Z';

describe.each([
  ['HU', hungarianChart.accounts],
  ['RU', russianChart.accounts],
  ['IE', defaultChart],
  [undefined, defaultChart],
] as const)('the chart for %s', (country, template) => {
  it.each(languages)('passes the account rules in %s, every account named', (language) => {
    const accounts = createChartFor(country, language, ids(), at);
    expect(accounts.map((account) => account.templateKey)).toEqual(template.map((row) => row.key));
    for (const account of accounts) {
      expect(validateAccount(account, accounts), `${account.code} ${account.name}`).toEqual([]);
      expect(account.name.trim()).not.toBe('');
    }
  });

  it('has exactly one account for every role', () => {
    const accounts = createChartFor(country, 'en', ids(), at);
    for (const role of accountRoles) expect(accounts.filter((account) => account.role === role), role).toHaveLength(1);
  });

  it('has VAT codes posting to the chart’s own VAT accounts, each valid and unique', () => {
    for (const language of languages) {
      const accounts = createChartFor(country, language, ids(), at);
      const codes = createVatCodesFor(country, accounts, language, 'EUR', ids(), at);
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) {
        expect(validateVatCode(code, codes, accounts), code.code).toEqual([]);
        const account = accounts.find((candidate) => candidate.id === code.accountId)!;
        expect(account.role).toBe(code.kind === 'input' ? 'vatInput' : 'vatOutput');
        expect(code.name.trim()).not.toBe('');
      }
    }
  });
});

describe('national charts', () => {
  it('name every account and VAT code in English, Russian and Hungarian, each in its own words', () => {
    for (const chart of [hungarianChart, russianChart]) {
      for (const row of [...chart.accounts, ...chart.vatCodes]) {
        for (const language of languages) expect(row.names[language].trim(), `${row.code} ${language}`).not.toBe('');
        expect(row.names.ru).toMatch(/[а-яё]/i);
      }
    }
  });

  it('use the codes the country uses: 384 bank, 454 suppliers, 466/467 VAT in Hungary; 51, 60, 19, 68.02 in Russia', () => {
    const code = (chart: typeof hungarianChart, role: string) => chart.accounts.find((row) => row.role === role)?.code;
    expect([code(hungarianChart, 'bank'), code(hungarianChart, 'payable'), code(hungarianChart, 'vatInput'), code(hungarianChart, 'vatOutput')]).toEqual(['384', '454', '466', '467']);
    expect([code(russianChart, 'bank'), code(russianChart, 'payable'), code(russianChart, 'vatInput'), code(russianChart, 'vatOutput')]).toEqual(['51', '60', '19', '68.02']);
  });

  it('give Hungary 27/18/5 %, exempt, intra-EU and reverse charge; Russia 22/20/10/0 % and без НДС', () => {
    const percents = (chart: typeof hungarianChart) => [...new Set(chart.vatCodes.map((code) => (code.rate.numerator * 100) / code.rate.denominator))].sort((a, b) => b - a);
    expect(percents(hungarianChart)).toEqual([27, 18, 5, 0]);
    expect(hungarianChart.vatCodes.map((code) => code.code)).toEqual(expect.arrayContaining(['AAM', 'EUK', 'FADF', 'FADL', 'EUBF', 'EUBL']));
    expect(percents(russianChart)).toEqual([22, 20, 10, 0]);
    expect(russianChart.vatCodes.find((code) => code.code === 'БезНДС')?.names.ru).toBe('Без НДС');
  });
});
