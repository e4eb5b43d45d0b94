import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { skipAlreadyImported } from '../../../../../shared/bank';
import { LedgerRejected } from '../../../../../shared/ledger';
import type { BackofficeDb } from '../../database';
import { bankTestBook, statementMapping, statementText } from './bankTesting';
import { BankRejected } from './problems';
import { storedEntries } from '../../testing';

let db: BackofficeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function book() {
  const made = await bankTestBook();
  db = made.db;
  return made;
}

describe('importStatementLines', () => {
  it('posts every reviewed line and remembers its fingerprint in one audited transaction', async () => {
    const { bank, bankId, ledger, proposalsOf, db } = await book();
    const { proposals, problems } = proposalsOf(statementText, 'bankFees');
    expect(problems).toEqual([]);
    const { entries } = await bank.importStatementLines(bankId, proposals);
    expect(entries.map((entry) => [entry.number, entry.date, entry.origin, entry.status])).toEqual([
      ['2026-0001', '2026-03-02', 'bankImport', 'posted'],
      ['2026-0002', '2026-03-03', 'bankImport', 'posted'],
      ['2026-0003', '2026-03-05', 'bankImport', 'posted'],
      ['2026-0004', '2026-03-05', 'bankImport', 'posted'],
    ]);
    const stored = await db.importedLines.toArray();
    expect(stored.map((line) => [line.accountId, line.sourceRow])).toEqual(
      expect.arrayContaining([[bankId, 2], [bankId, 3], [bankId, 4], [bankId, 5]]),
    );
    expect(new Set(stored.map((line) => line.entryId))).toEqual(new Set(entries.map((entry) => entry.id)));
    const audit = (await db.auditLog.toArray()).filter((entry) => entry.action === 'bankStatementImported');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.tables).toEqual(['entryBlocks', 'balances', 'registers', 'settings', 'importedLines']);
    const register = await ledger.loadAccountRegister(bankId);
    expect(register.closing).toEqual([{ currency: 'RUB', amount: 12_000_000 - 4_500_000 - 30_000 }]);
    expect(await ledger.checkAggregates()).toEqual([]);
  });

  it('skips everything on the second import of the same statement', async () => {
    const { bank, bankId, proposalsOf } = await book();
    const first = proposalsOf(statementText, 'bankFees');
    await bank.importStatementLines(bankId, first.proposals);
    const again = proposalsOf(statementText, 'bankFees');
    const known = await bank.importedFingerprints(again.lines.map((line) => line.fingerprint));
    const { fresh, alreadyImported } = skipAlreadyImported(again.lines, known);
    expect(fresh).toEqual([]);
    expect(alreadyImported).toHaveLength(4);
  });

  it('refuses lines imported meanwhile and writes nothing', async () => {
    const { bank, bankId, proposalsOf, db } = await book();
    const { proposals } = proposalsOf(statementText, 'bankFees');
    await bank.importStatementLines(bankId, proposals.slice(0, 1));
    const entriesBefore = await storedEntries(db).then((entries) => entries.length);
    const error = await bank.importStatementLines(bankId, proposals).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BankRejected);
    expect((error as BankRejected).problems).toEqual([{ key: 'alreadyImported', params: { count: 1 } }]);
    expect(await storedEntries(db).then((entries) => entries.length)).toBe(entriesBefore);
    expect(await db.importedLines.count()).toBe(1);
  });

  it('writes neither entries nor fingerprints when the ledger refuses one entry', async () => {
    const { bank, bankId, ledger, proposalsOf, db } = await book();
    await ledger.setLockDate('2026-03-04');
    const { proposals } = proposalsOf(statementText, 'bankFees');
    const error = await bank.importStatementLines(bankId, proposals).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerRejected);
    expect((error as LedgerRejected).problems.map((problem) => [problem.key, problem.entry])).toEqual([
      ['ledger.entry.dateLocked', 0],
      ['ledger.entry.dateLocked', 1],
    ]);
    expect(await storedEntries(db).then((entries) => entries.length)).toBe(0);
    expect(await db.importedLines.count()).toBe(0);
    expect((await db.auditLog.toArray()).some((entry) => entry.action === 'bankStatementImported')).toBe(false);
  });

  it('refuses an empty import and the same line twice', async () => {
    const { bank, bankId, proposalsOf } = await book();
    const { proposals } = proposalsOf(statementText, 'bankFees');
    await expect(bank.importStatementLines(bankId, [])).rejects.toThrow(BankRejected);
    await expect(bank.importStatementLines(bankId, [proposals[0]!, proposals[0]!])).rejects.toThrow(BankRejected);
  });
});

describe('remembered mappings', () => {
  it('keeps the mapping and encoding per bank account and refuses an invalid one', async () => {
    const { bank, bankId } = await book();
    expect(await bank.getMapping(bankId)).toBeUndefined();
    await bank.saveMapping(bankId, statementMapping, 'windows-1251');
    expect(await bank.getMapping(bankId)).toMatchObject({ accountId: bankId, mapping: statementMapping, encoding: 'windows-1251' });
    const clash = { ...statementMapping, description: 0 };
    const error = await bank.saveMapping(bankId, clash, 'utf-8').catch((e: unknown) => e);
    expect((error as BankRejected).problems).toEqual([{ key: 'mappingInvalid', params: { problem: 'sameColumnTwice' } }]);
    expect((await bank.getMapping(bankId))?.mapping).toEqual(statementMapping);
  });
});
