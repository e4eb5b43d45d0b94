import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { bookOfTables, bookTables, ledgerSchemaVersion } from '../../shared/backup/bookTables';
import { partRecordLimitOf } from '../../shared/backup/format';
import { summarizeManifest } from '../../shared/backup/manifest';
import { isoDateOf, isCalendarDate, type IsoDate } from '../../shared/dates';
import { isCurrencyCode } from '../../shared/money';
import { companySetupSchema } from '../../shared/company';
import { languageSchema } from '../../shared/i18n/languages';
import { exportJournal, journalToBook, parseJournal } from '../../shared/journal';
import { currencyShares, foreignCurrencyShares } from '../../shared/journal/currencyShares';
import { openBackup, type OpenedBackup } from '../services/backup/backup-reader';
import { BackupWriter } from '../services/backup/backup-writer';
import { BackupFault } from '../services/backup/faults';
import { placeAsNewFile, readJournal, readPassphrase, UsageError } from './files';
import { commandHelp, toolHelp } from './help';
import { readBook } from './read-book';
import { renderReport, reportCurrency, reportNames, type ReportName } from './reports';

/** Where the tool writes; tests pass collectors. */
export type CliOutput = { out(text: string): void; err(text: string): void };

const options = {
  'passphrase-file': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  csv: { type: 'boolean' },
  currency: { type: 'string' },
  output: { type: 'string', short: 'o' },
  company: { type: 'string' },
  language: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = { [K in keyof typeof options]?: (typeof options)[K]['type'] extends 'boolean' ? boolean : string };

/** Runs one command; returns the exit code (0 success, 1 any error). */
export async function runCli(args: readonly string[], io: CliOutput): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as { values: Values; positionals: string[] };
  } catch (error) {
    // Node's first sentence names the option; the rest is about '--' and positionals.
    const message = (error instanceof Error ? error.message : String(error)).split(/(?<=\.) /)[0]!;
    io.err(`${message}${message.endsWith('.') ? '' : '.'} ${seeHelp()}\n`);
    return 1;
  }
  const [command, ...rest] = parsed.positionals;
  const { values } = parsed;
  if (!command) {
    (values.help ? io.out : io.err)(toolHelp);
    return values.help ? 0 : 1;
  }
  if (!(command in commandHelp)) {
    io.err(`Unknown command: ${command}. ${seeHelp()}\n`);
    return 1;
  }
  if (values.help) {
    io.out(commandHelp[command]!);
    return 0;
  }
  try {
    switch (command) {
      case 'verify':
        return await verify(one(rest, 'FILE', command), values, io);
      case 'report':
        return await report(rest, values, io);
      case 'export-journal':
        return await withBackup(one(rest, 'FILE', command), values, async (backup) => {
          const book = await readBook(backup);
          io.out(exportJournal({ accounts: book.accounts, entries: book.entries }));
          return 0;
        });
      default:
        return await importJournal(one(rest, 'JOURNAL', command), values, io);
    }
  } catch (error) {
    io.err(`${messageOf(error)}\n`);
    return 1;
  }
}

/** What a file error means, for the one line on standard error. */
const fileProblems: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'this is a folder, not a file',
  ENOTDIR: 'a part of this path is not a folder',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
};

/** One line for standard error: what went wrong and, where it helps, what to do. Never a stack trace. */
function messageOf(error: unknown): string {
  if (error instanceof BackupFault) return `${error.message} (${error.reason})`;
  if (error instanceof UsageError) return error.message;
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const problem = code ? fileProblems[code] : undefined;
  if (problem) return path ? `${path}: ${problem}.` : `${problem[0]!.toUpperCase()}${problem.slice(1)} (${code}).`;
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

const seeHelp = (command?: string) => `Run "backoffice ${command ? `${command} ` : ''}--help" for usage.`;

function one(rest: string[], name: string, command: string): string {
  if (rest.length !== 1) throw new UsageError(`${command} takes exactly one ${name}. ${seeHelp(command)}`);
  return rest[0]!;
}

/** A currency code the app keeps books in (EUR, HUF, …), by the company setup's own rule. */
function currencyOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = companySetupSchema.shape.baseCurrency.safeParse(value);
  if (!code.success) throw new UsageError(`--currency must be a currency code the app knows, such as EUR, HUF or RUB, not "${value}".`);
  return code.data;
}

async function passphraseOf(values: Values, use: 'read' | 'write'): Promise<string | undefined> {
  return values['passphrase-file'] === undefined ? undefined : readPassphrase(values['passphrase-file'], use);
}

async function withBackup(file: string, values: Values, work: (backup: OpenedBackup) => Promise<number>): Promise<number> {
  const backup = await openBackup(resolve(file), { passphrase: await passphraseOf(values, 'read') });
  try {
    return await work(backup);
  } finally {
    await backup.close();
  }
}

