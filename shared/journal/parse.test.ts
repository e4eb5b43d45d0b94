import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateJournal } from './generator';
import { parseJournal } from './parse';
import type { JournalError, ParsedJournal } from './types';

function ok(text: string): ParsedJournal {
  const result = parseJournal(text);
  expect(result.errors).toEqual([]);
  return result;
}

/** The first error; and nothing else may come out of a journal with errors. */
function refused(text: string): JournalError {
  const result = parseJournal(text);
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.transactions).toEqual([]);
  expect(result.accounts).toEqual([]);
  expect(result.commodities).toEqual([]);
  return result.errors[0]!;
}

const postingsOf = (result: ParsedJournal) => result.transactions.map((t) => t.postings.map((p) => [p.account, p.amount, p.currency]));

describe('transactions', () => {
  it('reads the header: dates in three forms, secondary date, status, code, description, comment', () => {
    const result = ok(
      [
        '2024-01-05 * (A-1) Kovács Kft. | paper  ; invoice: 12',
        '    a  1 EUR',
        '    b',
        '2024/1/6 ! (7)Second',
        '    a  1 EUR',
        '    b',
        '2024.01.07=2024.01.09 Third',
        '    a  1 EUR',
        '    b',
        '2024-01-08',
        '    a  1 EUR',
        '    b',
        '0999-12-31 An old one',
        '    a  1 EUR',
        '    b',
      ].join('\n'),
    );
    expect(result.transactions.map(({ line, date, date2, status, code, description, comment }) => ({ line, date, date2, status, code, description, comment }))).toEqual([
      { line: 1, date: '2024-01-05', date2: '', status: '*', code: 'A-1', description: 'Kovács Kft. | paper', comment: 'invoice: 12' },
      { line: 4, date: '2024-01-06', date2: '', status: '!', code: '7', description: 'Second', comment: '' },
      { line: 7, date: '2024-01-07', date2: '2024-01-09', status: '', code: '', description: 'Third', comment: '' },
      { line: 10, date: '2024-01-08', date2: '', status: '', code: '', description: '', comment: '' },
      { line: 13, date: '0999-12-31', date2: '', status: '', code: '', description: 'An old one', comment: '' },
    ]);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '24-01-01', '2024-01-011', '2024-01/05', '2024-1'])(
    'refuses the date %s with its line and column',
    (date) => {
      const error = refused(`; first line\n${date} t\n    a  1 EUR\n    b\n`);
      expect(error).toMatchObject({ line: 2, column: 1, code: 'badDate' });
    },
  );

  it('wants a space after the date', () => {
    expect(refused('2024-01-05x t\n    a  1 EUR\n    b\n')).toMatchObject({ line: 1, column: 11, code: 'badDate' });
  });

  it('reads postings: status, account names with single spaces, two spaces or a tab before the amount, comments', () => {
    const result = ok(
      [
        '2024-01-05 t',
        '    ; a transaction comment line',
        '    * assets:bank account  $10  ; first posting',
        '    ; more about it',
        '    ! expenses:office supplies\t$5',
        '\texpenses:misc \t $1',
        '    equity:opening balances   ; no amount',
      ].join('\n'),
    );
    const [tx] = result.transactions;
    expect(tx!.comment).toBe('a transaction comment line');
    expect(tx!.postings.map(({ status, account, amount, inferred, comment, line }) => ({ status, account, amount, inferred, comment, line }))).toEqual([
      { status: '*', account: 'assets:bank account', amount: 1000, inferred: false, comment: 'first posting\nmore about it', line: 3 },
      { status: '!', account: 'expenses:office supplies', amount: 500, inferred: false, comment: '', line: 5 },
      { status: '', account: 'expenses:misc', amount: 100, inferred: false, comment: '', line: 6 },
      { status: '', account: 'equity:opening balances', amount: -1600, inferred: true, comment: 'no amount', line: 7 },
    ]);
    expect(tx!.currency).toBe('USD');
  });

  it('keeps ";" after a single space inside the account name, as hledger does', () => {
    expect(postingsOf(ok('2024-01-01 t\n    a  1 EUR\n    b ; not a comment\n'))).toEqual([
      [
        ['a', 100, 'EUR'],
        ['b ; not a comment', -100, 'EUR'],
      ],
    ]);
  });

  it('infers one elided amount, and gives a bare zero the transaction currency', () => {
    expect(postingsOf(ok('2024-01-01 t\n    a  0\n    b  -2.50 EUR\n    c\n'))).toEqual([
      [
        ['a', 0, 'EUR'],
        ['b', -250, 'EUR'],
        ['c', 250, 'EUR'],
      ],
    ]);
    expect(postingsOf(ok('2024-01-01 t\n    a  5 EUR\n    b  -5 EUR\n    c\n'))[0]![2]).toEqual(['c', 0, 'EUR']);
  });

  it('accepts a transaction without postings and one of zero amounts', () => {
    const result = ok('2024-01-01 nothing\n\n2024-01-02 zeros\n    a  0 EUR\n    b  0\n');
    expect(result.transactions.map((t) => t.postings.length)).toEqual([0, 2]);
  });

  it('refuses an unbalanced transaction on its header line', () => {
    const error = refused('2024-01-01 fine\n    a  1 EUR\n    b\n\n2024-01-02 wrong\n    a  1 EUR\n    b  -1.01 EUR\n');
    expect(error).toMatchObject({ line: 5, code: 'unbalanced', params: { difference: '-0.01 EUR' } });
  });

  it('refuses two elided amounts, two currencies in one transaction, a posting outside a transaction', () => {
    expect(refused('2024-01-01 t\n    a  1 EUR\n    b\n    c\n')).toMatchObject({ line: 4, code: 'multipleElided' });
    expect(refused('2024-01-01 t\n    a  1 EUR\n    b  -1 USD\n')).toMatchObject({ line: 3, code: 'multiCommodity' });
    expect(refused('2024-01-01 t\n    a  1 EUR\n    b\n\n    c  1 EUR\n')).toMatchObject({ line: 5, code: 'postingOutsideTransaction' });
    expect(refused('2024-01-01 * (unclosed\n    a  1 EUR\n    b\n')).toMatchObject({ line: 1, code: 'badHeader' });
  });

  it('reports several errors, each with its line, up to the limit', () => {
    const text = Array.from({ length: 10 }, (_, i) => `2024-01-0${(i % 9) + 1} t\n    a  1 EUR\n    b  1 EUR\n`).join('\n');
    const result = parseJournal(text, { maxErrors: 3 });
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [1, 'unbalanced'],
      [5, 'unbalanced'],
      [9, 'unbalanced'],
      [13, 'tooManyErrors'],
    ]);
  });

  it('reads CRLF line ends and a byte-order mark', () => {
    const result = ok('\ufeff2024-01-01 t\r\n    a  1 EUR\r\n    b\r\n');
    expect(postingsOf(result)).toEqual([
      [
        ['a', 100, 'EUR'],
        ['b', -100, 'EUR'],
      ],
    ]);
  });
});

