/**
 * The correctness anchor: for journals of the supported subset, our trial balance, income
 * statement and balance sheet equal what hledger prints (`-O csv`), to the cent, per account
 * and currency; and our exported journal reads back in hledger to the same balances.
 * Needs the `hledger` binary (Debian package `hledger`, installed by `.ci/run`): where it is
 * missing the tests are skipped, the reason in their names; under CI they fail instead.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { describeWhereAvailable } from '../../tests/support/machine-needs';
import { bucketsFromEntries } from '../ledger/buckets';
import { balanceSheet } from '../ledger/balanceSheet';
import { incomeStatement } from '../ledger/incomeStatement';
import { currenciesOf } from '../ledger/totals';
import { trialBalance } from '../ledger/trialBalance';
import { minorDigits } from '../money';
import { exportJournal } from './export';
import { generateJournal, type GeneratorOptions } from './generator';
import { journalToBook, type JournalBook } from './book';
import { currencyOfSymbol } from './commodities';
import { parseJournal } from './parse';

const run = promisify(execFile);
const hledgerVersion = spawnSync('hledger', ['--version'], { encoding: 'utf8' });
const noHledger = hledgerVersion.status === 0 ? null : 'needs the hledger binary (apt-get install hledger)';

const fixtures = join(import.meta.dirname, '../../tests/fixtures/journals');
const temp = mkdtempSync(join(tmpdir(), 'journal-hledger-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** "path\u0000ISO" → minor units, non-zero only. */
type Amounts = Map<string, number>;
const key = (path: string, currency: string) => `${path}\u0000${currency}`;
const sorted = (amounts: Amounts) => [...amounts].filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function add(amounts: Amounts, path: string, currency: string, minor: number): void {
  const k = key(path, currency);
  amounts.set(k, (amounts.get(k) ?? 0) + minor);
}

