import {
  accountDeletionProblems,
  accountTypes,
  createChartFor,
  createVatCodesFor,
  LedgerRejected,
  problem,
  reject,
  validateAccount,
  validateVatCode,
  type Account,
  type AccountRole,
  type AccountType,
  type VatCode,
} from '../../../../../shared/ledger';
import type { Rate } from '../../../../../shared/money';
import { newId, now } from '../../audit';
import type { BackofficeDb } from '../../database';
import type { LedgerSettingsRecord } from '../../records';
import { ledgerWrite, newLedgerSettings, readCompanyFacts, readLedgerSettings } from './context';

export type AccountInput = { name: string; code?: string; type: AccountType; parentId: string | null; role?: AccountRole };
export type AccountChanges = Partial<AccountInput>;
export type VatCodeInput = { id?: string; code: string; name: string; rate: Rate; kind: 'input' | 'output'; accountId: string; archived?: boolean };

/** True when any posted entry has a line on the account (its monthly balances say so in one key lookup). */
export async function accountHasPostings(db: BackofficeDb, accountId: string): Promise<boolean> {
  const first = await db.balances
    .where('[accountId+period+currency]')
    .between([accountId, '', ''], [accountId, '\uffff', '\uffff'], true, true)
    .first();
  return first !== undefined;
}

function cleaned(account: Account): Account {
  const out: Account = { ...account, name: account.name.trim() };
  const code = account.code?.trim();
  if (code) out.code = code;
  else delete out.code;
  if (!out.role) delete out.role;
  return out;
}

