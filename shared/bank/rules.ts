import { z } from 'zod';
import { normaliseDescription } from './fingerprint';
import type { StatementLine } from './types';

/**
 * Bank rules: "a description containing 'TESCO' goes to Groceries with VAT 27%". They only
 * pre-fill the review screen; the user still sees and confirms every line.
 */
export type BankRule = {
  id: string;
  match: {
    field: 'description' | 'payee';
    kind: 'contains' | 'startsWith' | 'regex';
    pattern: string;
    caseSensitive?: boolean;
  };
  /** The counter-account the line goes to. */
  accountId: string;
  vatCode?: string;
  /** A cleaner payee name for the entry ("Tesco" for "TESCO ÁRUHÁZ 41023 BUDAPEST"). */
  payee?: string;
};

export const bankRuleSchema = z.object({
  id: z.string().min(1),
  match: z.object({
    field: z.enum(['description', 'payee']),
    kind: z.enum(['contains', 'startsWith', 'regex']),
    pattern: z.string(),
    caseSensitive: z.boolean().optional(),
  }),
  accountId: z.string().min(1),
  vatCode: z.string().min(1).optional(),
  payee: z.string().optional(),
});

export const ruleProblems = ['invalidShape', 'emptyPattern', 'invalidRegex', 'noAccount'] as const;
export type RuleProblem = (typeof ruleProblems)[number];

/** What is wrong with a rule as typed; empty when it can be saved. */
export function validateRule(rule: unknown): RuleProblem[] {
  const parsed = bankRuleSchema.safeParse(rule);
  if (!parsed.success) {
    const r = rule as Partial<BankRule> | null;
    return r && typeof r === 'object' && !r.accountId ? ['noAccount'] : ['invalidShape'];
  }
  const { match } = parsed.data;
  if (match.pattern.trim() === '') return ['emptyPattern'];
  return match.kind === 'regex' && compile(parsed.data) === null ? ['invalidRegex'] : [];
}

/** What the first matching rule suggests for a line. */
export type RuleSuggestion = { ruleId: string; accountId: string; vatCode?: string; payee?: string };

/**
 * One suggestion (or null) per line, in the lines' order; rules are tried in their order and
 * the first that matches wins. Rules that cannot run (an invalid regex saved by an older
 * version) are skipped and listed, so the screen can ask the user to fix them.
 */
export function applyRules(
  lines: readonly Pick<StatementLine, 'description' | 'payee'>[],
  rules: readonly BankRule[],
): { suggestions: (RuleSuggestion | null)[]; invalidRuleIds: string[] } {
  const invalidRuleIds: string[] = [];
  const compiled = rules.flatMap((rule) => {
    const test = validateRule(rule).length === 0 ? compile(rule) : null;
    if (!test) invalidRuleIds.push(rule.id);
    return test ? [{ rule, test }] : [];
  });
  const suggestions = lines.map((line) => {
    const hit = compiled.find(({ rule, test }) => test(rule.match.field === 'payee' ? line.payee : line.description));
    if (!hit) return null;
    const suggestion: RuleSuggestion = { ruleId: hit.rule.id, accountId: hit.rule.accountId };
    if (hit.rule.vatCode) suggestion.vatCode = hit.rule.vatCode;
    if (hit.rule.payee) suggestion.payee = hit.rule.payee;
    return suggestion;
  });
  return { suggestions, invalidRuleIds };
}

/** The rule's test; spacing is ignored for plain text patterns, as banks pad descriptions. */
function compile(rule: BankRule): ((text: string) => boolean) | null {
  const { kind, pattern, caseSensitive } = rule.match;
  if (kind === 'regex') {
    try {
      const regex = new RegExp(pattern, caseSensitive ? 'u' : 'iu');
      return (text) => regex.test(text.normalize('NFC'));
    } catch {
      return null;
    }
  }
  const fold = (text: string) => (caseSensitive ? text.normalize('NFC').replace(/\s+/g, ' ').trim() : normaliseDescription(text));
  const wanted = fold(pattern);
  return kind === 'contains' ? (text) => fold(text).includes(wanted) : (text) => fold(text).startsWith(wanted);
}
