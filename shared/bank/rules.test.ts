import { describe, expect, it } from 'vitest';
import { applyRules, validateRule, type BankRule } from './rules';

const lines = [
  { description: 'TESCO ÁRUHÁZ 41023 BUDAPEST', payee: '' },
  { description: 'Számlavezetési díj', payee: 'OTP Bank' },
  { description: 'Оплата по счёту № 45', payee: 'ООО «Поставщик»' },
  { description: 'Card 4411 Shell  Station', payee: '' },
  { description: 'Salary', payee: 'ACME' },
];

const rule = (id: string, match: BankRule['match'], extra: Partial<BankRule> = {}): BankRule => ({ id, match, accountId: `acc-${id}`, ...extra });

describe('applyRules', () => {
  it('suggests from the first matching rule, in rule order', () => {
    const rules = [
      rule('tesco', { field: 'description', kind: 'contains', pattern: 'tesco áruház' }, { vatCode: 'V27', payee: 'Tesco' }),
      rule('bank', { field: 'payee', kind: 'startsWith', pattern: 'otp' }),
      rule('supplier', { field: 'description', kind: 'regex', pattern: 'счёту №\\s*\\d+' }, { vatCode: 'НДС20' }),
      rule('fuel', { field: 'description', kind: 'contains', pattern: 'shell station' }),
      rule('anything', { field: 'description', kind: 'regex', pattern: '.' }),
    ];
    const { suggestions, invalidRuleIds } = applyRules(lines, rules);
    expect(invalidRuleIds).toEqual([]);
    expect(suggestions).toEqual([
      { ruleId: 'tesco', accountId: 'acc-tesco', vatCode: 'V27', payee: 'Tesco' },
      { ruleId: 'bank', accountId: 'acc-bank' },
      { ruleId: 'supplier', accountId: 'acc-supplier', vatCode: 'НДС20' },
      { ruleId: 'fuel', accountId: 'acc-fuel' }, // spacing in the bank's text does not matter
      { ruleId: 'anything', accountId: 'acc-anything' },
    ]);
  });

  it('honours case sensitivity and leaves unmatched lines open', () => {
    const rules = [rule('exact', { field: 'description', kind: 'contains', pattern: 'salary', caseSensitive: true })];
    expect(applyRules(lines, rules).suggestions).toEqual([null, null, null, null, null]);
    const insensitive = [rule('any', { field: 'description', kind: 'contains', pattern: 'salary' })];
    expect(applyRules(lines, insensitive).suggestions[4]).toEqual({ ruleId: 'any', accountId: 'acc-any' });
  });

  it('skips and lists rules that cannot run', () => {
    const rules = [rule('broken', { field: 'description', kind: 'regex', pattern: '(unclosed' }), rule('ok', { field: 'payee', kind: 'contains', pattern: 'acme' })];
    const { suggestions, invalidRuleIds } = applyRules(lines, rules);
    expect(invalidRuleIds).toEqual(['broken']);
    expect(suggestions[4]).toEqual({ ruleId: 'ok', accountId: 'acc-ok' });
  });
});

describe('validateRule', () => {
  it('accepts a good rule and names what is wrong with a bad one', () => {
    expect(validateRule(rule('a', { field: 'description', kind: 'contains', pattern: 'x' }))).toEqual([]);
    expect(validateRule(rule('a', { field: 'description', kind: 'regex', pattern: '[a-' }))).toEqual(['invalidRegex']);
    expect(validateRule(rule('a', { field: 'payee', kind: 'startsWith', pattern: '  ' }))).toEqual(['emptyPattern']);
    expect(validateRule({ id: 'a', match: { field: 'description', kind: 'contains', pattern: 'x' }, accountId: '' })).toEqual(['noAccount']);
    expect(validateRule({ id: 'a', match: { field: 'memo', kind: 'contains', pattern: 'x' }, accountId: 'b' })).toEqual(['invalidShape']);
  });
});
