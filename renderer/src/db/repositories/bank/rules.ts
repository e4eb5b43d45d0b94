import { validateRule, type BankRule } from '../../../../../shared/bank';
import { newId, now, writeWithAudit } from '../../audit';
import type { BankRuleRecord } from '../../bankRecords';
import type { BackofficeDb } from '../../database';
import { refuse } from './problems';

/** A rule as the form gives it: without an id it is new. */
export type BankRuleInput = Omit<BankRule, 'id'> & { id?: string };

const byOrder = (a: BankRuleRecord, b: BankRuleRecord) => a.order - b.order || (a.id < b.id ? -1 : 1);

/** Bank rules: tried in their order, the first match pre-fills a statement line. */
export function createBankRules(db: BackofficeDb) {
  async function listRules(): Promise<BankRuleRecord[]> {
    return (await db.bankRules.toArray()).sort(byOrder);
  }

  /** Adds a rule at the end of the list, or changes one; refused when the pattern or account is missing or the regex is invalid. */
  async function saveRule(input: BankRuleInput): Promise<BankRuleRecord> {
    return writeWithAudit(db, [db.bankRules], 'bankRuleChanged', async () => {
      const rules = await db.bankRules.toArray();
      const previous = input.id === undefined ? undefined : rules.find((rule) => rule.id === input.id);
      if (input.id !== undefined && !previous) refuse('ruleNotFound');
      const rule: BankRule = { id: previous?.id ?? newId(), match: { ...input.match }, accountId: input.accountId };
      if (input.match.caseSensitive !== true) delete rule.match.caseSensitive;
      if (input.vatCode) rule.vatCode = input.vatCode;
      if (input.payee?.trim()) rule.payee = input.payee.trim();
      const problems = validateRule(rule);
      if (problems.length > 0) refuse('ruleInvalid', { problem: problems[0]! });
      const at = now();
      const order = previous?.order ?? rules.reduce((max, other) => Math.max(max, other.order), 0) + 1;
      const record: BankRuleRecord = { ...rule, order, createdAt: previous?.createdAt ?? at, updatedAt: at };
      await db.bankRules.put(record);
      return { result: record, recordIds: [record.id] };
    });
  }

  async function deleteRule(id: string): Promise<void> {
    await writeWithAudit(db, [db.bankRules], 'bankRuleChanged', async () => {
      if (!(await db.bankRules.get(id))) refuse('ruleNotFound');
      await db.bankRules.delete(id);
      return { result: undefined, recordIds: [id] };
    });
  }

  /** Moves a rule one place up (-1) or down (+1) in the order they are tried. */
  async function moveRule(id: string, by: -1 | 1): Promise<BankRuleRecord[]> {
    return writeWithAudit(db, [db.bankRules], 'bankRuleChanged', async () => {
      const rules = (await db.bankRules.toArray()).sort(byOrder);
      const from = rules.findIndex((rule) => rule.id === id);
      if (from < 0) refuse('ruleNotFound');
      const to = Math.max(0, Math.min(rules.length - 1, from + by));
      const [moved] = rules.splice(from, 1);
      rules.splice(to, 0, moved!);
      const at = now();
      const renumbered = rules.map((rule, index) => (rule.order === index + 1 ? rule : { ...rule, order: index + 1, updatedAt: at }));
      await db.bankRules.bulkPut(renumbered.filter((rule, index) => rule !== rules[index]));
      return { result: renumbered, recordIds: [id] };
    });
  }

  return { listRules, saveRule, deleteRule, moveRule };
}