async function verify(file: string, values: Values, io: CliOutput): Promise<number> {
  return withBackup(file, values, async (backup) => {
    const summary = summarizeManifest(backup.manifest);
    const parts = backup.manifest.tables.reduce((sum, table) => sum + table.parts.length, 0);
    const lines = [
      `OK: ${backup.fileName} is a sound Backoffice backup${backup.encrypted ? ' (encrypted)' : ''}.`,
      `  company:        ${summary.company}`,
      `  created at:     ${summary.createdAt}`,
      `  purpose:        ${summary.purpose}`,
      `  app version:    ${summary.appVersion}`,
      `  format:         ${backup.manifest.format} ${backup.manifest.formatVersion}`,
      `  data version:   ${summary.schemaVersion}`,
      `  file size:      ${backup.bytes} bytes`,
      `  records:        ${summary.records} in ${parts} parts, every SHA-256 checked`,
      ...summary.tables.map((table) => `    ${table.name.padEnd(14)} ${table.records}`),
      `  documents:      ${summary.documents} (${summary.documentBytes} bytes), every SHA-256 checked`,
    ];
    io.out(`${lines.join('\n')}\n`);
    return 0;
  });
}

function dateOption(value: string | undefined, name: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new UsageError(`--${name} must be a date as yyyy-MM-dd, not "${value}".`);
  }
  return value as IsoDate;
}

function today(): IsoDate {
  const now = new Date();
  return isoDateOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

async function report(rest: string[], values: Values, io: CliOutput): Promise<number> {
  if (rest.length !== 2) throw new UsageError(`report takes a FILE and a REPORT. ${seeHelp('report')}`);
  const [file, name] = rest as [string, string];
  if (!(reportNames as readonly string[]).includes(name)) throw new UsageError(`Unknown report "${name}": use ${reportNames.join(', ')}.`);
  const from = dateOption(values.from, 'from');
  const to = dateOption(values.to, 'to') ?? today();
  if (from && from > to) throw new UsageError('--from is after --to.');
  const asked = currencyOption(values.currency);
  return withBackup(file, values, async (backup) => {
    const book = await readBook(backup);
    const currency = reportCurrency(book, asked);
    if (!isCurrencyCode(currency)) throw new UsageError(`The backup's base currency "${currency}" is not one the app knows; name the report's currency with --currency.`);
    const notes: string[] = [];
    const text = renderReport(name as ReportName, book, { to, csv: values.csv === true, currency, ...(from ? { from } : {}) }, notes);
    io.out(text);
    for (const note of notes) io.err(`Note: ${note}\n`);
    return 0;
  });
}

const ulidLike = () => randomBytes(13).toString('hex').toUpperCase();

async function importJournal(journalPath: string, values: Values, io: CliOutput): Promise<number> {
  if (!values.output) throw new UsageError(`import-journal needs -o FILE, the backup to write. ${seeHelp('import-journal')}`);
  const language = languageSchema.safeParse(values.language ?? 'en');
  if (!language.success) throw new UsageError('--language must be en, ru or hu.');
  const currency = currencyOption(values.currency);
  const target = resolve(values.output);
  const exists = () => new UsageError(`${values.output} exists already; choose a new file name.`);
  // Early, to fail before the work; placeAsNewFile below is what guarantees it.
  if (await stat(target).then(() => true, () => false)) throw exists();
  const passphrase = await passphraseOf(values, 'write');

  const parsed = parseJournal(await readJournal(journalPath));
  const at = new Date().toISOString();
  const book = journalToBook(parsed, { language: language.data, newId: ulidLike, now: at });
  if (book.errors.length > 0) {
    for (const error of book.errors.slice(0, 20)) io.err(`${journalPath}:${error.line}${error.column ? `:${error.column}` : ''}: ${error.message}\n`);
    throw new UsageError(`The journal cannot be imported: ${book.errors.length} problem(s).`);
  }
  const company = {
    name: values.company ?? basename(journalPath).replace(/\.[^.]+$/, ''),
    baseCurrency: reportCurrency({ company: { name: '', baseCurrency: undefined, fiscalYearStart: { month: 1, day: 1 } }, accounts: [], entries: book.entries }, currency),
    language: language.data,
  };
  // No one to ask here: say it plainly before writing, as the window asks before importing.
  for (const share of foreignCurrencyShares(currencyShares(book.entries), company.baseCurrency)) {
    io.err(
      `Warning: ${share.entries} entries (${share.amounts} amounts) are in ${share.currency}, not in the company's currency ${company.baseCurrency}; ` +
        `they are kept as they are, not converted, and reports show them in their own ${share.currency} section.\n`,
    );
  }
  const tables = bookTables(book, company, { newId: ulidLike, at });
  const writer = await BackupWriter.start({
    folder: dirname(target),
    purpose: 'import',
    schemaVersion: ledgerSchemaVersion,
    appVersion: `cli ${process.env.npm_package_version ?? ''}`.trim(),
    companyName: company.name,
    bookId: bookOfTables(tables).bookId,
    ...(passphrase ? { passphrase } : {}),
  });
  try {
    for (const table of tables) {
      const limit = partRecordLimitOf(table.name);
      for (let start = 0; start < table.records.length; start += limit) {
        const part = table.records.slice(start, start + limit);
        await writer.addPart(table.name, JSON.stringify(part), part.length);
      }
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const written = await writer.finish(tables.map((table) => ({ name: table.name, schema: table.schema, records: table.records.length })));
  // The writer names the file by its time; the user asked for a name.
  try {
    await placeAsNewFile(written.path, target);
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? exists() : error;
  }
  io.out(`Wrote ${values.output}: ${book.accounts.length} accounts, ${book.entries.length} entries${book.skippedTransactions ? ` (${book.skippedTransactions} all-zero transactions skipped)` : ''}, verified.\n`);
  return 0;
}
