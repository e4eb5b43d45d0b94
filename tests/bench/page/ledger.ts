// Runs the app's own ledger repository (renderer/src/db) in the browser for the reports benchmark:
// a book of many entries imported through bulkImportEntries, then the reports' loaders timed.
import { BackofficeDb } from '../../../renderer/src/db/database';
import { createCompanyRepository } from '../../../renderer/src/db/repositories/companyRepository';
import { createLedgerRepository, type LedgerRepository } from '../../../renderer/src/db/repositories/ledger';
import type { EntryInput } from '../../../shared/ledger';

let db: BackofficeDb | undefined;
let ledger: LedgerRepository | undefined;
const ids = new Map<string, string>();

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A deterministic book: `count` balanced entries over five years (2022–2026). Every other
 * entry moves money through the bank account, so it gets count / 2 postings; the others
 * are bills, VAT and accruals between the remaining accounts, two or three lines each.
 */
function generateEntries(count: number): EntryInput[] {
  const id = (key: string) => ids.get(key)!;
  const bankSide = ['sales', 'services', 'rent', 'utilities', 'officeSupplies', 'wages', 'bankFees', 'payable', 'receivable', 'cash'].map(id);
  const others = ['costOfGoods', 'inventory', 'payable', 'vatInput', 'vatOutput', 'receivable', 'travel', 'communication', 'otherExpenses', 'otherIncome', 'equipment', 'loans'].map(id);
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  const payees = ['Northwind Ltd', 'Kovács és Társa Kft.', 'ООО «Северный ветер»', 'Paper & Co', 'Quay Properties', 'Dunaparti Bt.'];
  const entries: EntryInput[] = [];
  const days = 5 * 360;
  for (let index = 0; index < count; index += 1) {
    const dayIndex = Math.floor((index * days) / count);
    const date = iso(2022 + Math.floor(dayIndex / 360), Math.floor((dayIndex % 360) / 30) + 1, (dayIndex % 30) + 1 > 28 ? 28 : (dayIndex % 30) + 1);
    const amount = 100 + Math.floor(random() * 500_000);
    const [a, b] = index % 2 === 0 ? [id('bank'), pick(bankSide)] : [pick(others), pick(others.filter((other) => other !== id('bank')))];
    const second = a === b ? id('otherExpenses') : b;
    const inBank = random() < 0.5;
    const lines =
      random() < 0.7
        ? [
            { accountId: inBank ? a : second, debit: amount, credit: 0 },
            { accountId: inBank ? second : a, debit: 0, credit: amount },
          ]
        : [
            { accountId: a, debit: amount, credit: 0 },
            { accountId: second, debit: 0, credit: Math.floor(amount / 5) },
            { accountId: id('vatOutput'), debit: 0, credit: amount - Math.floor(amount / 5) },
          ];
    entries.push({ date, currency: 'EUR', payee: payees[index % payees.length]!, memo: `Bench entry ${index + 1}`, lines });
  }
  return entries;
}

const bench = {
  /** A fresh company with its default chart in the database of that name. */
  async setUp(name: string) {
    await new BackofficeDb(name).delete();
    db = new BackofficeDb(name);
    await createCompanyRepository(db).saveCompanySetup({
      name: 'Bench Trading Kft.',
      address: '',
      taxNumber: '',
      baseCurrency: 'EUR',
      fiscalYearStart: { month: 1, day: 1 },
      language: 'en',
    });
    ledger = createLedgerRepository(db);
    await ledger.ensureLedger();
    for (const account of await ledger.listAccounts()) if (account.templateKey) ids.set(account.templateKey, account.id);
    return ids.get('bank')!;
  },
  /** Generates the book and imports it; milliseconds of the import alone. */
  async importBook(count: number) {
    const entries = generateEntries(count);
    const { ms, result } = await timed(() => ledger!.bulkImportEntries(entries));
    if (result.imported !== count) throw new Error(`Imported ${result.imported} of ${count}`);
    return ms;
  },
  async trialBalance(from: string | undefined, to: string) {
    const { ms, result } = await timed(() => ledger!.loadTrialBalance(from, to));
    if (!result.totals.every((total) => total.balanced)) throw new Error('The trial balance does not balance');
    return ms;
  },
  async incomeStatement(from: string, to: string, compareFrom: string, compareTo: string) {
    return (await timed(() => ledger!.loadIncomeStatement({ from, to, compare: { from: compareFrom, to: compareTo } }))).ms;
  },
  async balanceSheet(asOf: string, compareAsOf: string) {
    const { ms, result } = await timed(() => ledger!.loadBalanceSheet(asOf, { compareAsOf }));
    if (!result.totals.balanced) throw new Error('The balance sheet does not balance');
    return ms;
  },
  /** One entry posted as the form posts it, then the trial balance that shows it. */
  async postOne(date: string) {
    const entry: EntryInput = { date, currency: 'EUR', payee: 'Paper & Co', memo: 'Toner', lines: [{ accountId: ids.get('officeSupplies')!, debit: 4_990, credit: 0 }, { accountId: ids.get('bank')!, debit: 0, credit: 4_990 }] };
    const post = await timed(() => ledger!.postNewEntry(entry));
    const report = await timed(() => ledger!.loadTrialBalance(`${date.slice(0, 4)}-01-01`, `${date.slice(0, 4)}-12-31`));
    return { post: post.ms, postAndReport: post.ms + report.ms };
  },
  async register(accountId: string, from?: string, to?: string) {
    const { ms, result } = await timed(() => ledger!.loadAccountRegister(accountId, from, to));
    return { ms, rows: result.rows.length };
  },
  /** Only reading the account's register chunks, to tell reading from computing. */
  async registerChunks(accountId: string) {
    return (await timed(() => db!.registers.where('[accountId+period]').between([accountId, ''], [accountId, '\uffff']).toArray())).ms;
  },
  async remove() {
    if (db) {
      db.close();
      await db.delete();
    }
    db = undefined;
    ledger = undefined;
    ids.clear();
  },
};

Object.assign(window, { bench });
document.body.dataset.ready = 'true';