/** An hledger number printed with `-c '1000.000000 SYM'` → exact minor units of the ISO currency. */
function minorOf(text: string, currency: string): number {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`hledger printed an amount we cannot read: ${JSON.stringify(text)}`);
  const digits = minorDigits(currency);
  const fraction = (match[3] ?? '').padEnd(digits, '0');
  if (/[1-9]/.test(fraction.slice(digits))) throw new Error(`hledger has a fraction of a minor unit: ${text} ${currency}`);
  const value = Number(match[2]! + fraction.slice(0, digits));
  return match[1] === '-' ? -value : value;
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const cells: string[] = [];
    const re = /"((?:[^"]|"")*)"(,|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      cells.push(m[1]!.replaceAll('""', '"'));
      if (m[2] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

type HledgerReport = { rows: Amounts; sections: Map<string, Amounts> };

async function hledger(file: string, args: string[]): Promise<string> {
  const { stdout } = await run('hledger', ['-f', file, ...args], { maxBuffer: 1 << 28, encoding: 'utf8' });
  return stdout;
}

/** Runs an hledger report as CSV with bare layout and forced 6-decimal styles, summed per ISO currency. */
async function hledgerReport(file: string, symbols: string[], command: string, mode: '--flat' | '--tree'): Promise<HledgerReport> {
  const styles = symbols.flatMap((symbol) => ['-c', `1000.000000 ${/^[\p{L}]+$/u.test(symbol) ? symbol : `"${symbol}"`}`]);
  const extra = mode === '--tree' ? ['--tree', '--no-elide'] : ['--flat'];
  const csv = await hledger(file, [command, '-O', 'csv', '--layout=bare', ...extra, ...styles]);
  const rows: Amounts = new Map();
  const sections = new Map<string, Amounts>();
  let section = '';
  for (const [account, commodity, value] of csvRows(csv)) {
    if (account === undefined || commodity === undefined || value === undefined) continue;
    if (account === 'account' || account === 'Account' || /^(Balance Sheet|Income Statement)/.test(account)) continue;
    if (commodity === '' && value === '') {
      section = account;
      continue;
    }
    if (account === 'Net:') continue;
    const currency = currencyOfSymbol(commodity);
    if (currency === null) throw new Error(`hledger shows a commodity we do not map: ${commodity}`);
    if (account === 'total') {
      const totals = sections.get(section) ?? new Map();
      add(totals, section, currency, minorOf(value, currency));
      sections.set(section, totals);
      continue;
    }
    add(rows, account, currency, minorOf(value, currency));
  }
  return { rows, sections };
}

function lastDate(book: JournalBook): string {
  return book.entries.reduce((max, entry) => (entry.date > max ? entry.date : max), '0000-01-01');
}
function firstDate(book: JournalBook): string {
  return book.entries.reduce((min, entry) => (entry.date < min ? entry.date : min), '9999-12-31');
}

/** Our reports through the ledger module: trial balance, income statement and balance sheet. */
function ourReports(book: JournalBook) {
  const buckets = bucketsFromEntries(book.entries);
  const from = firstDate(book);
  const to = lastDate(book);
  const trial = trialBalance({ accounts: book.accounts, buckets, to });
  const flat: Amounts = new Map();
  const tree: Amounts = new Map();
  const typeOfPath = new Map(trial.rows.map((row) => [row.path, row.type]));
  for (const row of trial.rows) {
    add(flat, row.path, row.currency, row.closing);
    const parts = row.path.split(':');
    for (let depth = 1; depth <= parts.length; depth += 1) add(tree, parts.slice(0, depth).join(':'), row.currency, row.closing);
  }
  const isFlat: Amounts = new Map();
  const isTree: Amounts = new Map();
  const bsFlat: Amounts = new Map();
  const bsTree: Amounts = new Map();
  const sections = new Map<string, Amounts>();
  const sectionTotal = (name: string, currency: string, total: number) => {
    const totals = sections.get(name) ?? new Map();
    add(totals, name, currency, total);
    sections.set(name, totals);
  };
  for (const currency of currenciesOf(buckets)) {
    const statement = incomeStatement({ accounts: book.accounts, buckets, from, to, currency });
    for (const [name, section] of [['Revenues', statement.income], ['Expenses', statement.expenses]] as const) {
      for (const row of section.rows) {
        add(isFlat, row.path, currency, row.own);
        add(isTree, row.path, currency, row.total);
      }
      sectionTotal(name, currency, section.total);
    }
    const sheet = balanceSheet({ accounts: book.accounts, buckets, asOf: to, currency });
    for (const [name, section] of [['Assets', sheet.assets], ['Liabilities', sheet.liabilities], ['Equity', sheet.equity]] as const) {
      for (const row of section.rows) {
        add(bsFlat, row.path, currency, row.own);
        add(bsTree, row.path, currency, row.total);
      }
      sectionTotal(name, currency, section.total);
    }
    expect(trial.totals.find((t) => t.currency === currency)?.balanced, `trial balance in ${currency} balances`).toBe(true);
  }
  return { flat, tree, isFlat, isTree, bsFlat, bsTree, sections, typeOfPath };
}

function pick(sections: Map<string, Amounts>, names: string[]): Amounts {
  const out: Amounts = new Map();
  for (const name of names) for (const [k, v] of sections.get(name) ?? []) out.set(k, v);
  return out;
}

/** Parses with our code and with hledger, and compares every report. */
async function compareWithHledger(file: string): Promise<{ transactions: number }> {
  const parsed = parseJournal(readFileSync(file, 'utf8'));
  expect(parsed.errors).toEqual([]);
  const book = journalToBook(parsed, { language: 'en' });
  expect(book.errors).toEqual([]);
  const ours = ourReports(book);
  const symbols = (await hledger(file, ['commodities'])).split('\n').filter((s) => s.trim() !== '');
  const [bal, balTree, is, isTree, bse, bseTree, bs, stats] = await Promise.all([
    hledgerReport(file, symbols, 'bal', '--flat'),
    hledgerReport(file, symbols, 'bal', '--tree'),
    hledgerReport(file, symbols, 'is', '--flat'),
    hledgerReport(file, symbols, 'is', '--tree'),
    hledgerReport(file, symbols, 'bse', '--flat'),
    hledgerReport(file, symbols, 'bse', '--tree'),
    hledgerReport(file, symbols, 'bs', '--flat'),
    hledger(file, ['stats']),
  ]);
  expect(bal.rows.size, 'hledger printed balances').toBeGreaterThan(0);
  expect(sorted(ours.flat), 'trial balance (bal --flat)').toEqual(sorted(bal.rows));
  expect(sorted(ours.tree), 'trial balance with subaccounts (bal --tree)').toEqual(sorted(balTree.rows));
  expect(sorted(ours.isFlat), 'income statement (is --flat)').toEqual(sorted(is.rows));
  expect(sorted(ours.isTree), 'income statement (is --tree)').toEqual(sorted(isTree.rows));
  expect(sorted(ours.bsFlat), 'balance sheet with equity (bse --flat)').toEqual(sorted(bse.rows));
  expect(sorted(ours.bsTree), 'balance sheet with equity (bse --tree)').toEqual(sorted(bseTree.rows));
  const bsTypes = new Set(['asset', 'liability']);
  const bsOnly = new Map([...ours.bsFlat].filter(([k]) => bsTypes.has(ours.typeOfPath.get(k.split('\u0000')[0]!) ?? '')));
  expect(sorted(bsOnly), 'balance sheet (bs --flat)').toEqual(sorted(bs.rows));
  expect(sorted(pick(ours.sections, ['Revenues', 'Expenses'])), 'income statement totals').toEqual(sorted(pick(is.sections, ['Revenues', 'Expenses'])));
  expect(sorted(pick(ours.sections, ['Assets', 'Liabilities', 'Equity'])), 'balance sheet totals').toEqual(
    sorted(pick(bse.sections, ['Assets', 'Liabilities', 'Equity'])),
  );
  const count = Number(/Transactions\s*:\s*(\d+)/.exec(stats)?.[1]);
  expect(parsed.transactions.length, 'transactions').toBe(count);
  return { transactions: count };
}

function generated(name: string, options: GeneratorOptions): string {
  const file = join(temp, `${name}.journal`);
  writeFileSync(file, generateJournal(options));
  return file;
}

describeWhereAvailable('the same reports as hledger', noHledger, () => {
  const supported = readdirSync(fixtures).filter((f) => f.endsWith('.journal') && !f.startsWith('bad-'));

  it.each(supported)('fixture %s', async (name) => {
    await compareWithHledger(join(fixtures, name));
  });

  it.each(['en', 'hu', 'ru'] as const)('a generated journal of 200 transactions (%s chart)', async (chart) => {
    const { transactions } = await compareWithHledger(generated(`200-${chart}`, { transactions: 200, chart, seed: 11 }));
    expect(transactions).toBe(200);
  });

  it('a generated journal of 200 transactions (portable flavor)', async () => {
    await compareWithHledger(generated('200-portable', { transactions: 200, chart: 'hu', flavor: 'portable', seed: 5 }));
  });

  it('a generated journal of 2,000 transactions (ru chart)', { timeout: 60_000 }, async () => {
    await compareWithHledger(generated('2k-ru', { transactions: 2000, chart: 'ru', seed: 3 }));
  });

  it('a generated journal of 20,000 transactions', { timeout: 300_000 }, async () => {
    const { transactions } = await compareWithHledger(generated('20k', { transactions: 20_000, chart: 'hu', seed: 2026 }));
    expect(transactions).toBe(20_000);
  });

  it('our exported journal reads back in hledger to the same balances', { timeout: 60_000 }, async () => {
    const source = generated('export-source', { transactions: 2000, chart: 'hu', seed: 99 });
    const book = journalToBook(parseJournal(readFileSync(source, 'utf8')), { language: 'hu' });
    const exported = join(temp, 'exported.journal');
    writeFileSync(exported, exportJournal(book));
    const symbols = (await hledger(exported, ['commodities'])).split('\n').filter((s) => s.trim() !== '');
    expect(symbols.every((s) => /^[A-Z]{3}$/.test(s)), 'only ISO codes').toBe(true);
    const bal = await hledgerReport(exported, symbols, 'bal', '--flat');
    expect(sorted(ourReports(book).flat)).toEqual(sorted(bal.rows));
    // And the original journal in hledger agrees with the exported one.
    const original = await hledgerReport(source, (await hledger(source, ['commodities'])).split('\n').filter(Boolean), 'bal', '--flat');
    expect(sorted(bal.rows)).toEqual(sorted(original.rows));
  });
});

describeWhereAvailable('numbers read as hledger reads them', noHledger, () => {
  const numbers = ['1,000.50', '1.000,50', '1,000,000', '1.000.000', '1,5', '1.5', '1,000', '1.000', '1.000.000,5', '1,000,000.5', '1 000,5', '1 000.5', '12,34,567.5', '.5', '5.', '0,25'];
  it.each(['', 'commodity 1.000,00 EUR', 'commodity 1,000.00 EUR', 'decimal-mark ,', 'decimal-mark .', 'commodity 1.000,00 EUR\ndecimal-mark .'])(
    'after %j',
    async (directives) => {
      const text = `${directives}\n${numbers.map((n, i) => `2024-01-01 t\n    a:${i}  ${n} EUR\n    b\n`).join('\n')}`;
      const file = join(temp, 'numbers.journal');
      writeFileSync(file, text);
      const parsed = parseJournal(text);
      expect(parsed.errors).toEqual([]);
      const ours: Amounts = new Map();
      for (const tx of parsed.transactions) add(ours, tx.postings[0]!.account, tx.postings[0]!.currency, tx.postings[0]!.amount);
      const theirs = await hledgerReport(file, ['EUR'], 'bal', '--flat');
      expect(sorted(ours)).toEqual(sorted(new Map([...theirs.rows].filter(([k]) => k.startsWith('a:')))));
    },
  );
});

describeWhereAvailable('journals hledger refuses, we refuse too', noHledger, () => {
  const bad = readdirSync(fixtures).filter((f) => f.startsWith('bad-') && f.endsWith('.journal'));
  it.each(bad)('fixture %s', async (name) => {
    const file = join(fixtures, name);
    const ours = parseJournal(readFileSync(file, 'utf8'));
    expect(ours.errors.length).toBeGreaterThan(0);
    expect(ours.transactions).toEqual([]);
    const expectedLine = Number(/expect-error-line: (\d+)/.exec(readFileSync(file, 'utf8'))?.[1]);
    expect(ours.errors[0]!.line).toBe(expectedLine);
    await expect(hledger(file, ['bal'])).rejects.toThrow();
  });
});
