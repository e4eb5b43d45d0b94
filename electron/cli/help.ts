import { passphraseSchema } from '../../shared/backup/settings';
import { journalFileLimit } from '../../shared/files/channels';

/** The tool's help texts: one for the whole tool, one per command. */

export const toolHelp = `backoffice — Backoffice's command-line tool for backup files

Usage:
  backoffice verify FILE [--passphrase-file F]
  backoffice report FILE trial-balance|income-statement|balance-sheet [--from DATE] [--to DATE] [--csv] [--currency CODE] [--passphrase-file F]
  backoffice export-journal FILE [--passphrase-file F]
  backoffice import-journal JOURNAL -o FILE [--company NAME] [--currency CODE] [--language en|ru|hu] [--passphrase-file F]
  backoffice COMMAND --help

Commands:
  verify          Checks the whole backup file (every part's and document's SHA-256, the
                  zip structure, decryption) and prints its manifest. Exit code 0 when
                  it is sound, 1 when anything is wrong.
  report          Prints a report from the ledger in a backup, without the app.
  export-journal  Writes the ledger in a backup as an hledger journal to standard output.
  import-journal  Reads an hledger journal and writes a backup file that the app restores.

Encrypted backups: put the passphrase in a file (one line) and pass --passphrase-file.
Dates are yyyy-MM-dd. Errors go to standard error; the exit code is 1 on any error.
The file format is described in shared/backup/README.md.
`;

export const commandHelp: Record<string, string> = {
  verify: `backoffice verify FILE [--passphrase-file F]

Checks the whole backup: the encryption (if any), the zip structure, the manifest, and the
SHA-256 and record count of every part and document. Prints the manifest's facts. Exit code
0 when everything matches, 1 otherwise (the reason on standard error).
`,
  report: `backoffice report FILE REPORT [--from DATE] [--to DATE] [--csv] [--currency CODE] [--passphrase-file F]

REPORT is one of:
  trial-balance     Debit and credit per account from --from (or the beginning) to --to.
                    With --csv: the header account,debit,credit,balance; one row per account
                    with postings; the full account path with ":" between levels; amounts
                    as plain decimals with a dot; balance = debit − credit. Text that a
                    spreadsheet would run as a formula (starting with =, +, -, @) gets a
                    leading apostrophe, so it shows as text.
  income-statement  Income and expenses from --from (default: start of the fiscal year of
                    --to) to --to; year-end close entries are left out.
  balance-sheet     Assets, liabilities and equity as of --to.

--to defaults to today. Amounts are in the company's base currency unless --currency
names another; rows in other currencies are left out (a note on standard error says so).
Only posted entries count. The backup is verified before anything is read from it.
`,
  'export-journal': `backoffice export-journal FILE [--passphrase-file F]

Writes every posted entry of the backup's ledger, with its accounts, as an hledger journal
to standard output (hledger -f - bal reads it back to the same balances).
`,
  'import-journal': `backoffice import-journal JOURNAL -o FILE [--company NAME] [--currency CODE] [--language en|ru|hu] [--passphrase-file F]

Reads an hledger journal (the subset Backoffice writes and reads: transactions, account
directives with type: tags, commodity directives, balance assertions) and writes a backup
file at FILE that the app restores (Backup → Restore from a file). The company is named
NAME (default: the journal's file name), its base currency CODE (default: the currency the
journal uses most; it must be a currency the app knows), its language en, ru or hu
(default en). With --passphrase-file the backup is encrypted with the passphrase on the
file's first line, ${passphraseSchema.minLength} to ${passphraseSchema.maxLength} characters as in the app. The journal may be at most
${journalFileLimit / (1024 * 1024)} MB. FILE must not exist yet; it is never replaced.
`,
};
