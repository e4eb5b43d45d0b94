import { accountPath, accountTree } from '../../../../shared/ledger/accounts';
import { compareBalances, compareRegisterChunks, rebuildAggregatesInParts, type AggregateDifference } from '../../../../shared/ledger/aggregateCheck';
import { chunkKey } from '../../../../shared/ledger/aggregates';
import { entriesOfBlocks } from '../../../../shared/ledger/entryBlocks';
import type { Account, EntryBlock, JournalEntry, PeriodBalance, RegisterChunk, VatCode } from '../../../../shared/ledger/types';
import { isEntryShaped } from '../../../../shared/ledger/validation';
import { finding, type ContentFinding } from './contentFindings';
import { StockContentCheck } from './stockCheck';
import {
  accountFinding,
  bankFinding,
  draftFinding,
  entryBlockFinding,
  entryName,
  isAccount,
  isBalanceShaped,
  isRegisterChunkShaped,
  postedEntryFinding,
  settingsFinding,
  vatCodeFinding,
} from './contentRules';

/** A table of the backup and how many parts it has (from the manifest). */
export type TableParts = { name: string; parts: number };

const bankTables = new Set(['bankMappings', 'bankRules', 'importedLines', 'reconciliations']);

/**
 * Checks a backup's records as a restore reads them, part by part, so that a bad backup
 * stops at the part where it goes wrong; then, once every part is read, what needs all of
 * them: accounts' parents, and the stored balances and register chunks against the ones
 * the entries give (shared/ledger/aggregateCheck.ts), rebuilt a part at a time.
 *
 * The app writes tables by name, so the chart comes before the entries and the entries
 * before the registers; parts read before what they refer to wait until the end.
 */
export class BackupContentCheck {
  private readonly partsLeft = new Map<string, number>();
  private readonly accountsById = new Map<string, Account>();
  private readonly entryIds = new Set<string>();
  private readonly expected = rebuildAggregatesInParts();
  private readonly storedBalances: PeriodBalance[] = [];
  /** Register chunks read before every entry was: compared at the end. */
  private readonly earlyRegisters: RegisterChunk[] = [];
  /** Checks of parts that refer to accounts or entries not all read yet. */
  private readonly waiting: (() => ContentFinding | null)[] = [];
  private readonly stock = new StockContentCheck();
  /** Item names, to name an item whose stock does not add up. */
  private readonly itemNames = new Map<string, string>();

  constructor(tables: readonly TableParts[]) {
    for (const table of tables) this.partsLeft.set(table.name, table.parts);
  }

  /** The first thing wrong in this part of `table`, or null. */
  checkPart(table: string, records: readonly unknown[]): ContentFinding | null {
    let found: ContentFinding | null;
    try {
      found = this.read(table, records);
    } catch {
      // A rule met a record too odd to judge.
      found = finding(table, 'recordUnreadable');
    }
    this.partsLeft.set(table, (this.partsLeft.get(table) ?? 1) - 1);
    return found;
  }

  /** After the last part: what needs every record, the aggregates last. */
  finish(): ContentFinding | null {
    const accounts = [...this.accountsById.values()];
    const inTree = new Set(accountTree(accounts).map(({ account }) => account.id));
    // A loop of parents leaves its accounts out of the tree.
    const stray = accounts.find((account) => (account.parentId !== null && !this.accountsById.has(account.parentId)) || !inTree.has(account.id));
    if (stray) return finding('accounts', 'accountInvalid', { account: stray.name });
    for (const check of this.waiting) {
      const found = check();
      if (found) return found;
    }
    const [balance] = compareBalances(this.storedBalances, [...this.expected.balances.values()]);
    if (balance) return this.differenceFinding(balance);
    const [register] = compareRegisterChunks(this.earlyRegisters, [...this.expected.registers.values()]);
    if (register) return this.differenceFinding(register);
    return this.stock.finish((itemId) => this.itemNames.get(itemId) ?? itemId);
  }

