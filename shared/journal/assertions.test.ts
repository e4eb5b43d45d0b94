import { describe, expect, it } from 'vitest';
import { parseJournal } from './parse';

const errorsOf = (text: string) => parseJournal(text).errors.map(({ line, column, code, params }) => ({ line, column, code, params }));

describe('balance assertions', () => {
  it('hold: = checks one currency, == also wants the others empty, subaccounts do not count', () => {
    const text = [
      '2024-01-01 t',
      '    assets:bank  10 EUR = 10 EUR',
      '    assets:bank  5 USD = 10 EUR',
      '    assets:bank:sub  1 EUR = 1 EUR',
      '    equity:a  -11 EUR',
      '    equity:b  -5 USD',
    ].join('\n');
    // (two currencies in one transaction are refused, so split it)
    const split = [
      '2024-01-01 t',
      '    assets:bank  10 EUR = 10 EUR',
      '    assets:bank:sub  1 EUR = 1 EUR',
      '    equity:a',
      '',
      '2024-01-02 t',
      '    assets:bank  5 USD = 5 USD',
      '    equity:b',
      '',
      '2024-01-03 t',
      '    assets:bank  0 EUR = 10 EUR',
      '    assets:bank  -5 USD == 10 EUR',
      '    equity:b  5 USD',
    ].join('\n');
    expect(parseJournal(text).errors[0]!.code).toBe('multiCommodity');
    expect(parseJournal(split).errors).toEqual([]);
  });

  it('fail with the line, column, account, asserted and actual amounts', () => {
    const text = ['2024-01-01 Opening', '    assets:bank  100.00 EUR', '    equity:opening', '', '2024-01-02 Fee', '    expenses:fees  1.00 EUR', '    assets:bank  -1.00 EUR = 100.00 EUR'].join('\n');
    const result = parseJournal(text);
    expect(result.transactions).toEqual([]);
    expect(result.errors).toEqual([
      {
        line: 7,
        column: 28,
        code: 'assertionFailed',
        message: 'Line 7: balance assertion failed: assets:bank should be = 100.00 EUR after this posting (on 2024-01-02) but it is 99.00 EUR (difference 1.00 EUR)',
        params: { account: 'assets:bank', asserted: '100.00 EUR', date: '2024-01-02', actual: 'it is 99.00 EUR (difference 1.00 EUR)' },
      },
    ]);
  });

  it('== fails when another currency is left in the account', () => {
    const text = ['2024-01-01 t', '    assets:bank  5 USD', '    equity', '', '2024-01-02 t', '    assets:bank  10 EUR == 10 EUR', '    equity'].join('\n');
    expect(errorsOf(text)).toEqual([expect.objectContaining({ line: 6, code: 'assertionFailed' })]);
    expect(parseJournal(text).errors[0]!.message).toContain('it also holds 5.00 USD');
  });

  it('a bare "= 0" asserts the commodity-less balance (always zero, as in hledger); "== 0" wants the account empty', () => {
    expect(errorsOf('2024-01-01 t\n    assets:bank  5 EUR = 0\n    equity\n')).toEqual([]);
    expect(errorsOf('2024-01-01 t\n    assets:bank  5 EUR == 0\n    equity\n')).toEqual([expect.objectContaining({ line: 2, code: 'assertionFailed' })]);
    expect(errorsOf('2024-01-01 t\n    assets:bank  5 EUR\n    equity\n2024-01-02 t\n    assets:bank  -5 EUR == 0\n    equity\n')).toEqual([]);
  });

  it('are checked in date order, file order within a day, whatever order the file has', () => {
    const text = [
      '2024-01-05 later',
      '    a  5 EUR = 6 EUR',
      '    b',
      '2024-01-01 earlier',
      '    a  1 EUR = 1 EUR',
      '    b',
      '2024-01-05 same day, after',
      '    a  1 EUR = 7 EUR',
      '    b',
    ].join('\n');
    expect(errorsOf(text)).toEqual([]);
    expect(errorsOf(text.replace('= 7 EUR', '= 6 EUR'))).toEqual([expect.objectContaining({ line: 8, code: 'assertionFailed' })]);
  });

  it('see the elided amount and earlier postings of the same transaction', () => {
    expect(errorsOf('2024-01-01 t\n    a  1 EUR\n    a  2 EUR = 3 EUR\n    b  -5 EUR\n    a  = 2 EUR\n')[0]).toMatchObject({ code: 'unsupported' });
    expect(errorsOf('2024-01-01 t\n    b  -5 EUR\n    a\n2024-01-02 t\n    a  0 EUR = 5 EUR\n    b  0 EUR\n')).toEqual([]);
  });

  it('report every failure, each with its line', () => {
    const text = ['2024-01-01 t', '    a  1 EUR = 2 EUR', '    b  -1 EUR = 0 EUR', '    c  0 EUR == 1 EUR'].join('\n');
    expect(errorsOf(text).map((e) => e.line)).toEqual([2, 3, 4]);
  });
});
