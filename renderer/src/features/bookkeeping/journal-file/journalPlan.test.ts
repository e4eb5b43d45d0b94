import { describe, expect, it } from 'vitest';
import { createDefaultChart } from '../../../../../shared/ledger';
import { planJournalImport } from './journalPlan';

// tests/fixtures/journals/bad-assertion.journal and basic.journal (the renderer's tests read no files).
const fixtures: Record<string, string> = {
  'bad-assertion.journal': "; expect-error-line: 8\n2024-01-01 Opening\n    assets:bank  100.00 EUR\n    equity:opening\n\n2024-01-02 Fee\n    expenses:fees  1.00 EUR\n    assets:bank  -1.00 EUR = 100.00 EUR\n",
  'basic.journal': "; Every supported line kind once: comments, a comment block, directives, three date\n; forms, secondary date, status marks, codes, comments on transactions and postings,\n; an elided amount, balance assertions = and ==.\n# hash comments are comments\n* org-mode headings too\n\ncomment\nAnything here is ignored, even\n2024-01-01 not a transaction\n    assets:bank  1 USD\nend comment\n\naccount assets:bank:checking   ; the main account\naccount assets:cash\naccount expenses:office\n    ; an indented comment line under a directive\npayee Office Depot\ntag project\n\n2024-01-02 * (1) Opening balances  ; first entry\n    ; a transaction comment line\n    assets:bank:checking    $1,000.00 = $1,000.00\n    assets:cash                $50.00\n    equity:opening balances\n\n2024/01/05 ! (INV-7) Office Depot | printer paper\n    expenses:office          $23.50  ; posting comment\n    ; a second posting comment line\n    assets:bank:checking\n\n2024.01.09=2024.01.11 Salary advance\n    * assets:cash             $-20\n    ! expenses:wages           $20\n\n2024-1-15 Bank fee\n    expenses:bank fees  $2.5\n    assets:bank:checking  $-2.50 == $974.00\n\n2024-01-16 Zero-amount check\n    assets:cash  $0 = $30.00\n    assets:bank:checking  0\n\n2024-01-20 Interest\n\tassets:bank:checking\t\t$0.12\n\tincome:interest\n",
};
const fixture = (name: string) => fixtures[name]!;

function ids(prefix: string) {
  let n = 0;
  return () => `${prefix}${(n += 1)}`;
}

const chart = createDefaultChart('en', ids('chart-'), '2026-01-01T00:00:00.000Z');

describe('planJournalImport', () => {
  it('refuses a journal with a failing balance assertion, naming its line', () => {
    const plan = planJournalImport(fixture('bad-assertion.journal'), chart, { language: 'en', newId: ids('n') });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.errors.map((error) => [error.line, error.code])).toEqual([[8, 'assertionFailed']]);
  });

  it('summarises a valid journal and proposes the chart accounts of the same name, type or role', () => {
    const plan = planJournalImport(fixture('basic.journal'), chart, { language: 'en', newId: ids('n') });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.summary).toMatchObject({ currencies: ['USD'], firstDate: '2024-01-02', lastDate: '2024-01-20' });
    expect(plan.summary.currencyShares).toEqual([{ currency: 'USD', entries: plan.summary.entries, amounts: plan.summary.postings }]);
    expect(plan.summary.entries + plan.summary.skipped).toBe(plan.summary.transactions);
    const proposal = new Map(plan.proposal);
    const target = (path: string) => proposal.get(plan.accountRows.find((row) => row.path === path)!.id);
    const key = (templateKey: string) => chart.find((account) => account.templateKey === templateKey)!.id;
    // "assets", "expenses", "equity", "income" are the chart's top accounts; "bank" its bank account.
    expect(target('assets')).toBe(key('assets'));
    expect(target('assets:bank')).toBe(key('bank'));
    expect(target('equity:opening balances')).toBe(key('openingBalances'));
    expect(target('assets:bank:checking')).toBeNull();
    expect(plan.summary.newAccounts).toBe([...proposal.values()].filter((value) => value === null).length);
    // The entries name the journal's accounts until the import applies the mapping.
    const used = new Set(plan.inputs.flatMap((input) => input.lines.map((line) => line.accountId)));
    const journalIds = new Set(plan.journalAccounts.map((account) => account.id));
    expect([...used].every((id) => journalIds.has(id))).toBe(true);
    // Dates in order; codes kept, others left for the app to number.
    expect(plan.inputs.map((input) => input.date)).toEqual([...plan.inputs.map((input) => input.date)].sort());
    expect(plan.inputs.map((input) => input.number)).toEqual(['1', 'INV-7', '', '', '']);
    expect(plan.inputs.every((input) => input.origin === 'journalImport')).toBe(true);
  });

  it('counts entries and amounts per currency', () => {
    const text = '2024-01-01 a\n    assets:bank  1.00 EUR\n    equity:opening\n\n2024-01-02 b\n    assets:bank  100 HUF\n    equity:opening\n\n2024-01-03 c\n    assets:bank  2.00 EUR\n    assets:cash  3.00 EUR\n    equity:opening\n';
    const plan = planJournalImport(text, chart, { language: 'en', newId: ids('n') });
    if (!plan.ok) throw new Error('refused');
    expect(plan.summary.currencyShares).toEqual([
      { currency: 'EUR', entries: 2, amounts: 5 },
      { currency: 'HUF', entries: 1, amounts: 2 },
    ]);
  });

  it('adds every account to an empty chart', () => {
    const plan = planJournalImport(fixture('basic.journal'), [], { language: 'en', newId: ids('n') });
    if (!plan.ok) throw new Error('refused');
    expect(plan.summary.newAccounts).toBe(plan.summary.accounts);
  });
});