export function createLedgerAccounts(db: BackofficeDb) {
  /**
   * Sets the ledger up on first use: the chart of the company's country (international when
   * it has none) in the company's language, that country's VAT codes, and the ledger settings. Does nothing when already set up.
   */
  async function ensureLedger(): Promise<LedgerSettingsRecord> {
    const existing = await readLedgerSettings(db);
    if (existing) return existing;
    return ledgerWrite(db, [db.settings, db.accounts, db.vatCodes], 'ledgerSetUp', async () => {
      const again = await readLedgerSettings(db);
      if (again) return { result: again, recordIds: [] };
      const facts = await readCompanyFacts(db);
      const at = now();
      let accounts = await db.accounts.toArray();
      const created: string[] = [];
      if (accounts.length === 0) {
        accounts = createChartFor(facts.country, facts.language, newId, at);
        await db.accounts.bulkAdd(accounts);
        created.push(...accounts.map((account) => account.id));
      }
      if ((await db.vatCodes.count()) === 0) {
        const vatCodes = createVatCodesFor(facts.country, accounts, facts.language, facts.baseCurrency, newId, at);
        await db.vatCodes.bulkAdd(vatCodes);
        created.push(...vatCodes.map((code) => code.id));
      }
      const settings = newLedgerSettings();
      await db.settings.put(settings);
      return { result: settings, recordIds: [settings.id, ...created] };
    });
  }

  async function listAccounts(): Promise<Account[]> {
    return db.accounts.toArray();
  }

  async function saveAccount(next: Account, isNew: boolean): Promise<Account> {
    await ensureLedger();
    return ledgerWrite(db, [db.accounts], isNew ? 'accountAdded' : 'accountChanged', async () => {
      const accounts = await db.accounts.toArray();
      const hasPostings = !isNew && (await accountHasPostings(db, next.id));
      const problems = accountTypes.includes(next.type) ? validateAccount(next, accounts, { hasPostings }) : [problem('ledger.account.typeInvalid')];
      if (problems.length > 0) throw new LedgerRejected(problems);
      await db.accounts.put(next);
      return { result: next, recordIds: [next.id] };
    });
  }

  /** A new account under `parentId` (or at the top), of the parent's type. */
  async function addAccount(input: AccountInput): Promise<Account> {
    const at = now();
    return saveAccount(cleaned({ ...input, id: newId(), archived: false, createdAt: at, updatedAt: at }), true);
  }

  /** Name, code, parent, type or role of an account; a type only changes while it has no postings. */
  async function updateAccount(id: string, changes: AccountChanges): Promise<Account> {
    const current = await db.accounts.get(id);
    if (!current) reject('ledger.account.notFound');
    return saveAccount(cleaned({ ...current, ...changes, id, updatedAt: now() }), false);
  }

  const renameAccount = (id: string, name: string, code?: string) => updateAccount(id, code === undefined ? { name } : { name, code });
  const moveAccount = (id: string, parentId: string | null) => updateAccount(id, { parentId });

  /** Archived accounts keep their postings and show in reports, but take no new postings. */
  async function archiveAccount(id: string, archived = true): Promise<Account> {
    const current = await db.accounts.get(id);
    if (!current) reject('ledger.account.notFound');
    return saveAccount({ ...current, archived, updatedAt: now() }, false);
  }

  /** Only an account without postings, sub-accounts or VAT codes can go; archive the others. */
  async function deleteAccount(id: string): Promise<void> {
    await ledgerWrite(db, [db.accounts], 'accountDeleted', async () => {
      const accounts = await db.accounts.toArray();
      const account = accounts.find((candidate) => candidate.id === id);
      if (!account) reject('ledger.account.notFound');
      const usedByVatCode = (await db.vatCodes.toArray()).some((code) => code.accountId === id);
      const problems = accountDeletionProblems(account, accounts, { hasPostings: await accountHasPostings(db, id), usedByVatCode });
      if (problems.length > 0) throw new LedgerRejected(problems);
      await db.accounts.delete(id);
      return { result: undefined, recordIds: [id] };
    });
  }

  /**
   * Adds a whole set of accounts at once (a journal import's chart), checked together:
   * parents may be among the new accounts. Nothing is added if any is refused.
   */
  async function importAccounts(accounts: readonly Account[]): Promise<Account[]> {
    await ensureLedger();
    return ledgerWrite(db, [db.accounts], 'accountAdded', async () => {
      const all = [...(await db.accounts.toArray()), ...accounts];
      const problems = accounts.flatMap((account) => validateAccount(account, all));
      if (problems.length > 0) throw new LedgerRejected(problems);
      await db.accounts.bulkAdd([...accounts]);
      return { result: [...accounts], recordIds: accounts.map((account) => account.id) };
    });
  }

  async function listVatCodes(): Promise<VatCode[]> {
    return db.vatCodes.toArray();
  }

  /** Adds a VAT code, or changes one when `id` names it. */
  async function saveVatCode(input: VatCodeInput): Promise<VatCode> {
    await ensureLedger();
    return ledgerWrite(db, [db.vatCodes], 'vatCodeChanged', async () => {
      const [codes, accounts] = await Promise.all([db.vatCodes.toArray(), db.accounts.toArray()]);
      const previous = input.id === undefined ? undefined : codes.find((code) => code.id === input.id);
      if (input.id !== undefined && !previous) reject('ledger.vat.notFound');
      const at = now();
      const next: VatCode = {
        id: previous?.id ?? newId(),
        code: input.code.trim(),
        name: input.name.trim(),
        rate: { numerator: input.rate.numerator, denominator: input.rate.denominator },
        kind: input.kind,
        accountId: input.accountId,
        archived: input.archived ?? previous?.archived ?? false,
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
      };
      const problems = validateVatCode(next, codes, accounts);
      if (problems.length > 0) throw new LedgerRejected(problems);
      await db.vatCodes.put(next);
      return { result: next, recordIds: [next.id] };
    });
  }

  return {
    ensureLedger,
    listAccounts,
    addAccount,
    updateAccount,
    renameAccount,
    moveAccount,
    archiveAccount,
    deleteAccount,
    importAccounts,
    listVatCodes,
    saveVatCode,
  };
}
