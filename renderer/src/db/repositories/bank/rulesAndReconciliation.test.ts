import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRules } from '../../../../../shared/bank';
import type { BackofficeDb } from '../../database';
import { bankTestBook, statementText } from './bankTesting';
import type { BankRejected } from './problems';

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

const keys = (work: Promise<unknown>) => work.then(() => [], (error: unknown) => (error as BankRejected).problems.map((problem) => problem.key));

describe('bank rules', () => {
  it('adds, changes, reorders and deletes rules, each audited', async () => {
    const { bank, id, db } = await book();
    const fees = await bank.saveRule({ match: { field: 'description', kind: 'contains', pattern: 'комиссия' }, accountId: id('bankFees') });
    const rent = await bank.saveRule({ match: { field: 'payee', kind: 'regex', pattern: '^ООО' }, accountId: id('rent'), payee: '  Арендодатель ' });
    expect((await bank.listRules()).map((rule) => [rule.id, rule.order])).toEqual([[fees.id, 1], [rent.id, 2]]);
    expect(rent.payee).toBe('Арендодатель');

    await bank.moveRule(rent.id, -1);
    expect((await bank.listRules()).map((rule) => rule.id)).toEqual([rent.id, fees.id]);
    await bank.moveRule(rent.id, -1);
    expect((await bank.listRules()).map((rule) => rule.id)).toEqual([rent.id, fees.id]);

    await bank.saveRule({ ...fees, match: { ...fees.match, pattern: 'Комиссия за перевод' } });
    const { suggestions } = applyRules([{ description: 'КОМИССИЯ  ЗА ПЕРЕВОД', payee: 'ПАО Сбербанк' }], await bank.listRules());
    expect(suggestions[0]).toEqual({ ruleId: fees.id, accountId: id('bankFees') });

    await bank.deleteRule(rent.id);
    expect((await bank.listRules()).map((rule) => rule.id)).toEqual([fees.id]);
    expect((await db.auditLog.toArray()).filter((entry) => entry.action === 'bankRuleChanged')).toHaveLength(6);
  });

  it('refuses an invalid regex, an empty pattern, no account and an unknown rule', async () => {
    const { bank, id } = await book();
    expect(await keys(bank.saveRule({ match: { field: 'description', kind: 'regex', pattern: '(' }, accountId: id('rent') }))).toEqual(['ruleInvalid']);
    const error = await bank.saveRule({ match: { field: 'description', kind: 'contains', pattern: ' ' }, accountId: id('rent') }).catch((e: unknown) => e);
    expect((error as BankRejected).problems).toEqual([{ key: 'ruleInvalid', params: { problem: 'emptyPattern' } }]);
    expect(await keys(bank.saveRule({ match: { field: 'description', kind: 'contains', pattern: 'x' }, accountId: '' }))).toEqual(['ruleInvalid']);
    expect(await keys(bank.deleteRule('nope'))).toEqual(['ruleNotFound']);
    expect(await bank.listRules()).toEqual([]);
  });
});

describe('reconciliation', () => {
  async function imported() {
    const made = await book();
    await made.bank.importStatementLines(made.bankId, made.proposalsOf(statementText, 'bankFees').proposals);
    const postings = await made.bank.bankPostings(made.bankId, 'RUB');
    return { ...made, postings };
  }

  it('lists the bank postings with money in positive and ids entry:line', async () => {
    const { postings } = await imported();
    expect(postings.map((posting) => [posting.date, posting.amount])).toEqual([
      ['2026-03-02', -4_500_000],
      ['2026-03-03', 12_000_000],
      ['2026-03-05', -15_000],
      ['2026-03-05', -15_000],
    ]);
    expect(postings[0]?.id).toBe(`${postings[0]?.entryId}:0`);
  });

  it('keeps ticks, finishes at zero difference and marks the postings reconciled', async () => {
    const { bank, bankId, postings, db } = await imported();
    const started = await bank.startReconciliation({ accountId: bankId, currency: 'RUB', statementDate: '2026-03-04', closingBalance: 7_500_000 });
    expect(started).toMatchObject({ status: 'open', openingBalance: 0, postingIds: [] });
    expect(await keys(bank.startReconciliation({ accountId: bankId, currency: 'RUB', statementDate: '2026-03-31', closingBalance: 0 }))).toEqual(['reconciliationOpen']);

    await bank.tickPostings(started.id, [postings[0]!.id], true);
    const error = await bank.finishReconciliation(started.id).catch((e: unknown) => e);
    expect((error as BankRejected).problems).toEqual([{ key: 'differenceNotZero', params: { difference: 12_000_000 } }]);
    await bank.tickPostings(started.id, [postings[1]!.id, postings[2]!.id], true);
    await bank.tickPostings(started.id, [postings[2]!.id], false);
    expect((await bank.openReconciliation(bankId))?.postingIds).toEqual([postings[0]!.id, postings[1]!.id]);

    const finished = await bank.finishReconciliation(started.id);
    expect(finished).toMatchObject({ status: 'finished', postingIds: [postings[0]!.id, postings[1]!.id] });
    expect(await bank.reconciledPostingIds(bankId)).toEqual(new Set([postings[0]!.id, postings[1]!.id]));
    expect(await bank.openReconciliation(bankId)).toBeUndefined();
    expect((await db.auditLog.toArray()).filter((entry) => entry.action === 'reconciliationFinished').map((entry) => entry.recordIds)).toEqual([[started.id]]);

    // The next one starts from this one's closing balance; an earlier statement date is refused.
    expect(await keys(bank.startReconciliation({ accountId: bankId, currency: 'RUB', statementDate: '2026-03-01', closingBalance: 0 }))).toEqual(['statementDateBeforeLast']);
    const next = await bank.startReconciliation({ accountId: bankId, currency: 'RUB', statementDate: '2026-03-31', closingBalance: 7_470_000 });
    expect(next.openingBalance).toBe(7_500_000);
    // A posting reconciled before cannot be ticked into this one.
    await bank.tickPostings(next.id, [postings[0]!.id], true);
    expect(await keys(bank.finishReconciliation(next.id))).toEqual(['postingNotFound']);
    await bank.tickPostings(next.id, [postings[0]!.id], false);
    await bank.tickPostings(next.id, [postings[2]!.id, postings[3]!.id], true);
    await bank.finishReconciliation(next.id);
    expect((await bank.listReconciliations(bankId)).map((record) => record.statementDate)).toEqual(['2026-03-31', '2026-03-04']);
    expect(await keys(bank.tickPostings(next.id, [postings[0]!.id], true))).toEqual(['reconciliationFinished']);
  });

  it('changes the statement of an open reconciliation and can give it up', async () => {
    const { bank, bankId } = await imported();
    const started = await bank.startReconciliation({ accountId: bankId, currency: 'RUB', statementDate: '2026-03-04', closingBalance: 1 });
    expect(await bank.updateStatement(started.id, { statementDate: '2026-03-05', closingBalance: 2 })).toMatchObject({ statementDate: '2026-03-05', closingBalance: 2 });
    expect(await keys(bank.updateStatement(started.id, { statementDate: '2026-02-30', closingBalance: 2 }))).toEqual(['statementDateInvalid']);
    await bank.cancelReconciliation(started.id);
    expect(await bank.listReconciliations(bankId)).toEqual([]);
  });
});