describe('comments and directives', () => {
  it('skips ; # * comment lines and comment blocks (to the end of the file when unclosed)', () => {
    const result = ok(
      ['; c', '# c', '* heading', 'comment', '2024-01-01 not read', '    a  1 XYZ', 'end comment', '2024-01-02 t', '    a  1 EUR', '    b', 'comment', 'x'].join('\n'),
    );
    expect(result.transactions.map((t) => t.line)).toEqual([8]);
  });

  it('reads account directives with hledger type tags, inherited by nothing here (that is journalToBook)', () => {
    const result = ok(
      [
        'account assets  ; type: A',
        'account Pénz  ; type: Cash',
        'account debts:card   ; some words, type: L, other: x',
        'account Капитал  ; type: equity',
        'account Bevételek',
        '    ; type: R',
        'account costs  ; type: X',
        'account misc',
      ].join('\n'),
    );
    expect(result.accounts.map(({ name, type, line }) => [name, type, line])).toEqual([
      ['assets', 'asset', 1],
      ['Pénz', 'asset', 2],
      ['debts:card', 'liability', 3],
      ['Капитал', 'equity', 4],
      ['Bevételek', 'income', 5],
      ['costs', 'expense', 7],
      ['misc', null, 8],
    ]);
  });

  it('reads tags as hledger does: a tag value runs to the next comma', () => {
    const result = ok('account a  ; note: type: L\naccount b  ; note: x, type: L\n2024-01-01 t\n    a  1 EUR  ; note: due date: today\n    b\n');
    expect(result.accounts.map((a) => a.type)).toEqual([null, 'liability']);
    expect(refused('2024-01-01 t\n    a  1 EUR  ; due date: today\n    b\n')).toMatchObject({ line: 2, feature: 'postingDate' });
  });

  it('refuses unknown account types, conversion accounts and stray text after the name', () => {
    expect(refused('account a  ; type: Q\n')).toMatchObject({ line: 1, code: 'badAccountType' });
    expect(refused('account a  ; type: V\n')).toMatchObject({ line: 1, code: 'unsupported', feature: 'conversionAccount' });
    expect(refused('account a  A\n')).toMatchObject({ line: 1, code: 'badDirective' });
    expect(refused('account a\n    note something\n')).toMatchObject({ line: 2, code: 'unsupported', feature: 'directive' });
  });

  it('reads commodity directives and maps symbols to ISO codes', () => {
    const result = ok('commodity 1.000,00 EUR\ncommodity $1,000.00\ncommodity Ft\n    format 1 000, Ft\ncommodity USD\n');
    expect(result.commodities.map(({ code, symbol, decimalMark, line }) => [code, symbol, decimalMark, line])).toEqual([
      ['EUR', 'EUR', ',', 1],
      ['USD', '$', '.', 2],
      ['HUF', 'Ft', ',', 3],
      ['USD', 'USD', '', 5],
    ]);
  });

  it('refuses commodity directives without a decimal mark or with an unknown commodity', () => {
    expect(refused('commodity 1000 HUF\n')).toMatchObject({ line: 1, code: 'badDirective' });
    expect(refused('commodity 1,000,000 EUR\n')).toMatchObject({ line: 1, code: 'badDirective' });
    expect(refused('commodity 1.00 BTC\n')).toMatchObject({ line: 1, code: 'unknownCommodity' });
    expect(refused('commodity AAPL\n')).toMatchObject({ line: 1, code: 'unknownCommodity' });
    expect(refused('commodity 1.00\n')).toMatchObject({ line: 1, code: 'badDirective' });
    expect(refused('decimal-mark x\n')).toMatchObject({ line: 1, code: 'badDirective' });
    expect(refused('comment  x\n')).toMatchObject({ line: 1, code: 'badDirective' });
  });

  it('accepts payee and tag declarations (they change no balance)', () => {
    ok('payee Kovács Kft.\n    ; a note\ntag project\n2024-01-01 t\n    a  1 EUR\n    b\n');
  });
});

