import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bookTables, ledgerSchemaVersion } from '../../shared/backup/bookTables';
import { journalFileLimit } from '../../shared/files/channels';
import { journalToBook, parseJournal, generateJournal } from '../../shared/journal';
import { formatMinor } from '../../shared/journal/format';
import { bucketsFromEntries, trialBalance } from '../../shared/ledger';
import { openBackup } from '../services/backup/backup-reader';
import { writeSampleBackup } from '../services/backup/test-support';
import { runCli } from './run';

// The command-line tool on real files: a journal becomes a backup, the backup verifies,
// reports and exports; damaged or foreign files fail with a message and exit code 1.

const fixtures = fileURLToPath(new URL('../../tests/fixtures/journals/', import.meta.url));

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-cli-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const journal = `; a small office
commodity 1000.00 EUR

account Assets:Bank          ; type: A
account Assets:Receivables   ; type: A
account Liabilities:VAT      ; type: L
account Equity:Opening       ; type: E
account Income:Sales, goods  ; type: R
account Expenses:Rent        ; type: X

2026-01-01 * (2026-0001) Opening balance
    Assets:Bank               5000.00 EUR
    Equity:Opening           -5000.00 EUR

2026-01-15 * (2026-0002) Kovács Kft. | invoice 17
    Assets:Receivables        1270.00 EUR
    Income:Sales, goods      -1000.00 EUR
    Liabilities:VAT           -270.00 EUR

2026-02-01 * (2026-0003) Landlord
    Expenses:Rent              800.00 EUR
    Assets:Bank               -800.00 EUR

2026-03-10 * (2026-0004) Kovács Kft. paid
    Assets:Bank               1270.00 EUR
    Assets:Receivables       -1270.00 EUR
`;

async function importedBackup(extra: string[] = []): Promise<string> {
  await writeFile(join(folder, 'books.journal'), journal);
  const target = join(folder, 'books.backup');
  const result = await cli('import-journal', join(folder, 'books.journal'), '-o', target, '--company', 'Harbour Supplies Ltd', ...extra);
  expect(result, result.err).toMatchObject({ code: 0 });
  expect(result.out).toContain('11 accounts, 4 entries'); // 6 named, 5 parents
  return target;
}

