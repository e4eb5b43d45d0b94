import {
  balancesFromEntries,
  compareBalances,
  compareRegisterChunks,
  registerChunksFromEntries,
  type AggregateDifference,
  type JournalEntry,
} from '../../../../../shared/ledger';
import { newId, now } from '../../audit';
import type { BackofficeDb } from '../../database';
import { ledgerWrite, settingsForWrite } from './context';
import { readPostedPages } from './postedEntries';

/** Every posted entry, read a page at a time (fewer records held at once than one toArray). */
async function allEntries(db: BackofficeDb): Promise<JournalEntry[]> {
  const out: JournalEntry[] = [];
  await readPostedPages(db, (page) => {
    for (const entry of page) out.push(entry);
  });
  return out;
}

export function createLedgerMaintenance(db: BackofficeDb) {
  /** Recomputes balances and register chunks from the posted entries and replaces the stored ones. */
  async function rebuildAggregates(): Promise<{ balances: number; registers: number }> {
    return ledgerWrite(db, [db.balances, db.registers, db.settings], 'aggregatesRebuilt', async () => {
      const entries = await allEntries(db);
      const balances = balancesFromEntries(entries);
      const registers = registerChunksFromEntries(entries);
      await Promise.all([db.balances.clear(), db.registers.clear()]);
      await db.balances.bulkPut(balances);
      await db.registers.bulkPut(registers);
      const settings = await settingsForWrite(db);
      await db.settings.put({ ...settings, balancesRevision: newId(), updatedAt: now() });
      return { result: { balances: balances.length, registers: registers.length }, recordIds: [settings.id] };
    });
  }

  /** Recomputes the aggregates from the entries and lists where the stored ones differ (empty: all good). */
  async function checkAggregates(): Promise<AggregateDifference[]> {
    return db.transaction('r', [db.entryBlocks, db.balances, db.registers], async () => {
      const [entries, balances, registers] = await Promise.all([allEntries(db), db.balances.toArray(), db.registers.toArray()]);
      return [
        ...compareBalances(balances, balancesFromEntries(entries)),
        ...compareRegisterChunks(registers, registerChunksFromEntries(entries)),
      ];
    });
  }

  return { rebuildAggregates, checkAggregates };
}