describe('unsupported syntax is refused with its line, never read differently', () => {
  const tx = '2024-01-01 t\n    a  1 EUR\n    b\n';
  it.each([
    ['~ monthly\n    a  1 EUR\n    b\n', 1, 'periodicTransaction'],
    ['= expenses\n    (budget)  -1\n', 1, 'automatedTransaction'],
    [`${tx}include other.journal\n`, 4, 'include'],
    [`${tx}!include other.journal\n`, 4, 'include'],
    ['P 2024-01-01 EUR $1.10\n', 1, 'priceDirective'],
    ['2024-01-01 t\n    a  1 EUR @ $1.10\n    b  -1.10 USD\n', 2, 'price'],
    ['2024-01-01 t\n    a  1 EUR @@ $1.10\n    b\n', 2, 'price'],
    ['2024-01-01 t\n    a  1 EUR = 1 EUR @ $1\n    b\n', 2, 'price'],
    ['2024-01-01 t\n    a  1 EUR {$1.10}\n    b\n', 2, 'lotPrice'],
    ['2024-01-01 t\n    a  1 EUR [2023-01-01]\n    b\n', 2, 'lotPrice'],
    ['2024-01-01 t\n    a  1 EUR (note)\n    b\n', 2, 'lotPrice'],
    ['2024-01-01 t\n    a  1 EUR\n    b  -1 EUR\n    (budget)  5 EUR\n', 4, 'virtualPosting'],
    ['2024-01-01 t\n    a  1 EUR\n    b  -1 EUR\n    [savings]  5 EUR\n    [checking]\n', 4, 'virtualPosting'],
    ['2024-01-01 t\n    a  = 1 EUR\n    b\n', 2, 'balanceAssignment'],
    ['2024-01-01 t\n    a  1 EUR =* 1 EUR\n    b\n', 2, 'inclusiveAssertion'],
    ['2024-01-01 t\n    a  1 EUR ==* 1 EUR\n    b\n', 2, 'inclusiveAssertion'],
    ['2024-01-01 t\n    a  1 EUR  ; date: 2024-02-01\n    b\n', 2, 'postingDate'],
    ['2024-01-01 t\n    a  1 EUR\n    ; date2: 2024-02-01\n    b\n', 3, 'postingDate'],
    ['2024-01-01 t\n    a  1 EUR  ; [2024-02-01]\n    b\n', 2, 'postingDate'],
    ['alias checking = assets:bank\n', 1, 'directive'],
    ['apply account business\n', 1, 'directive'],
    ['end apply account\n', 1, 'directive'],
    ['Y 2024\n', 1, 'directive'],
    ['year 2024\n', 1, 'directive'],
    ['D $1,000.00\n', 1, 'directive'],
    ['N EUR\n', 1, 'directive'],
    ['C 1.00 EUR = 300 HUF\n', 1, 'directive'],
    ['i 2024-01-01 08:00:00 work\n', 1, 'directive'],
    ['% a ledger comment hledger refuses\n', 1, 'directive'],
    ['| another\n', 1, 'directive'],
    ['define x=1\n', 1, 'directive'],
    ['whatever\n', 1, 'directive'],
  ])('%j', (text, line, feature) => {
    const error = refused(`${text}`);
    expect(error).toMatchObject({ line, code: 'unsupported', feature });
    expect(error.message).toMatch(new RegExp(`^Line ${line}: .* is not supported`));
  });
});

