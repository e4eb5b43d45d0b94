/**
 * Plain-text accounting speed, side by side in one run on the same file: a generated
 * 200,000-transaction journal (the portable flavor, which ledger 3.3 reads the same way)
 * read into a trial balance by our shared code — in this process, and as a command-line
 * child process (an esbuild bundle run by node, and the TypeScript source run by tsx) —
 * against `ledger -f FILE bal` and `hledger -f FILE bal`. Peak memory of every child is its
 * high-water resident set (VmHWM from /proc, polled; node children report their own maxRSS).
 * Target (issue 3): faster than ledger, at least 5× faster than hledger.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { journalToBook } from '../../shared/journal/book';
import { generateJournal } from '../../shared/journal/generator';
import { parseJournal } from '../../shared/journal/parse';
import { currencyOfSymbol } from '../../shared/journal/commodities';
import { balancesFromEntries, registerChunksFromEntries } from '../../shared/ledger/aggregates';
import { balanceSheet } from '../../shared/ledger/balanceSheet';
import { bucketsFromEntries } from '../../shared/ledger/buckets';
import { incomeStatement } from '../../shared/ledger/incomeStatement';
import { currenciesOf } from '../../shared/ledger/totals';
import { trialBalance } from '../../shared/ledger/trialBalance';
import { minorDigits } from '../../shared/money';
import { median, type Benchmark } from './measure';

const transactions = 200_000;
const root = resolve(import.meta.dirname, '../..');

/** The command-line entry: read, parse, book, trial balance, print it like `bal`; report maxRSS on stderr. */
const cliSource = `
import { readFileSync } from 'node:fs';
import { parseJournal } from ${JSON.stringify(join(root, 'shared/journal/parse'))};
import { journalToBook } from ${JSON.stringify(join(root, 'shared/journal/book'))};
import { bucketsFromEntries } from ${JSON.stringify(join(root, 'shared/ledger/buckets'))};
import { trialBalance } from ${JSON.stringify(join(root, 'shared/ledger/trialBalance'))};
const parsed = parseJournal(readFileSync(process.argv[2], 'utf8'));
if (parsed.errors.length > 0) {
  console.error(parsed.errors.slice(0, 5).map((e) => e.message).join('\\n'));
  process.exit(1);
}
const book = journalToBook(parsed, { language: 'en' });
const to = book.entries.reduce((max, e) => (e.date > max ? e.date : max), '0000-01-01');
const report = trialBalance({ accounts: book.accounts, buckets: bucketsFromEntries(book.entries), to });
process.stdout.write(report.rows.map((r) => r.closing + ' ' + r.currency + '  ' + r.path).join('\\n') + '\\n');
const cpu = process.cpuUsage();
process.stderr.write(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 }) + '\\n');
`;

type ChildResult = { ms: number; cpuMs: number; peakMB: number; stdout: string };

const clockTicksPerSecond = 100; // Linux USER_HZ

/**
 * Runs a command to completion: wall time; peak RSS (VmHWM) and CPU time (user + system) from
 * /proc polled every 20 ms, or the child's own exact report where it gives one (our node CLI).
 */
