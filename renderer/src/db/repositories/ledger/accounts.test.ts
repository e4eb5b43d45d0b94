import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { accountPath, indexAccounts, LedgerRejected } from '../../../../../shared/ledger';
import type { BackofficeDb } from '../../database';
import { ledgerTestBook } from './ledgerTesting';

let db: BackofficeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function book() {
  const made = await ledgerTestBook();
  db = made.db;
  return made;
}

const keysOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof LedgerRejected)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.problems.map((p) => p.key);
};

describe('chart of accounts', () => {
  it('adds, renames, moves and archives accounts, each audited', async () => {
    const { ledger, id, db } = await book();
    const fuel = await ledger.addAccount({ name: ' Fuel ', code: '5710', type: 'expense', parentId: id('travel') });
    expect(fuel).toMatchObject({ name: 'Fuel', code: '5710', archived: false });
    let accounts = indexAccounts(await ledger.listAccounts());
    expect(accountPath(accounts.get(fuel.id)!, accounts)).toBe('Expenses:Travel:Fuel');

    await ledger.renameAccount(fuel.id, 'Car fuel');
    await ledger.moveAccount(fuel.id, id('expenses'));
    accounts = indexAccounts(await ledger.listAccounts());
    expect(accountPath(accounts.get(fuel.id)!, accounts)).toBe('Expenses:Car fuel');

    const archived = await ledger.archiveAccount(fuel.id);
    expect(archived.archived).toBe(true);
    expect((await db.auditLog.toArray()).map((e) => e.action).slice(-4)).toEqual(['accountAdded', 'accountChanged', 'accountChanged', 'accountChanged']);
  });

  it('refuses a cycle, a parent of another type, a taken code and a ":" in the name', async () => {
    const { ledger, id } = await book();
    expect(await keysOf(ledger.moveAccount(id('expenses'), id('rent')))).toEqual(['ledger.account.cycle']);
    expect(await keysOf(ledger.moveAccount(id('rent'), id('assets')))).toEqual(['ledger.account.typeDiffersFromParent']);
    expect(await keysOf(ledger.addAccount({ name: 'X', code: '1010', type: 'asset', parentId: id('assets') }))).toEqual(['ledger.account.codeTaken']);
    expect(await keysOf(ledger.addAccount({ name: 'A:B', type: 'asset', parentId: null }))).toEqual(['ledger.account.nameHasColon']);
    expect(await keysOf(ledger.updateAccount('nope', { name: 'x' }))).toEqual(['ledger.account.notFound']);
  });

  it('refuses posting to an archived account, and deleting an account with postings', async () => {
    const { ledger, id, entry } = await book();
    await ledger.postNewEntry(entry('2026-01-10', [['travel', 100], ['cash', -100]]));
    expect(await keysOf(ledger.deleteAccount(id('travel')))).toEqual(['ledger.account.hasPostings']);
    expect(await keysOf(ledger.updateAccount(id('travel'), { type: 'income', parentId: id('income') }))).toEqual(['ledger.account.typeChangeWithPostings']);
    await ledger.archiveAccount(id('travel'));
    expect(await keysOf(ledger.postNewEntry(entry('2026-01-11', [['travel', 100], ['cash', -100]])))).toEqual(['ledger.entry.accountArchived']);
    expect(await keysOf(ledger.deleteAccount(id('vatInput')))).toEqual(['ledger.account.usedByVatCode']);
    expect(await keysOf(ledger.deleteAccount(id('assets')))).toEqual(['ledger.account.hasChildren']);

    const spare = await ledger.addAccount({ name: 'Spare', type: 'expense', parentId: id('expenses') });
    await ledger.deleteAccount(spare.id);
    expect((await ledger.listAccounts()).some((a) => a.id === spare.id)).toBe(false);
  });

  it('adds and changes VAT codes', async () => {
    const { ledger, id } = await book();
    const code = await ledger.saveVatCode({ code: 'I7', name: 'Input 7%', rate: { numerator: 7, denominator: 100 }, kind: 'input', accountId: id('vatInput') });
    const changed = await ledger.saveVatCode({ ...code, rate: { numerator: 8, denominator: 100 } });
    expect(changed).toMatchObject({ id: code.id, rate: { numerator: 8, denominator: 100 }, createdAt: code.createdAt });
    expect(await keysOf(ledger.saveVatCode({ code: 'I7', name: 'dup', rate: { numerator: 7, denominator: 100 }, kind: 'input', accountId: id('vatInput') }))).toEqual(['ledger.vat.codeTaken']);
    expect(await keysOf(ledger.saveVatCode({ code: 'Z', name: 'bad', rate: { numerator: 1, denominator: 0 }, kind: 'input', accountId: 'nope' }))).toEqual([
      'ledger.vat.rateInvalid',
      'ledger.vat.accountMissing',
    ]);
  });

  it('imports a chart whose parents come with it, or nothing', async () => {
    const { ledger } = await book();
    const at = '2026-01-01T00:00:00.000Z';
    const top = { id: 'j1', name: 'Fixed assets', type: 'asset' as const, parentId: null, archived: false, createdAt: at, updatedAt: at };
    const child = { ...top, id: 'j2', name: 'Machines', parentId: 'j1' };
    await ledger.importAccounts([top, child]);
    expect((await ledger.listAccounts()).filter((a) => a.id.startsWith('j'))).toHaveLength(2);
    expect(await keysOf(ledger.importAccounts([{ ...top, id: 'j3', name: 'Bad:name' }, { ...child, id: 'j4', parentId: 'j3' }]))).toEqual(['ledger.account.nameHasColon']);
    expect((await ledger.listAccounts()).some((a) => a.id === 'j4')).toBe(false);
  });
});