describe('text that is not a journal', () => {
  it('refuses binary data and undecodable bytes, naming the line, and yields nothing', () => {
    expect(refused('2024-01-01 t\n    a  1 EUR\n    b\n\u0000\u0001PNG')).toMatchObject({ line: 4, code: 'notText' });
    expect(refused('2024-01-01 Kov\ufffdcs\n    a  1 EUR\n    b\n')).toMatchObject({ line: 1, code: 'notText' });
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256);
    expect(refused(new TextDecoder().decode(bytes)).code).toBe('notText');
  });

  it('refuses a journal cut in the middle of an amount, a UTF-8 character or a header', () => {
    const full = '2024-01-01 Кофе\n    expenses:food  1234.56 EUR\n    assets:bank  -1234.56 EUR\n';
    expect(refused(full.slice(0, full.indexOf('-1234.56') + 5))).toMatchObject({ line: 3, code: 'noCommodity' });
    expect(refused(full.slice(0, full.indexOf('EUR') + 2))).toMatchObject({ line: 2, code: 'unknownCommodity' });
    const utf8 = new TextEncoder().encode(full);
    expect(refused(new TextDecoder().decode(utf8.slice(0, 14)))).toMatchObject({ line: 1, code: 'notText' });
    expect(refused('2024-01-0')).toMatchObject({ line: 1, code: 'badDate' });
  });

  it('never throws, and a cut journal is refused or reads every whole transaction as before it was cut', () => {
    const text = generateJournal({ transactions: 40, seed: 3, chart: 'hu' });
    const original = ok(text).transactions;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (cut) => {
        const result = parseJournal(text.slice(0, cut));
        if (result.errors.length > 0) {
          expect(result.transactions).toEqual([]);
          for (const error of result.errors) expect(error.line).toBeGreaterThanOrEqual(1);
          return;
        }
        const whole = result.transactions.slice(0, -1);
        expect(whole).toEqual(original.slice(0, whole.length));
      }),
      { numRuns: 300 },
    );
  });
});