function timeChild(command: string, args: string[]): Promise<ChildResult> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKB = 0;
    let cpuMs = 0;
    const poll = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peakKB = Math.max(peakKB, Number(match[1]));
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
      } catch {
        // the process has just ended
      }
    }, 20);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(poll);
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr.slice(0, 2000)}`));
        return;
      }
      const reported = /\{"maxRSS":(\d+),"cpuMs":([\d.]+)\}/.exec(stderr);
      if (reported) {
        peakKB = Math.max(peakKB, Number(reported[1]));
        cpuMs = Number(reported[2]);
      }
      resolvePromise({ ms, cpuMs, peakMB: peakKB / 1024, stdout });
    });
  });
}

/**
 * The hledger comparison at 200,000 transactions (the tests do 200 and 20,000): trial balance,
 * income statement and balance sheet per account and currency, to the cent.
 */
async function compareWithHledger(file: string): Promise<string> {
  const book = journalToBook(parseJournal(readFileSync(file, 'utf8')), { language: 'en' });
  const buckets = bucketsFromEntries(book.entries);
  const dates = book.entries.map((e) => e.date).sort();
  const [from, to] = [dates[0]!, dates[dates.length - 1]!];
  const ours = { bal: new Map<string, number>(), is: new Map<string, number>(), bse: new Map<string, number>() };
  const add = (map: Map<string, number>, path: string, currency: string, minor: number) => {
    if (minor !== 0) map.set(`${path} ${currency}`, (map.get(`${path} ${currency}`) ?? 0) + minor);
  };
  for (const row of trialBalance({ accounts: book.accounts, buckets, to }).rows) add(ours.bal, row.path, row.currency, row.closing);
  for (const currency of currenciesOf(buckets)) {
    const statement = incomeStatement({ accounts: book.accounts, buckets, from, to, currency });
    for (const row of [...statement.income.rows, ...statement.expenses.rows]) add(ours.is, row.path, currency, row.own);
    const sheet = balanceSheet({ accounts: book.accounts, buckets, asOf: to, currency });
    for (const row of [...sheet.assets.rows, ...sheet.liabilities.rows, ...sheet.equity.rows]) add(ours.bse, row.path, currency, row.own);
  }
  const symbols = (await timeChild('hledger', ['-f', file, 'commodities'])).stdout.split('\n').filter((line) => line.trim() !== '');
  const styles = symbols.flatMap((symbol) => ['-c', `1000.000000 "${symbol}"`]);
  const counts: string[] = [];
  for (const command of ['bal', 'is', 'bse'] as const) {
    const csv = (await timeChild('hledger', ['-f', file, command, '--flat', '-O', 'csv', '--layout=bare', ...styles])).stdout;
    const theirs = new Map<string, number>();
    for (const line of csv.split('\n')) {
      const cells = [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!);
      const [account, symbol, value] = cells;
      // Titles, headers, section names and totals are not account rows.
      if (account === undefined || symbol === undefined || value === undefined || symbol === '' || /^(account|total|net:)$/i.test(account)) continue;
      if (symbol.toLowerCase() === 'commodity') continue;
      const currency = currencyOfSymbol(symbol);
      if (currency === null || !/^-?\d+\.\d{6}$/.test(value)) throw new Error(`hledger printed a row we cannot read: ${line}`);
      const [whole, fraction] = value.replace('-', '').split('.') as [string, string];
      const digits = minorDigits(currency);
      if (/[1-9]/.test(fraction.slice(digits))) throw new Error(`hledger shows a fraction of a minor unit: ${line}`);
      add(theirs, account, currency, (value.startsWith('-') ? -1 : 1) * Number(whole + fraction.slice(0, digits)));
    }
    const mine = ours[command];
    const differences = [...new Set([...mine.keys(), ...theirs.keys()])].filter((key) => mine.get(key) !== theirs.get(key));
    if (differences.length > 0 || theirs.size === 0) {
      throw new Error(`hledger ${command} differs from ours: ${differences.slice(0, 5).map((k) => `${k}: ours ${mine.get(k)}, hledger ${theirs.get(k)}`).join('; ')}`);
    }
    counts.push(`${command} ${theirs.size} rows`);
  }
  return counts.join(', ');
}

function installed(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A full garbage collection, so heap figures mean what they say and no collection runs during the children. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Our shared code in this process: read, parse, book, trial balance; and the heap the result holds. */
function inProcess(file: string): Record<string, number> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const text = readFileSync(file, 'utf8');
  const t1 = performance.now();
  const parsed = parseJournal(text);
  const t2 = performance.now();
  if (parsed.errors.length > 0) throw new Error(parsed.errors[0]!.message);
  const book = journalToBook(parsed, { language: 'en' });
  const t3 = performance.now();
  const to = book.entries.reduce((max, e) => (e.date > max ? e.date : max), '0000-01-01');
  const report = trialBalance({ accounts: book.accounts, buckets: bucketsFromEntries(book.entries), to });
  const t4 = performance.now();
  collectGarbage();
  const memory = process.memoryUsage();
  if (!report.totals.every((total) => total.balanced) || book.entries.length !== transactions) {
    throw new Error('The trial balance does not balance');
  }
  // The statements and the aggregates' rebuild, measured after the heap so it holds only the book.
  const t5 = performance.now();
  const buckets = bucketsFromEntries(book.entries);
  const from = `${to.slice(0, 4)}-01-01`;
  for (const currency of currenciesOf(buckets)) {
    incomeStatement({ accounts: book.accounts, buckets, from, to, currency });
    balanceSheet({ accounts: book.accounts, buckets, asOf: to, currency });
  }
  const t6 = performance.now();
  balancesFromEntries(book.entries);
  registerChunksFromEntries(book.entries);
  const t7 = performance.now();
  return {
    'ours in-process: read + parse + book + trial balance': t4 - t0,
    'ours in-process: parse only': t2 - t1,
    'ours in-process: journalToBook': t3 - t2,
    'ours in-process: trial balance': t4 - t3,
    'ours in-process: income statement + balance sheet': t6 - t5,
    'ours in-process: rebuild balances + register chunks': t7 - t6,
    'ours in-process: heap held by text + parsed + book (MB)': (memory.heapUsed - heapBefore) / 2 ** 20,
  };
}

export function journalBenchmark(): Benchmark {
  let folder = '';
  let journal = '';
  let bundle = '';
  let entry = '';
  let haveLedger = false;
  let haveHledger = false;
  const samples = new Map<string, number[]>();
  const keep = (results: Record<string, number>) => {
    for (const [metric, value] of Object.entries(results)) samples.set(metric, [...(samples.get(metric) ?? []), value]);
    return results;
  };

  return {
    name: 'journal',
    async prepare() {
      folder = await mkdtemp(join(tmpdir(), 'journal-bench-'));
      journal = join(folder, `generated-${transactions}.journal`);
      const started = performance.now();
      const text = generateJournal({ transactions, seed: 2026, chart: 'hu', flavor: 'portable' });
      await writeFile(journal, text);
      const postings = text.split('\n').filter((line) => /^ {4}[^ ;]/.test(line)).length;
      const size = (await stat(journal)).size;
      process.stderr.write(
        `journal: ${transactions.toLocaleString('en')} transactions, ${postings.toLocaleString('en')} postings, ` +
          `${(size / 2 ** 20).toFixed(1)} MiB, generated in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
      entry = join(folder, 'journal-cli.ts');
      bundle = join(folder, 'journal-cli.mjs');
      await writeFile(entry, cliSource);
      await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'warning' });
      haveLedger = installed('ledger');
      haveHledger = installed('hledger');
      if (!haveLedger || !haveHledger) {
        process.stderr.write(`journal: ${haveLedger ? '' : 'ledger '}${haveHledger ? '' : 'hledger '}not installed: measured without them (apt-get install ledger hledger)\n`);
      }
      // Each must read the file without an error before its time means anything, and the
      // reports must be hledger's to the cent.
      const ours = await timeChild(process.execPath, [bundle, journal]);
      if (haveLedger) await timeChild('ledger', ['-f', journal, 'bal']);
      process.stderr.write(`journal: our command line prints ${ours.stdout.split('\n').length - 1} trial-balance rows\n`);
      if (haveHledger) process.stderr.write(`journal: hledger agrees to the cent (--flat: ${await compareWithHledger(journal)})\n`);
    },
    async run() {
      // Children first, one after the other, while this process is idle; then in-process.
      const results: Record<string, number> = {};
      const child = async (label: string, command: string, args: string[]) => {
        const result = await timeChild(command, args);
        results[`${label}: wall`] = result.ms;
        results[`${label}: CPU`] = result.cpuMs;
        results[`${label}: peak RSS (MB)`] = result.peakMB;
      };
      if (haveLedger) await child('ledger 3.3 bal', 'ledger', ['-f', journal, 'bal']);
      await child('ours CLI (node, esbuild bundle)', process.execPath, [bundle, journal]);
      if (haveHledger) await child('hledger 1.25 bal', 'hledger', ['-f', journal, 'bal']);
      await child('ours CLI (tsx, TypeScript source)', join(root, 'node_modules/.bin/tsx'), [entry, journal]);
      Object.assign(results, inProcess(journal));
      collectGarbage();
      return keep(results);
    },
    async cleanup() {
      const stats = (metric: string) => {
        const values = samples.get(metric) ?? [];
        return values.length > 0 ? { median: median(values), min: Math.min(...values) } : { median: Number.NaN, min: Number.NaN };
      };
      const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
      const row = (name: string, label: string) => {
        const wall = stats(`${label}: wall`);
        const cpu = stats(`${label}: CPU`);
        const peak = stats(`${label}: peak RSS (MB)`);
        return `  ${name.padEnd(32)} ${seconds(wall.median)} ${seconds(wall.min)} ${seconds(cpu.median)} ${`${peak.median.toFixed(0)} MB`.padStart(9)}`;
      };
      const ours = stats('ours CLI (node, esbuild bundle): wall');
      const ledger = stats('ledger 3.3 bal: wall');
      const hledger = stats('hledger 1.25 bal: wall');
      const ratio = (theirs: number, our: number) => (theirs / our).toFixed(2);
      const inProcessTotal = stats('ours in-process: read + parse + book + trial balance');
      const summary = [
        '',
        `Journal of ${transactions.toLocaleString('en')} transactions, side by side (${samples.get('ours CLI (node, esbuild bundle): wall')?.length ?? 0} runs):`,
        `  ${''.padEnd(32)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'CPU'.padStart(8)} ${'peak RSS'.padStart(9)}`,
        row('ours: node + esbuild bundle', 'ours CLI (node, esbuild bundle)'),
        row('ours: tsx from TypeScript', 'ours CLI (tsx, TypeScript source)'),
        `  ${'ours: in-process, no start-up'.padEnd(32)} ${seconds(inProcessTotal.median)} ${seconds(inProcessTotal.min)}`,
        row('ledger 3.3 bal', 'ledger 3.3 bal'),
        row('hledger 1.25 bal', 'hledger 1.25 bal'),
        `  ours (bundle) vs ledger: ${ratio(ledger.median, ours.median)}× faster by median, ${ratio(ledger.min, ours.min)}× by best run ` +
          `(target > 1×: ${ledger.median > ours.median ? 'met' : 'NOT MET'})`,
        `  ours (bundle) vs hledger: ${ratio(hledger.median, ours.median)}× faster by median, ${ratio(hledger.min, ours.min)}× by best run ` +
          `(target ≥ 5×: ${hledger.median >= 5 * ours.median ? 'met' : 'NOT MET'})`,
        '',
      ];
      console.log(summary.join('\n'));
      if (folder !== '') await rm(folder, { recursive: true, force: true });
    },
  };
}
