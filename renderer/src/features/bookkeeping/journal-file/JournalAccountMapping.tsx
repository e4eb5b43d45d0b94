import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalAccountRow, MappingProblem } from '../../../../../shared/journal/accountMapping';
import type { Account } from '../../../../../shared/ledger';
import { accountOptions, type AccountOption } from '../../../components/accountOptions';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type Props = {
  rows: readonly JournalAccountRow[];
  chart: readonly Account[];
  mapping: ReadonlyMap<string, string | null>;
  problems: readonly MappingProblem[];
  onMap(journalAccountId: string, target: string | null): void;
};

/** Above this many journal accounts, each top-level group starts folded, so a large journal's table stays quick. */
const foldAbove = 60;
const newValue = '';

/**
 * Where each journal account goes: a select per account (chart accounts in tree order, or
 * a new account under wherever its parent went). Grouped by the journal's top-level
 * accounts; a journal of hundreds of accounts shows its groups folded.
 */
export function JournalAccountMapping({ rows, chart, mapping, problems, onMap }: Props) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const number = (value: number) => value.toLocaleString(regional.locale);
  const options = useMemo(() => accountOptions(chart), [chart]);
  const labels = useMemo(() => new Map(options.map((option) => [option.id, option.label])), [options]);
  const groups = useMemo(() => groupByTop(rows), [rows]);

  const problemOf = new Map(problems.map((found) => [found.accountId, found]));
  const rowById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const folded = rows.length > foldAbove;

  /** Where a new account would go: under its parent's target, or at the top. */
  const newLabel = (row: JournalAccountRow): string => {
    const parent = row.parentId === null ? undefined : rowById.get(row.parentId);
    if (!parent) return t('journalFile.mapping.newTop');
    const target = mapping.get(parent.id);
    return target ? t('journalFile.mapping.newUnder', { parent: labels.get(target) ?? '' }) : t('journalFile.mapping.newUnder', { parent: parent.name });
  };

  return (
    <section className="journal-mapping" aria-labelledby="journal-mapping-heading" data-testid="journal-mapping">
      <h3 id="journal-mapping-heading">{t('journalFile.mapping.heading')}</h3>
      <p className="muted">{t('journalFile.mapping.intro')}</p>
      {groups.map((group) => (
        <details key={group[0]!.id} open={!folded} className="journal-mapping-group">
          <summary>
            {t('journalFile.mapping.groupSummary', { name: group[0]!.name, accounts: number(group.length), postings: number(group[0]!.postingsBelow) })}
          </summary>
          <table className="table journal-mapping-table">
            <thead>
              <tr>
                <th scope="col">{t('journalFile.mapping.journalAccount')}</th>
                <th scope="col" className="num">{t('journalFile.mapping.postings')}</th>
                <th scope="col">{t('journalFile.mapping.chartAccount')}</th>
              </tr>
            </thead>
            <tbody>
              {group.map((row) => {
                const problem = problemOf.get(row.id);
                const selectId = `journal-map-${row.id}`;
                return (
                  <tr key={row.id} className={problem ? 'has-problem' : undefined}>
                    <th scope="row" style={{ paddingInlineStart: `${0.5 + row.depth * 1.1}rem` }} title={row.path}>
                      <label htmlFor={selectId}>{row.name}</label>
                    </th>
                    <td className="num">{row.hasChildren ? t('journalFile.mapping.postingsBelow', { own: number(row.postings), below: number(row.postingsBelow) }) : number(row.postings)}</td>
                    <td>
                      <select
                        id={selectId}
                        aria-label={t('journalFile.mapping.selectLabel', { account: row.path })}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? `${selectId}-problem` : undefined}
                        value={mapping.get(row.id) ?? newValue}
                        onChange={(event) => onMap(row.id, event.target.value === newValue ? null : event.target.value)}
                      >
                        <option value={newValue}>{newLabel(row)}</option>
                        {options.map((option) => (
                          <option key={option.id} value={option.id}>
                            {optionText(option)}
                          </option>
                        ))}
                      </select>
                      {problem ? (
                        <p className="field-error" role="alert" id={`${selectId}-problem`}>
                          {t('journalFile.mapping.typeMismatch', {
                            account: problem.path,
                            type: t(`bookkeeping.accountTypes.${problem.type}`),
                            target: problem.target,
                            targetType: t(`bookkeeping.accountTypes.${problem.targetType}`),
                          })}
                        </p>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}

/** Indented by depth with non-breaking spaces: a select cannot pad its options. */
const optionText = (option: AccountOption) => '\u00a0\u00a0'.repeat(option.depth) + option.label;

/** Rows under each top-level account, in the journal's order. */
function groupByTop(rows: readonly JournalAccountRow[]): JournalAccountRow[][] {
  const byTop = new Map<string, JournalAccountRow[]>();
  for (const row of rows) {
    const top = row.path.split(':')[0]!;
    const group = byTop.get(top) ?? [];
    group.push(row);
    byTop.set(top, group);
  }
  // Tree order within a group: a parent, then its sub-accounts ("Bank:Savings" before "Bank account").
  const key = (row: JournalAccountRow) => row.path.replaceAll(':', '\u0000');
  return [...byTop.values()].map((group) => group.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
}