describe('import-journal and verify', () => {
  it('writes a backup that verifies, and prints its manifest', async () => {
    const file = await importedBackup();
    const result = await cli('verify', file);
    expect(result.code).toBe(0);
    expect(result.out).toContain('OK: books.backup is a sound Backoffice backup.');
    expect(result.out).toMatch(/company:\s+Harbour Supplies Ltd/);
    expect(result.out).toMatch(new RegExp(`data version:\\s+${ledgerSchemaVersion}\\b`));
    expect(result.out).toMatch(/entryBlocks\s+3/); // one per month
    expect(result.out).toMatch(/purpose:\s+import/);
  });

  it('names the imported book in the manifest by its company record’s id, which a restore keeps', async () => {
    const backup = await openBackup(await importedBackup());
    try {
      const settings = JSON.parse(await backup.readPart('tables/settings/1.json')) as { key: string; id: string }[];
      expect(backup.manifest.bookId).toBe(settings.find((record) => record.key === 'company')?.id);
      expect(backup.manifest.bookId).toMatch(/^[0-9A-F]{26}$/);
    } finally {
      await backup.close();
    }
  });

  it('warns, before writing, of entries in another currency than the company’s', async () => {
    await writeFile(join(folder, 'books.journal'), journal);
    const result = await cli('import-journal', join(folder, 'books.journal'), '-o', join(folder, 'forint.backup'), '--currency', 'HUF');
    expect(result, result.err).toMatchObject({ code: 0 });
    expect(result.err).toContain("Warning: 4 entries (9 amounts) are in EUR, not in the company's currency HUF;");
    const same = await cli('import-journal', join(folder, 'books.journal'), '-o', join(folder, 'euro.backup'), '--currency', 'EUR');
    expect(same.err).not.toContain('Warning');
  });

  it('refuses to overwrite, and reports journal errors with their line', async () => {
    const file = await importedBackup();
    expect((await cli('import-journal', join(folder, 'books.journal'), '-o', file)).err).toContain('exists already');
    await writeFile(join(folder, 'bad.journal'), '2026-01-01 unbalanced\n    Assets:Bank  10.00 EUR\n    Income:Sales  -9.00 EUR\n');
    const bad = await cli('import-journal', join(folder, 'bad.journal'), '-o', join(folder, 'bad.backup'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.journal:\d+/);
  });

  it('fails with exit code 1 and the reason for damaged, foreign, missing and encrypted files', async () => {
    const file = await importedBackup();
    const bytes = await readFile(file);
    bytes[Math.floor(bytes.length / 3)]! ^= 0x40;
    await writeFile(join(folder, 'flipped.backup'), bytes);
    const flipped = await cli('verify', join(folder, 'flipped.backup'));
    expect(flipped.code).toBe(1);
    expect(flipped.err).toMatch(/\((damaged|truncated)\)/);

    await writeFile(join(folder, 'holiday.backup'), 'not a zip at all');
    expect(await cli('verify', join(folder, 'holiday.backup'))).toMatchObject({ code: 1, err: expect.stringContaining('(notABackup)') });
    expect(await cli('verify', join(folder, 'missing.backup'))).toMatchObject({ code: 1, err: expect.stringContaining('(fileMissing)') });
  });

  it('encrypted with a passphrase file: needs it, refuses a wrong one', async () => {
    await writeFile(join(folder, 'pass.txt'), 'correct horse battery\n');
    await writeFile(join(folder, 'wrong.txt'), 'incorrect horse battery\n');
    const file = await importedBackup(['--passphrase-file', join(folder, 'pass.txt')]);
    expect(await cli('verify', file)).toMatchObject({ code: 1, err: expect.stringContaining('(passphraseNeeded)') });
    expect(await cli('verify', file, '--passphrase-file', join(folder, 'wrong.txt'))).toMatchObject({ code: 1, err: expect.stringContaining('(wrongPassphrase)') });
    expect(await cli('verify', file, '--passphrase-file', join(folder, 'pass.txt'))).toMatchObject({ code: 0, out: expect.stringContaining('(encrypted)') });
  }, 20_000);
});

describe('import-journal refuses what the app would not accept, and leaves nothing behind', () => {
  const journalPath = () => join(folder, 'books.journal');
  beforeEach(() => writeFile(journalPath(), journal));

  it('a passphrase file whose first line is empty, or a passphrase shorter than the app allows', async () => {
    await writeFile(join(folder, 'empty.txt'), '\ncorrect horse battery\n');
    await writeFile(join(folder, 'short.txt'), 'horse\n');
    const empty = await cli('import-journal', journalPath(), '-o', join(folder, 'books.backup'), '--passphrase-file', join(folder, 'empty.txt'));
    expect(empty).toMatchObject({ code: 1, out: '', err: expect.stringContaining('empty.txt is empty') });
    const short = await cli('import-journal', journalPath(), '-o', join(folder, 'books.backup'), '--passphrase-file', join(folder, 'short.txt'));
    expect(short).toMatchObject({ code: 1, out: '', err: expect.stringContaining('5 characters long; a backup needs 8 to 1024') });
    expect((await readdir(folder)).sort()).toEqual(['books.journal', 'empty.txt', 'short.txt']);
    // Reading a backup, an empty first line is refused too instead of meaning "no passphrase".
    const file = await importedBackup();
    expect(await cli('verify', file, '--passphrase-file', join(folder, 'empty.txt'))).toMatchObject({ code: 1, err: expect.stringContaining('is empty') });
  });

  it('an unknown currency, before writing anything', async () => {
    const result = await cli('import-journal', journalPath(), '-o', join(folder, 'books.backup'), '--currency', 'XYZ');
    expect(result).toEqual({ code: 1, out: '', err: '--currency must be a currency code the app knows, such as EUR, HUF or RUB, not "XYZ".\n' });
    expect(await readdir(folder)).toEqual(['books.journal']);
    const lower = await cli('import-journal', journalPath(), '-o', join(folder, 'books.backup'), '--currency', 'huf');
    expect(lower, lower.err).toMatchObject({ code: 0 });
    const report = await cli('report', join(folder, 'books.backup'), 'income-statement', '--to', '2026-12-31');
    expect(report.out).toContain(', HUF — books');
  });

  it('a name that cannot be created: no intermediate backup stays in the folder', async () => {
    const result = await cli('import-journal', journalPath(), '-o', join(folder, `${'x'.repeat(300)}.backup`));
    expect(result).toMatchObject({ code: 1, out: '', err: expect.stringMatching(/x\.backup: the name is too long\.\n$/) });
    expect(await readdir(folder)).toEqual(['books.journal']);
  });

  it('a journal larger than the app reads', async () => {
    await writeFile(join(folder, 'huge.journal'), '');
    await truncate(join(folder, 'huge.journal'), journalFileLimit + 1); // sparse: no disk space used
    const result = await cli('import-journal', join(folder, 'huge.journal'), '-o', join(folder, 'huge.backup'));
    expect(result).toEqual({ code: 1, out: '', err: `${join(folder, 'huge.journal')} is 200 MB; at most 200 MB can be read.\n` });
    expect((await readdir(folder)).sort()).toEqual(['books.journal', 'huge.journal']);
  });
});

describe('bad input: exit code 1 and a clear message, never a stack trace', () => {
  it.each([
    ['an unknown option', ['verify', 'x.backup', '--shiny'], "Unknown option '--shiny'. Run \"backoffice --help\" for usage."],
    ['an option without its value', ['import-journal', 'x.journal', '-o'], "Option '-o, --output <value>' argument missing. Run \"backoffice --help\" for usage."],
    ['an unknown command', ['restore', 'x'], 'Unknown command: restore. Run "backoffice --help" for usage.'],
    ['a missing argument', ['report', 'x.backup'], 'report takes a FILE and a REPORT. Run "backoffice report --help" for usage.'],
  ])('%s', async (_, args, message) => {
    expect(await cli(...args)).toEqual({ code: 1, out: '', err: `${message}\n` });
  });

  it('an unknown report currency, or a backup whose base currency the app does not know', async () => {
    const file = await importedBackup();
    expect(await cli('report', file, 'trial-balance', '--currency', 'XYZ')).toEqual({
      code: 1,
      out: '',
      err: '--currency must be a currency code the app knows, such as EUR, HUF or RUB, not "XYZ".\n',
    });
    const foreign = await olderBackup(journal, 3, 'XYZ');
    expect(await cli('report', foreign, 'balance-sheet')).toEqual({
      code: 1,
      out: '',
      err: 'The backup\'s base currency "XYZ" is not one the app knows; name the report\'s currency with --currency.\n',
    });
    expect(await cli('report', foreign, 'balance-sheet', '--currency', 'EUR', '--to', '2026-12-31')).toMatchObject({ code: 0 });
  });

  it('files that cannot be read: missing, a folder, not a journal', async () => {
    await mkdir(join(folder, 'a folder'));
    await writeFile(join(folder, 'photo.journal'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    const target = join(folder, 'out.backup');
    expect(await cli('import-journal', join(folder, 'missing.journal'), '-o', target)).toEqual({
      code: 1,
      out: '',
      err: `${join(folder, 'missing.journal')}: no such file or folder.\n`,
    });
    expect(await cli('import-journal', join(folder, 'a folder'), '-o', target)).toEqual({
      code: 1,
      out: '',
      err: `${join(folder, 'a folder')} is not a file; name the journal file.\n`,
    });
    expect(await cli('verify', target, '--passphrase-file', join(folder, 'a folder'))).toEqual({
      code: 1,
      out: '',
      err: `${join(folder, 'a folder')} is not a file; name the passphrase file.\n`,
    });
    const photo = await cli('import-journal', join(folder, 'photo.journal'), '-o', target);
    expect(photo.code).toBe(1);
    // One line per problem, with its place, then what happened.
    expect(photo.err.trimEnd().split('\n')).toEqual([expect.stringMatching(/photo\.journal:1: .*not a text journal/), 'The journal cannot be imported: 1 problem(s).']);
    expect(await readdir(folder)).toEqual(['a folder', 'photo.journal']);
  });
});

describe('report', () => {
  it('trial balance as CSV: header, full paths, plain decimals, balance = debit − credit', async () => {
    const file = await importedBackup();
    const result = await cli('report', file, 'trial-balance', '--csv', '--to', '2026-12-31');
    expect(result.code).toBe(0);
    const [header, ...rows] = result.out.split('\r\n');
    expect(header).toBe('account,debit,credit,balance');
    // Rows come in chart order (the ledger's); compared here as a set.
    expect(rows.sort()).toEqual([
      '',
      '"Income:Sales, goods",0.00,1000.00,-1000.00',
      'Assets:Bank,6270.00,800.00,5470.00',
      'Assets:Receivables,1270.00,1270.00,0.00',
      'Liabilities:VAT,0.00,270.00,-270.00',
      'Equity:Opening,0.00,5000.00,-5000.00',
      'Expenses:Rent,800.00,0.00,800.00',
    ].sort());
  });

  it('CSV: account names that look like formulas are escaped, negative amounts stay numbers', async () => {
    // A journal from another tool may name accounts in any way.
    await writeFile(
      join(folder, 'foreign.journal'),
      `account =HYPERLINK("evil.example")  ; type: A
account @Owner  ; type: E

2026-01-01 * Opening
    =HYPERLINK("evil.example")     10.00 EUR
    @Owner                               -10.00 EUR
`,
    );
    const target = join(folder, 'foreign.backup');
    const imported = await cli('import-journal', join(folder, 'foreign.journal'), '-o', target);
    expect(imported, imported.err).toMatchObject({ code: 0 });
    const trial = await cli('report', target, 'trial-balance', '--csv', '--to', '2026-12-31');
    expect(trial.out.split('\r\n').sort()).toEqual(['', `"'=HYPERLINK(""evil.example"")",10.00,0.00,10.00`, `"'@Owner",0.00,10.00,-10.00`, 'account,debit,credit,balance'].sort());
    const sheet = await cli('report', target, 'balance-sheet', '--csv', '--to', '2026-12-31');
    expect(sheet.out).toContain(`Assets,"'=HYPERLINK(""evil.example"")",10.00\r\n`);
    expect(sheet.out).toContain(`Equity,"'@Owner",10.00\r\n`);
  });

  it('honours --from and --to, and matches the ledger computed straight from the journal', async () => {
    const file = await importedBackup();
    const result = await cli('report', file, 'trial-balance', '--csv', '--from', '2026-02-01', '--to', '2026-02-28');
    expect(result.out.split('\r\n').slice(1, -1)).toEqual(['Assets:Bank,0.00,800.00,-800.00', 'Expenses:Rent,800.00,0.00,800.00']);

    const book = journalToBook(parseJournal(journal), { language: 'en' });
    const direct = trialBalance({ accounts: book.accounts, buckets: bucketsFromEntries(book.entries), from: '2026-02-01', to: '2026-02-28' });
    expect(direct.rows.filter((row) => row.debit || row.credit).map((row) => `${row.path},${formatMinor(row.debit, 'EUR')},${formatMinor(row.credit, 'EUR')}`)).toEqual([
      'Assets:Bank,0.00,800.00',
      'Expenses:Rent,800.00,0.00',
    ]);
  });

  it('income statement and balance sheet as text', async () => {
    const file = await importedBackup();
    const income = await cli('report', file, 'income-statement', '--from', '2026-01-01', '--to', '2026-12-31');
    expect(income.code).toBe(0);
    expect(income.out).toContain('Income statement 2026-01-01 – 2026-12-31, EUR — Harbour Supplies Ltd');
    expect(income.out).toMatch(/Net result\s+200\.00/);
    const sheet = await cli('report', file, 'balance-sheet', '--to', '2026-12-31');
    expect(sheet.out).toMatch(/Total liabilities and equity\s+5470\.00/);
    expect(sheet.out).toMatch(/Assets\s+Assets:Bank\s+5470\.00/);
  });

  it('a statement in one currency names the other currencies of the book instead of dropping them silently', async () => {
    const target = join(folder, 'mixed.backup');
    const imported = await cli('import-journal', join(fixtures, 'forint-with-euro.journal'), '-o', target, '--company', 'Duna Kft.', '--currency', 'HUF');
    expect(imported, imported.err).toMatchObject({ code: 0 });
    for (const report of ['income-statement', 'balance-sheet']) {
      const result = await cli('report', target, report, '--to', '2026-12-31');
      expect(result.code).toBe(0);
      expect(result.out).toContain(', HUF — Duna Kft.');
      expect(result.err).toContain('Note: Amounts in EUR are not in this statement; ask for them with --currency EUR.');
      const euro = await cli('report', target, report, '--to', '2026-12-31', '--currency', 'EUR');
      expect(euro.out).toContain(', EUR — Duna Kft.');
      expect(euro.err).toContain('Amounts in HUF are not in this statement');
    }
  });

  it('refuses bad dates and unknown reports', async () => {
    const file = await importedBackup();
    expect(await cli('report', file, 'trial-balance', '--to', '2026-02-30')).toMatchObject({ code: 1, err: expect.stringContaining('yyyy-MM-dd') });
    expect(await cli('report', file, 'cash-flow')).toMatchObject({ code: 1, err: expect.stringContaining('Unknown report') });
  });
});

describe('export-journal', () => {
  it('writes an hledger journal that reads back to the same trial balance', async () => {
    await writeFile(join(folder, 'big.journal'), generateJournal({ transactions: 300, seed: 7, flavor: 'portable' }));
    const target = join(folder, 'big.backup');
    expect((await cli('import-journal', join(folder, 'big.journal'), '-o', target)).code).toBe(0);
    const exported = await cli('export-journal', target);
    expect(exported.code).toBe(0);
    const again = join(folder, 'again.backup');
    await writeFile(join(folder, 'again.journal'), exported.out);
    expect((await cli('import-journal', join(folder, 'again.journal'), '-o', again)).code).toBe(0);
    const first = await cli('report', target, 'trial-balance', '--csv', '--to', '2099-12-31');
    const second = await cli('report', again, 'trial-balance', '--csv', '--to', '2099-12-31');
    expect(second.out).toBe(first.out);
    expect(first.out.split('\r\n').length).toBeGreaterThan(5);
  });
});

/** The book of `text` as an app at database version 2 or 3 backed it up: one record per entry in `entries`. */
async function olderBackup(text: string, version: 2 | 3, baseCurrency: string): Promise<string> {
  const book = journalToBook(parseJournal(text), { language: 'en' });
  let id = 0;
  const company = { name: 'Harbour Supplies Ltd', baseCurrency, language: 'en' as const };
  const tables = bookTables(book, company, { newId: () => `01ID${(id += 1)}`, at: '2026-11-25T10:00:00.000Z' })
    .filter((table) => version === 3 || !['bankMappings', 'bankRules', 'importedLines', 'reconciliations'].includes(table.name))
    .map((table) => (table.name === 'entryBlocks' ? { name: 'entries', schema: 'id, date, number', records: [...book.entries] } : table));
  return (await writeSampleBackup(folder, { tables, schemaVersion: version, purpose: 'import' })).path;
}

/** What the reports and the export print for a backup, to compare two backups of one book. */
async function outputsOf(file: string, to: string) {
  const outputs = [
    await cli('report', file, 'trial-balance', '--csv', '--to', to),
    await cli('report', file, 'income-statement', '--to', to),
    await cli('report', file, 'balance-sheet', '--to', to),
    await cli('export-journal', file),
  ];
  for (const output of outputs) expect(output, output.err).toMatchObject({ code: 0 });
  return outputs.map((output) => output.out);
}

describe('posted entries in blocks (database version 4) and one per record (versions 2–3)', () => {
  it('import-journal writes blocks, 20 to a part; reports and export match a version-3 backup of the same book', async () => {
    // About 500 entries a month: two full blocks or more each month.
    await writeFile(join(folder, 'busy.journal'), generateJournal({ transactions: 6_000, seed: 11, flavor: 'portable', years: 1 }));
    const target = join(folder, 'busy.backup');
    const imported = await cli('import-journal', join(folder, 'busy.journal'), '-o', target, '--company', 'Harbour Supplies Ltd', '--currency', 'HUF');
    expect(imported, imported.err).toMatchObject({ code: 0 });

    const backup = await openBackup(target);
    try {
      expect(backup.manifest.schemaVersion).toBe(ledgerSchemaVersion);
      const names = backup.manifest.tables.map((table) => table.name);
      expect(names).toContain('entryBlocks');
      expect(names).not.toContain('entries');
      const blocks = backup.manifest.tables.find((table) => table.name === 'entryBlocks')!;
      expect(blocks.records).toBeGreaterThan(20);
      expect(blocks.parts.length).toBe(Math.ceil(blocks.records / 20));
      expect(blocks.parts.every((part) => part.records <= 20)).toBe(true);
    } finally {
      await backup.close();
    }

    const older = await olderBackup(await readFile(join(folder, 'busy.journal'), 'utf8'), 3, 'HUF');
    const [trial, ...rest] = await outputsOf(target, '2099-12-31');
    expect(trial!.split('\r\n').length).toBeGreaterThan(5);
    expect(await outputsOf(older, '2099-12-31')).toEqual([trial, ...rest]);
  }, 60_000);

  it('reads a version-2 backup with an entries table', async () => {
    const older = await olderBackup(journal, 2, 'EUR');
    const result = await cli('report', older, 'trial-balance', '--csv', '--from', '2026-02-01', '--to', '2026-02-28');
    expect(result.out.split('\r\n').slice(1, -1)).toEqual(['Assets:Bank,0.00,800.00,-800.00', 'Expenses:Rent,800.00,0.00,800.00']);
    expect(await outputsOf(older, '2026-12-31')).toEqual(await outputsOf(await importedBackup(), '2026-12-31'));
  });
});

describe('help and usage', () => {
  it('--help documents every command; a command’s --help its options', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['verify', 'report', 'export-journal', 'import-journal']) expect(help.out).toContain(command);
    expect((await cli('report', '--help')).out).toContain('account,debit,credit,balance');
  });

  it('unknown commands and options fail with exit code 1 on standard error', async () => {
    expect(await cli('restore', 'x')).toMatchObject({ code: 1, out: '', err: expect.stringContaining('Unknown command') });
    expect(await cli('verify', 'x', '--shiny')).toMatchObject({ code: 1, out: '' });
    expect(await cli()).toMatchObject({ code: 1 });
  });

  it('runs as a program with the right exit codes', async () => {
    const file = await importedBackup();
    const run = promisify(execFile);
    const entry = fileURLToPath(new URL('./backoffice.ts', import.meta.url));
    const ok = await run(process.execPath, ['--import', 'tsx', entry, 'verify', file]);
    expect(ok.stdout).toContain('OK:');
    await expect(run(process.execPath, ['--import', 'tsx', entry, 'verify', join(folder, 'nothing.backup')])).rejects.toMatchObject({ code: 1 });
  }, 120_000); // two Node processes compiling TypeScript at start-up: seconds each on a busy machine
});