  private read(table: string, records: readonly unknown[]): ContentFinding | null {
    switch (table) {
      case 'accounts':
        return this.readAccounts(records);
      case 'entryBlocks':
        return firstOf(records, entryBlockFinding) ?? this.readPostedEntries(table, entriesOfBlocks(records as EntryBlock[]));
      case 'entries': // database versions 2 and 3: one record per posted entry
        return this.readPostedEntries(table, records);
      case 'drafts':
        return firstOf(records, draftFinding);
      case 'balances':
        return this.readBalances(records);
      case 'registers':
        return this.readRegisters(records);
      case 'settings':
        return firstOf(records, settingsFinding);
      case 'stockBlocks':
        return this.stock.readBlocks(records);
      case 'stockLevels':
        return this.stock.readLevels(records);
      case 'items':
        for (const item of records as { id?: unknown; sku?: unknown; name?: unknown }[]) {
          if (typeof item.id === 'string') this.itemNames.set(item.id, `${String(item.sku ?? '')} ${String(item.name ?? '')}`.trim());
        }
        return null;
      case 'vatCodes':
        return this.when(['accounts'], () => firstOf(records, (record) => vatCodeFinding(record, records as VatCode[], [...this.accountsById.values()])));
      default:
        if (!bankTables.has(table)) return null;
        return this.when(['accounts', 'entryBlocks', 'entries'], () => firstOf(records, (record) => bankFinding(table, record, this.accountsById, this.entryIds)));
    }
  }

  /** Runs the check now if every part of `tables` is read, else at the end. */
  private when(tables: string[], check: () => ContentFinding | null): ContentFinding | null {
    if (tables.every((table) => (this.partsLeft.get(table) ?? 0) === 0)) return check();
    this.waiting.push(check);
    return null;
  }

  private readAccounts(records: readonly unknown[]): ContentFinding | null {
    const found = firstOf(records, accountFinding);
    if (found) return found;
    for (const account of records) if (isAccount(account)) this.accountsById.set(account.id, account);
    return null;
  }

  private readPostedEntries(table: string, entries: readonly unknown[]): ContentFinding | null {
    for (const entry of entries) {
      if (!isEntryShaped(entry)) return finding(table, 'recordUnreadable');
      if (this.entryIds.has(entry.id)) return finding(table, 'entryIdRepeated', { entry: entryName(entry), id: entry.id, date: entry.date });
      this.entryIds.add(entry.id);
    }
    const posted = entries as JournalEntry[];
    const found = this.when(['accounts'], () => firstOf(posted, (entry) => postedEntryFinding(table, entry, this.accountsById)));
    if (found) return found;
    this.expected.add(posted);
    return null;
  }

  private readBalances(records: readonly unknown[]): ContentFinding | null {
    for (const record of records) {
      if (!isBalanceShaped(record)) return finding('balances', 'recordUnreadable');
      this.storedBalances.push(record);
    }
    return null;
  }

  /** Once every entry is read, each part of the registers is compared as it comes, and what it matched let go. */
  private readRegisters(records: readonly unknown[]): ContentFinding | null {
    if (!records.every(isRegisterChunkShaped)) return finding('registers', 'recordUnreadable');
    const chunks = records as RegisterChunk[];
    if ((this.partsLeft.get('entryBlocks') ?? 0) > 0 || (this.partsLeft.get('entries') ?? 0) > 0) {
      this.earlyRegisters.push(...chunks);
      return null;
    }
    const expected = chunks.flatMap((chunk) => this.expected.registers.get(chunkKey(chunk)) ?? []);
    const [difference] = compareRegisterChunks(chunks, expected);
    if (difference) return this.differenceFinding(difference);
    for (const chunk of chunks) this.expected.registers.delete(chunkKey(chunk));
    return null;
  }

  private differenceFinding(difference: AggregateDifference): ContentFinding {
    const known = this.accountsById.get(difference.accountId);
    const account = known ? accountPath(known, this.accountsById) : difference.accountId;
    return difference.table === 'balances'
      ? finding('balances', 'balanceDiffers', { account, period: difference.period, currency: difference.currency })
      : finding('registers', 'registerDiffers', { account, period: difference.period });
  }
}

function firstOf<T>(records: readonly T[], rule: (record: T) => ContentFinding | null): ContentFinding | null {
  for (const record of records) {
    const found = rule(record);
    if (found) return found;
  }
  return null;
}
