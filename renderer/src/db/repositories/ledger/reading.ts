import type { IsoDate } from '../../../../../shared/dates';
import {
  bucketsFromBalances,
  bucketsFromRegisters,
  periodsCutBy,
  type Account,
  type Bucket,
  type PeriodBalance,
  type RegisterChunk,
} from '../../../../../shared/ledger';
import type { BackofficeDb } from '../../database';
import { readLedgerSettings } from './context';

/**
 * The monthly balances, read whole (a few thousand records for years of books) and kept
 * while the ledger's balances revision stays the same, so repeated reports skip the read.
 */
const balancesCache = new WeakMap<BackofficeDb, { revision: string; balances: PeriodBalance[] }>();

async function readBalances(db: BackofficeDb): Promise<PeriodBalance[]> {
  const revision = (await readLedgerSettings(db))?.balancesRevision;
  const cached = balancesCache.get(db);
  if (revision !== undefined && cached?.revision === revision) return cached.balances;
  const balances = await db.balances.toArray();
  if (revision !== undefined) balancesCache.set(db, { revision, balances });
  return balances;
}

export type ReportData = { accounts: Account[]; buckets: Bucket[] };

/**
 * What the balance reports add up, for report dates given as cuts: whole months from the
 * balances, and for each month a cut falls inside, that month's register chunks of every
 * account (one record per account) split at the cuts. Runs in the caller's transaction,
 * which must cover settings, accounts, balances and registers.
 */
export async function readBucketsInTransaction(db: BackofficeDb, cuts: readonly IsoDate[]): Promise<ReportData> {
  const [accounts, balances] = await Promise.all([db.accounts.toArray(), readBalances(db)]);
  const cutPeriods = periodsCutBy(cuts);
  const keys: Array<[string, string]> = [];
  for (const period of cutPeriods) for (const account of accounts) keys.push([account.id, period]);
  const chunks = (await db.registers.bulkGet(keys)).filter((chunk): chunk is RegisterChunk => chunk !== undefined);
  return { accounts, buckets: [...bucketsFromBalances(balances, cutPeriods), ...bucketsFromRegisters(chunks, cuts)] };
}

/** `readBucketsInTransaction` in its own read transaction, so all records are of one moment. */
export function readBuckets(db: BackofficeDb, cuts: readonly IsoDate[]): Promise<ReportData> {
  return db.transaction('r', [db.settings, db.accounts, db.balances, db.registers], () => readBucketsInTransaction(db, cuts));
}
